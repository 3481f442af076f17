package dev.migrations.autoconfigure;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import dev.migrations.core.Migrations;
import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;
import dev.migrations.testsupport.RevisionFiles;
import dev.migrations.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Startup refuses a database whose applied revision files were edited, unless told not to check.
 */
class ReliabilityStartupTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MigrationsAutoConfiguration.class));

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#every")
	void startupFailsNamingTheEditedFileUnlessChecksumsAreNotValidated(TestDatabase database, @TempDir Path files) {
		String locations = "migrations.locations=" + RevisionFiles.copy("linear", files);
		ApplicationContextRunner runner = this.contextRunner.withBean(DataSource.class, database::dataSource)
			.withPropertyValues(locations);
		runner.run((context) -> assertThat(context).hasNotFailed());
		RevisionFiles.edit(files, "2b3c4d5e6f7a", "title VARCHAR(500)", "title VARCHAR(900)");
		for (String startup : new String[] { "upgrade", "validate" }) {
			runner.withPropertyValues("migrations.startup=" + startup).run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.isInstanceOfSatisfying(MigrationsException.class,
							(ex) -> assertThat(ex.getCode()).isEqualTo(ErrorCode.CHECKSUM_MISMATCH))
					.hasMessageContaining(RevisionFiles.file(files, "2b3c4d5e6f7a").toString())
					.hasMessageContaining("migrations accept-checksum 2b3c4d5e6f7a");
			});
		}
		runner.withPropertyValues("migrations.validate-checksums=false").run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(Migrations.class).current()).containsExactly("3c4d5e6f7a8b");
		});
	}

}
