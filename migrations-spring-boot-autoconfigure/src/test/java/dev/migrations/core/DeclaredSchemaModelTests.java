package dev.migrations.core;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.migrations.core.error.MigrationsException;
import dev.migrations.core.schema.CheckConstraint;
import dev.migrations.core.schema.Schema;
import dev.migrations.testsupport.PortableRevisions;
import dev.migrations.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The declared schema model against the same statements run on each database as a portable revision and read back.
 */
class DeclaredSchemaModelTests {

	@TempDir
	Path directory;

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void modelIsWhatTheStatementsCreateOnTheDatabase(TestDatabase database) throws Exception {
		URL file = resource("declared/schema.sql");
		PortableRevisions.operations(this.directory, "1a2b3c4d5e6f", null,
				new String(file.openStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
		Migrations migrations = Migrations.builder(database.dataSource())
			.locations(List.of(PortableRevisions.location(this.directory)))
			.build();
		migrations.upgrade("head");
		Schema model = new DeclaredSchemaModel("classpath:declared/schema.sql", file, Map.of())
			.schema(database.dialect());
		assertThat(comparable(model, database.dialect())).isEqualTo(comparable(migrations.schema(),
				database.dialect()));
	}

	@Test
	void unnamedKeysGetTheNamesPostgresqlGivesThem() {
		Schema model = new DeclaredSchemaModel("classpath:declared/schema.sql", resource("declared/schema.sql"),
				Map.of())
			.schema("postgresql");
		assertThat(model.table("owners").orElseThrow().primaryKey().name()).isEqualTo("owners_pkey");
		assertThat(model.table("owners").orElseThrow().uniqueConstraints()).singleElement()
			.satisfies((unique) -> assertThat(unique.name()).isEqualTo("owners_email_key"));
		assertThat(model.table("pets").orElseThrow().foreignKeys()).singleElement()
			.satisfies((key) -> assertThat(key.name()).isEqualTo("pets_owner_id_fkey"));
	}

	@Test
	void aDialectFileReplacesTheSharedOneOnItsDialect() throws Exception {
		Path postgres = Files.writeString(this.directory.resolve("schema-postgresql.sql"),
				"create table events (id bigint primary key, payload jsonb not null)\n");
		DeclaredSchemaModel model = new DeclaredSchemaModel("classpath:declared/schema.sql",
				resource("declared/schema.sql"), Map.of("postgresql",
						new DeclaredSchemaModel.DialectFile(postgres.toString(), postgres.toUri().toURL())));
		assertThat(model.schema("postgresql").tableNames()).containsExactly("events");
		assertThat(model.schema("sqlite").tableNames()).containsExactly("owners", "pets");
	}

	@Test
	void aStatementThatCannotApplyNamesTheFileAndLine() {
		DeclaredSchemaModel model = new DeclaredSchemaModel("classpath:declared/broken.sql",
				resource("declared/broken.sql"), Map.of());
		assertThatExceptionOfType(MigrationsException.class).isThrownBy(() -> model.schema("sqlite"))
			.withMessageStartingWith("classpath:declared/broken.sql:4: 'create index ix_pets_name on pets")
			.withMessageContaining("there is no table 'pets'");
	}

	@Test
	void sqlToRunIsRefused() throws Exception {
		Path file = Files.writeString(this.directory.resolve("schema.sql"),
				"execute $$create view v as select 1 as one$$\n");
		DeclaredSchemaModel model = new DeclaredSchemaModel(file.toString(), file.toUri().toURL(), Map.of());
		assertThatExceptionOfType(MigrationsException.class).isThrownBy(() -> model.schema("postgresql"))
			.withMessageStartingWith(file + ":1: ")
			.withMessageContaining("write 'create table' and 'create index' statements");
	}

	@Test
	void aMissingFileSaysWhatToCreate() {
		DeclaredSchemaModel model = new DeclaredSchemaModel("classpath:db/schema.sql", null, Map.of());
		assertThatExceptionOfType(MigrationsException.class).isThrownBy(() -> model.schema("sqlite"))
			.withMessageContaining("classpath:db/schema.sql does not exist");
	}

	private static URL resource(String name) {
		return DeclaredSchemaModelTests.class.getClassLoader().getResource(name);
	}

	// PostgreSQL deparses check expressions (length((name)::text) > 0): compared by name there.
	private static Schema comparable(Schema schema, String dialect) {
		if (!"postgresql".equals(dialect)) {
			return schema;
		}
		return new Schema(schema.tables()
			.stream()
			.map((table) -> table.withConstraints(table.primaryKey(), table.uniqueConstraints(), table.foreignKeys(),
					table.checks().stream().map((check) -> new CheckConstraint(check.name(), "")).toList()))
			.toList());
	}

}
