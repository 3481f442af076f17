package dev.migrations.core;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.migrations.core.error.MigrationsException;
import dev.migrations.core.schema.ColumnType.Kind;
import dev.migrations.core.schema.Schema;
import dev.migrations.testsupport.DatabaseDump;
import dev.migrations.testsupport.PortableRevisions;
import dev.migrations.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The spring-petclinic schema (auto-incremented keys, foreign keys, named indexes) written once as portable
 * operations, then its id columns widened, upgraded and downgraded through the facade on every database.
 */
class PortableRevisionTests {

	static final String PETCLINIC = """
			create table vets (
				id integer autoincrement primary key,
				first_name varchar(30),
				last_name varchar(30)
			)
			create index ix_vets_last_name on vets (last_name)
			create table specialties (id integer autoincrement primary key, name varchar(80))
			create index ix_specialties_name on specialties (name)
			create table vet_specialties (
				vet_id integer not null references vets (id),
				specialty_id integer not null references specialties (id),
				constraint uq_vet_specialty unique (vet_id, specialty_id)
			)
			create table types (id integer autoincrement primary key, name varchar(80))
			create index ix_types_name on types (name)
			create table owners (
				id integer autoincrement primary key,
				first_name varchar(30),
				last_name varchar(30),
				address varchar(255),
				city varchar(80),
				telephone varchar(20)
			)
			create index ix_owners_last_name on owners (last_name)
			create table pets (
				id integer autoincrement primary key,
				name varchar(30),
				birth_date date,
				type_id integer not null references types (id),
				owner_id integer references owners (id) on delete cascade
			)
			create index ix_pets_name on pets (name)
			create table visits (
				id integer autoincrement primary key,
				pet_id integer references pets (id),
				visit_date date,
				description varchar(255)
			)
			create index ix_visits_pet_id on visits (pet_id)
			""";

	static final String WIDEN_IDS = """
			alter column owners.id type bigint from integer
			alter column pets.id type bigint from integer
			alter column pets.owner_id type bigint from integer
			alter column visits.id type bigint from integer
			alter column visits.pet_id type bigint from integer
			alter column vets.id type bigint from integer
			alter column vet_specialties.vet_id type bigint from integer
			""";

