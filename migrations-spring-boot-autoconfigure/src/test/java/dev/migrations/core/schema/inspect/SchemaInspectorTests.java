package dev.migrations.core.schema.inspect;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.migrations.core.schema.Schema;
import dev.migrations.core.schema.Table;
import dev.migrations.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaInspectorTests {

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void readsThePetclinicSchema(TestDatabase database) throws SQLException {
		try (Connection connection = database.connect()) {
			Petclinic.create(connection, database.dialect(), false);
			Schema schema = SchemaInspector.inspect(connection, database.dialect(), null, Set.of());
			Schema expected = Petclinic.expected(database.dialect(), false);
			assertThat(schema.tableNames()).isEqualTo(expected.tableNames());
			for (int i = 0; i < expected.tables().size(); i++) {
				assertThat(schema.tables().get(i)).isEqualTo(expected.tables().get(i));
			}
			assertThat(schema).isEqualTo(expected);
		}
	}

	@Test
	void thePortableSchemaReadsTheSameOnEveryDatabase() throws SQLException {
		try (TestDatabase sqlite = TestDatabase.sqlite(); TestDatabase postgres = TestDatabase.postgres();
				Connection sqliteConnection = sqlite.connect(); Connection postgresConnection = postgres.connect()) {
			Petclinic.create(sqliteConnection, "sqlite", true);
			Petclinic.create(postgresConnection, "postgresql", true);
			Schema fromSqlite = SchemaInspector.inspect(sqliteConnection, "sqlite", null, Set.of());
			Schema fromPostgres = SchemaInspector.inspect(postgresConnection, "postgresql", null, Set.of());
			assertThat(fromSqlite).isEqualTo(fromPostgres).isEqualTo(Petclinic.expected("sqlite", true));
		}
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void theMetadataReaderReadsWhatMetadataDescribes(TestDatabase database) throws SQLException {
		try (Connection connection = database.connect()) {
			Petclinic.create(connection, database.dialect(), true);
			Schema fromMetadata = SchemaInspector.inspectWithMetadata(connection, null, Set.of());
			Schema expected = Petclinic.expected(database.dialect(), true);
			assertThat(fromMetadata.tableNames()).isEqualTo(expected.tableNames());
			boolean exact = !database.dialect().equals("sqlite");
			for (int i = 0; i < expected.tables().size(); i++) {
				Table table = expected.tables().get(i);
				assertThat(MetadataView.of(fromMetadata.tables().get(i), table, exact))
					.isEqualTo(MetadataView.of(table, table, exact));
			}
		}
	}

	// H2 has no reader of its own: the dialect name is unknown to the inspector, so it reads metadata.
	@Test
	void aDatabaseWithoutAReaderIsReadFromMetadata() throws SQLException {
		try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:inspect;DATABASE_TO_LOWER=TRUE")) {
			Petclinic.create(connection, "h2", true);
			Schema fromMetadata = SchemaInspector.inspect(connection, "h2", null, Set.of());
			java.util.List<Table> tables = Petclinic.expected("h2", true).tables();
			assertThat(fromMetadata.tableNames()).isEqualTo(Petclinic.expected("h2", true).tableNames());
			for (int i = 0; i < tables.size(); i++) {
				assertThat(MetadataView.of(fromMetadata.tables().get(i), tables.get(i), true))
					.isEqualTo(MetadataView.of(tables.get(i), tables.get(i), true));
			}
		}
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void readsOnlyTheNamedTables(TestDatabase database) throws SQLException {
		try (Connection connection = database.connect()) {
			Petclinic.create(connection, database.dialect(), false);
			Schema expected = Petclinic.expected(database.dialect(), false);
			Schema schema = SchemaInspector.inspectTables(connection, database.dialect(), null,
					java.util.List.of("PETS", "owners", "missing"));
			assertThat(schema.tables()).containsExactly(expected.table("owners").orElseThrow(),
					expected.table("pets").orElseThrow());
		}
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void skipsExcludedTablesAndReadsOnlyTheSchema(TestDatabase database) throws SQLException {
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE migrations_version (version_num VARCHAR(32) NOT NULL)");
			statement.execute("CREATE TABLE Migrations_History (id INTEGER NOT NULL)");
			statement.execute("CREATE TABLE kept (id INTEGER NOT NULL)");
			Schema schema = SchemaInspector.inspect(connection, database.dialect(), null,
					Set.of("migrations_version", "migrations_history"));
			assertThat(schema.tableNames()).containsExactly("kept");
		}
	}

}
