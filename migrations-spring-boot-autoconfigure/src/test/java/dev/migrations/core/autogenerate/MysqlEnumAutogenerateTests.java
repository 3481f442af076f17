package dev.migrations.core.autogenerate;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.migrations.core.Migrations;
import dev.migrations.core.api.NewRevision;
import dev.migrations.core.schema.Column;
import dev.migrations.core.schema.ColumnType;
import dev.migrations.core.schema.ColumnType.Kind;
import dev.migrations.core.schema.PrimaryKey;
import dev.migrations.core.schema.Schema;
import dev.migrations.core.schema.Table;
import dev.migrations.testsupport.PortableRevisions;
import dev.migrations.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An inline MySQL enum column, as Hibernate's MySQL and MariaDB dialects write an {@code @Enumerated(STRING)} one,
 * round-trips through MariaDB's driver and MySQL's Connector/J: created, read back equal (and with it a
 * {@code datetime(6)}), restated whole by {@code MODIFY COLUMN}, and a label whose case changed is a difference.
 */
class MysqlEnumAutogenerateTests {

	@TempDir
	Path directory;

	static Stream<TestDatabase> mysqlDialects() {
		return Stream.of(TestDatabase.mariadb(), TestDatabase.mysql());
	}

	@ParameterizedTest
	@MethodSource("mysqlDialects")
	void anInlineEnumColumnRoundTrips(TestDatabase database) {
		try (database) {
			Migrations migrations = migrations(database, tickets("enum ('OPEN','CLOSED')", true));
			assertThat(migrations.autogenerate().revision(request("tickets"), false).written()).isTrue();
			migrations.upgrade("head");
			assertThat(migrations.autogenerate().differences()).isEmpty();
			Migrations notNull = migrations(database, tickets("enum('OPEN','CLOSED')", false));
			assertThat(notNull.autogenerate().revision(request("status not null"), false).changes())
				.containsExactly("alter column tickets.status set not null");
			notNull.upgrade("head");
			assertThat(notNull.autogenerate().differences()).isEmpty();
			assertThat(migrations(database, tickets("enum('OPEN','Closed')", false)).autogenerate().differences())
				.containsExactly("alter column tickets.status type enum('OPEN','Closed') from enum('OPEN','CLOSED')");
			notNull.downgrade("base");
			assertThat(notNull.schema().tables()).isEmpty();
		}
	}

	private static Schema tickets(String status, boolean nullable) {
		return new Schema(List.of(Table.of("tickets", List.of(Models.id(),
				Column.of("status", ColumnType.nativeType(status), nullable),
				Column.of("opened_at", new ColumnType(Kind.TIMESTAMP, 6, null, null), true)),
				new PrimaryKey(null, List.of("id")))));
	}

	private Migrations migrations(TestDatabase database, Schema model) {
		return PortableRevisions.autogenerating(database, this.directory, Models.of(model));
	}

	private NewRevision request(String message) {
		return PortableRevisions.request(this.directory, message);
	}

}