	@TempDir
	Path directory;

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#every")
	void petclinicIsWrittenOnceAndRunsUpAndDownOnEveryDatabase(TestDatabase database) throws SQLException {
		PortableRevisions.operations(this.directory, "a1000000001", null, PETCLINIC);
		PortableRevisions.operations(this.directory, "a1000000002", "a1000000001", WIDEN_IDS);
		Migrations migrations = Migrations.builder(database.dataSource())
			.locations(List.of(PortableRevisions.location(this.directory)))
			.build();
		migrations.upgrade("a1000000001");
		Schema created = migrations.schema();
		assertThat(created.tableNames()).containsExactly("owners", "pets", "specialties", "types",
				"vet_specialties", "vets", "visits");
		assertThat(created.table("pets").orElseThrow().foreignKeys()).hasSize(2);
		assertThat(created.table("owners").orElseThrow().columns().get(0).autoIncrement()).isTrue();
		insertPetclinicRows(database);
		DatabaseDump before = DatabaseDump.of(database);
		migrations.upgrade("heads");
		DatabaseDump widened = DatabaseDump.of(database);
		assertThat(widened.rows()).isEqualTo(before.rows());
		assertThat(widened.tables().table("owners").orElseThrow().indexes())
			.isEqualTo(before.tables().table("owners").orElseThrow().indexes());
		if (!database.dialect().equals("sqlite")) {
			assertThat(widened.tables().table("pets").orElseThrow().column("owner_id").orElseThrow().type().kind())
				.isEqualTo(Kind.BIGINT);
		}
		migrations.downgrade("a1000000001");
		assertThat(DatabaseDump.of(database)).isEqualTo(before);
		migrations.downgrade("base");
		assertThat(migrations.schema().tables()).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#every")
	void portableRevisionsMayShareOneTransaction(TestDatabase database) throws SQLException {
		PortableRevisions.operations(this.directory, "a1000000001", null, PETCLINIC);
		PortableRevisions.operations(this.directory, "a1000000002", "a1000000001", WIDEN_IDS);
		Migrations together = Migrations.builder(database.dataSource())
			.locations(List.of(PortableRevisions.location(this.directory)))
			.transactionPerMigration(false)
			.build();
		together.upgrade("heads");
		Schema upgraded = together.schema();
		try (TestDatabase reference = TestDatabase.of(database.dialect())) {
			Migrations oneByOne = Migrations.builder(reference.dataSource())
				.locations(List.of(PortableRevisions.location(this.directory)))
				.build();
			oneByOne.upgrade("heads");
			assertThat(upgraded).isEqualTo(oneByOne.schema());
		}
		together.downgrade("base");
		assertThat(together.schema().tables()).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#every")
	void anExplicitDowngradeOfOperationsReplacesTheDerivedOne(TestDatabase database) throws SQLException {
		PortableRevisions.operations(this.directory, "a1000000001", null, PETCLINIC);
		PortableRevisions.write(this.directory, "a1000000002", "a1000000001", """
				-- migrations:operations
				add column owners.email varchar(80) null
				drop column owners.telephone

				-- migrations:downgrade operations
				add column owners.telephone varchar(20) null
				drop column owners.email
				""");
		Migrations migrations = Migrations.builder(database.dataSource())
			.locations(List.of(PortableRevisions.location(this.directory)))
			.build();
		migrations.upgrade("a1000000001");
		DatabaseDump before = DatabaseDump.of(database);
		migrations.upgrade("heads");
		assertThat(migrations.schema().table("owners").orElseThrow().column("email")).isPresent();
		migrations.downgrade("a1000000001");
		assertThat(DatabaseDump.of(database)).isEqualTo(before);
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#every")
	void aNonTransactionalPortableRevisionRunsWhatATransactionCannotHold(TestDatabase database) {
		PortableRevisions.operations(this.directory, "a1000000001", null, PETCLINIC);
		String concurrently = """
				execute postgresql $$CREATE INDEX CONCURRENTLY ix_owners_city ON owners (city)$$
					sqlite $$CREATE INDEX ix_owners_city ON owners (city)$$
					h2 $$CREATE INDEX ix_owners_city ON owners (city)$$
					mysql $$CREATE INDEX ix_owners_city ON owners (city)$$
					reverse $$DROP INDEX ix_owners_city$$ mysql $$DROP INDEX ix_owners_city ON owners$$
				""";
		PortableRevisions.write(this.directory, "a1000000002", "a1000000001",
				"-- migrations:operations\n" + concurrently);
		Migrations transactional = Migrations.builder(database.dataSource())
			.locations(List.of(PortableRevisions.location(this.directory)))
			.build();
		transactional.upgrade("a1000000001");
		if (database.dialect().equals("postgresql")) {
			assertThatExceptionOfType(MigrationsException.class).isThrownBy(() -> transactional.upgrade("heads"))
				.withMessageContaining("a1000000002_portable.sql:8: this statement cannot run inside a transaction;"
						+ " add '-- Transactional: false'");
		}
		PortableRevisions.write(this.directory, "a1000000002", "a1000000001",
				"-- Transactional: false\n\n-- migrations:operations\n" + concurrently);
		Migrations migrations = Migrations.builder(database.dataSource())
			.locations(List.of(PortableRevisions.location(this.directory)))
			.build();
		migrations.upgrade("heads");
		assertThat(migrations.schema().table("owners").orElseThrow().index("ix_owners_city")).isPresent();
		migrations.downgrade("a1000000001");
		assertThat(migrations.schema().table("owners").orElseThrow().index("ix_owners_city")).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#every")
	void aRebuildInANonTransactionalRevisionTakesItsOwnTransaction(TestDatabase database) throws SQLException {
		PortableRevisions.operations(this.directory, "a1000000001", null, PETCLINIC);
		PortableRevisions.write(this.directory, "a1000000002", "a1000000001", "-- Transactional: false\n\n"
				+ "-- migrations:operations\nalter column owners.city type varchar(100) from varchar(80)\n"
				+ "alter column pets.name set not null\n");
		Migrations migrations = Migrations.builder(database.dataSource())
			.locations(List.of(PortableRevisions.location(this.directory)))
			.build();
		migrations.upgrade("a1000000001");
		insertPetclinicRows(database);
		DatabaseDump before = DatabaseDump.of(database);
		migrations.upgrade("heads");
		assertThat(DatabaseDump.of(database).rows()).isEqualTo(before.rows());
		assertThat(migrations.schema().table("pets").orElseThrow().column("name").orElseThrow().nullable()).isFalse();
		migrations.downgrade("a1000000001");
		assertThat(DatabaseDump.of(database)).isEqualTo(before);
	}

	static void insertPetclinicRows(TestDatabase database) throws SQLException {
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			statement.execute("INSERT INTO vets (first_name, last_name) VALUES ('James', 'Carter'), ('Helen', 'Leary')");
			statement.execute("INSERT INTO specialties (name) VALUES ('radiology'), ('surgery')");
			statement.execute("INSERT INTO vet_specialties VALUES (2, 1), (2, 2)");
			statement.execute("INSERT INTO types (name) VALUES ('cat'), ('dog')");
			statement.execute("INSERT INTO owners (first_name, last_name, city) VALUES ('George', 'Franklin',"
					+ " 'Madison'), ('Betty', 'Davis', 'Sun Prairie')");
			statement.execute("INSERT INTO pets (name, birth_date, type_id, owner_id) VALUES ('Leo', '2010-09-07', 1,"
					+ " 1), ('Basil', '2012-08-06', 2, 2)");
			statement.execute("INSERT INTO visits (pet_id, visit_date, description) VALUES (1, '2013-01-01',"
					+ " 'rabies shot'), (2, '2013-01-02', 'neutered')");
			statement.execute("DELETE FROM visits WHERE id = 2");
		}
	}

}
