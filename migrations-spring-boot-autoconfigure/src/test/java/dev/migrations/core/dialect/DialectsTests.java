package dev.migrations.core.dialect;

import java.sql.Connection;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;
import dev.migrations.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Finding a dialect by name, by URL and from a connection, each dialect created on first use.
 */
class DialectsTests {

	@Test
	void everyRegisteredNameIsTheNameOfItsDialect() {
		assertThat(Dialects.names()).containsExactlyInAnyOrder("postgresql", "sqlite", "h2", "mysql", "mariadb");
		for (String name : Dialects.names()) {
			assertThat(Dialects.named(name).name()).isEqualTo(name);
			assertThat(Dialects.named(name.toUpperCase(Locale.ROOT))).isSameAs(Dialects.named(name));
		}
	}

	@ParameterizedTest
	@CsvSource({ "jdbc:postgresql://db/app, postgresql", "jdbc:sqlite:app.db, sqlite", "jdbc:h2:mem:app, h2",
			"jdbc:mysql://db/app, mysql", "jdbc:mysql+srv://db/app, mysql", "jdbc:mariadb://db/app, mariadb",
			"JDBC:PostgreSQL://db/app, postgresql" })
	void aUrlFindsItsDialect(String url, String dialect) {
		assertThat(Dialects.forUrl(url).name()).isEqualTo(dialect);
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#every")
	void aConnectionFindsTheDialectOfItsDatabase(TestDatabase database) throws Exception {
		try (Connection connection = database.connect()) {
			assertThat(Dialects.of(connection).name()).isEqualTo(database.dialect());
		}
	}

	@Test
	void unknownNamesAndUrlsAreRefusedWithTheSupportedOnes() {
		assertThatExceptionOfType(MigrationsException.class).isThrownBy(() -> Dialects.named("oracle"))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(ErrorCode.UNSUPPORTED_DATABASE))
			.withMessage("Unknown dialect 'oracle'; supported: h2, mariadb, mysql, postgresql, sqlite");
		assertThatExceptionOfType(MigrationsException.class)
			.isThrownBy(() -> Dialects.forUrl("jdbc:oracle:thin:@db:1521/app"))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(ErrorCode.UNSUPPORTED_DATABASE))
			.withMessageStartingWith("Cannot tell the dialect of 'jdbc:oracle:thin:@db:1521/app'; supported: h2,");
	}

}
