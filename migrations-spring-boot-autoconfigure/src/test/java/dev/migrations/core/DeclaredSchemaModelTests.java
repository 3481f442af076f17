package dev.migrations.core;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.migrations.core.error.MigrationsException;
import dev.migrations.core.schema.CheckConstraint;
import dev.migrations.core.schema.EnumType;
import dev.migrations.core.schema.Schema;
import dev.migrations.core.schema.Sequence;
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
		Schema model = classpath("classpath:declared/schema.sql").schema(database.dialect());
		assertThat(comparable(model, database.dialect())).isEqualTo(comparable(migrations.schema(),
				database.dialect()));
	}

	@Test
	void unnamedKeysGetTheNamesPostgresqlGivesThem() {
		Schema model = classpath("classpath:declared/schema.sql").schema("postgresql");
		assertThat(model.table("owners").orElseThrow().primaryKey().name()).isEqualTo("owners_pkey");
		assertThat(model.table("owners").orElseThrow().uniqueConstraints()).singleElement()
			.satisfies((unique) -> assertThat(unique.name()).isEqualTo("owners_email_key"));
		assertThat(model.table("pets").orElseThrow().foreignKeys()).singleElement()
			.satisfies((key) -> assertThat(key.name()).isEqualTo("pets_owner_id_fkey"));
	}

	@Test
	void aDialectFileReplacesTheSharedOneOnItsDialect() throws Exception {
		Files.writeString(this.directory.resolve("schema.sql"), "create table owners (id integer primary key)\n");
		Files.writeString(this.directory.resolve("schema-postgresql.sql"),
				"create table events (id bigint primary key, payload jsonb not null)\n");
		DeclaredSchemaModel model = files(this.directory.resolve("schema.sql").toString());
		assertThat(model.schema("postgresql").tableNames()).containsExactly("events");
		assertThat(model.schema("sqlite").tableNames()).containsExactly("owners");
	}

	@Test
	void sequencesAndEnumTypesAreDeclaredWithTheirTables() throws Exception {
		Files.writeString(this.directory.resolve("schema.sql"), "create sequence ticket_numbers start 1000 increment 1\n"
				+ "create type mood as enum ('sad', 'ok')\n"
				+ "create table tickets (id bigint primary key, feeling mood not null)\n");
		Schema model = files(this.directory.resolve("schema.sql").toString()).schema("postgresql");
		assertThat(model.sequences()).containsExactly(new Sequence("ticket_numbers", 1000, 1));
		assertThat(model.enums()).containsExactly(new EnumType("mood", List.of("sad", "ok")));
		assertThat(model.table("tickets").orElseThrow().column("feeling").orElseThrow().type().sql())
			.isEqualTo("mood");
	}

	@Test
	void aStatementThatCannotApplyNamesTheFileAndLine() {
		DeclaredSchemaModel model = classpath("classpath:declared/broken.sql");
		assertThatExceptionOfType(MigrationsException.class).isThrownBy(() -> model.schema("sqlite"))
			.withMessageStartingWith("classpath:declared/broken.sql:4: 'create index ix_pets_name on pets")
			.withMessageContaining("there is no table 'pets'");
	}

	@Test
	void sqlToRunIsRefused() throws Exception {
		Path file = Files.writeString(this.directory.resolve("schema.sql"),
				"execute $$create view v as select 1 as one$$\n");
		DeclaredSchemaModel model = files(file.toString());
		assertThatExceptionOfType(MigrationsException.class).isThrownBy(() -> model.schema("postgresql"))
			.withMessageStartingWith(file + ":1: ")
			.withMessageContaining("write 'create table' and 'create index' statements");
	}

	@Test
	void aMissingFileSaysWhatToCreate() {
		DeclaredSchemaModel model = classpath("classpath:db/schema.sql");
		assertThatExceptionOfType(MigrationsException.class).isThrownBy(() -> model.schema("sqlite"))
			.withMessageContaining("neither classpath:db/schema.sql nor classpath:db/schema-sqlite.sql exists");
	}

	private static URL resource(String name) {
		return DeclaredSchemaModelTests.class.getClassLoader().getResource(name);
	}

	private static DeclaredSchemaModel classpath(String location) {
		return new DeclaredSchemaModel(location, (name) -> resource(name.substring("classpath:".length())));
	}

	private static DeclaredSchemaModel files(String location) {
		return new DeclaredSchemaModel(location, (name) -> {
			try {
				Path path = Path.of(name);
				return Files.exists(path) ? path.toUri().toURL() : null;
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		});
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
