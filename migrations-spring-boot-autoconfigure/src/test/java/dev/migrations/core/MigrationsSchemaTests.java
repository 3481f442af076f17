package dev.migrations.core;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;
import dev.migrations.core.schema.Column;
import dev.migrations.core.schema.ColumnType;
import dev.migrations.core.schema.ColumnType.Kind;
import dev.migrations.core.schema.ForeignKey;
import dev.migrations.core.schema.Index;
import dev.migrations.core.schema.PrimaryKey;
import dev.migrations.core.schema.ReferentialAction;
import dev.migrations.core.schema.Schema;
import dev.migrations.core.schema.Table;
import dev.migrations.core.schema.UniqueConstraint;
import dev.migrations.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class MigrationsSchemaTests {

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void theSchemaIsReadWithoutTheVersionTables(TestDatabase database) {
		Migrations migrations = Migrations.builder(database.dataSource())
			.locations(List.of(MigrationsTests.location("linear")))
			.versionTable("app_versions")
			.historyTable("app_history")
			.build();
		migrations.upgrade("heads");
		Schema schema = migrations.schema();
		boolean postgres = database.dialect().equals("postgresql");
		assertThat(schema.tables()).containsExactly(new Table("tasks",
				List.of(new Column("id", ColumnType.of(Kind.INTEGER), false, null, true, null, null),
						Column.of("user_id", ColumnType.varchar(36), false),
						Column.of("title", ColumnType.varchar(500), false),
						new Column("priority", ColumnType.of(Kind.INTEGER), false, "0", false, null, null)),
				new PrimaryKey(postgres ? "tasks_pkey" : null, List.of("id")), List.of(),
				List.of(new Index("ix_tasks_user_id", List.of("user_id"), false, null)),
				List.of(new ForeignKey(postgres ? "tasks_user_id_fkey" : null, List.of("user_id"), "users",
						List.of("id"), ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION)),
				List.of(), null),
				new Table("users", List.of(Column.of("id", ColumnType.varchar(36), !postgres),
						Column.of("email", ColumnType.varchar(255), false)),
						new PrimaryKey(postgres ? "users_pkey" : null, List.of("id")),
						List.of(new UniqueConstraint(postgres ? "users_email_key" : null, List.of("email"))),
						List.of(), List.of(), List.of(), null));
	}

	// migrations.schema holds the version tables; the revisions' tables are in the connection's current schema.
	@Test
	void versionTablesInAnotherSchemaLeaveTheRevisionsTablesToRead() throws SQLException {
		String meta = "inspect_meta_" + Long.toHexString(System.nanoTime());
		try (TestDatabase database = TestDatabase.postgres()) {
			try {
				Migrations migrations = Migrations.builder(database.dataSource())
					.locations(List.of(MigrationsTests.location("linear")))
					.schema(meta)
					.build();
				migrations.upgrade("heads");
				assertThat(migrations.schema().tableNames()).containsExactly("tasks", "users");
				try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
					statement.execute("CREATE TABLE migrations_version (kept INTEGER)");
				}
				assertThat(migrations.schema().tableNames()).containsExactly("migrations_version", "tasks", "users");
			}
			finally {
				try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
					statement.execute("DROP SCHEMA IF EXISTS " + meta + " CASCADE");
				}
			}
		}
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void anEmptyDatabaseHasAnEmptySchema(TestDatabase database) {
		assertThat(Migrations.builder(database.dataSource()).build().schema()).isEqualTo(Schema.empty());
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void aTableTheModelCannotRepresentIsRefusedByName(TestDatabase database) throws SQLException {
		String sql = database.dialect().equals("sqlite")
				? "CREATE TABLE codes (code TEXT PRIMARY KEY, label TEXT) WITHOUT ROWID"
				: "CREATE TABLE codes (code TEXT PRIMARY KEY, label TEXT GENERATED ALWAYS AS (upper(code)) STORED)";
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		assertThatExceptionOfType(MigrationsException.class)
			.isThrownBy(() -> Migrations.builder(database.dataSource()).build().schema())
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(ErrorCode.UNSUPPORTED_SCHEMA))
			.withMessageContaining("table 'codes'")
			.withMessageContaining("raw SQL section");
	}

}
