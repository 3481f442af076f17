package dev.migrations.core;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.migrations.core.error.MigrationsException;
import dev.migrations.core.schema.EnumType;
import dev.migrations.core.schema.Sequence;
import dev.migrations.testsupport.DatabaseDump;
import dev.migrations.testsupport.PortableRevisions;
import dev.migrations.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every portable operation, upgraded then downgraded through the facade, returns the database to exactly what it was:
 * the introspected schema, every row, SQLite's AUTOINCREMENT counters and the triggers, on SQLite (where most of them
 * rebuild the table), PostgreSQL, H2 and MariaDB (with its driver, and with MySQL's Connector/J as the {@code mysql}
 * dialect); and a partial index, a sequence and an enum type, refused where the database has none.
 */
class OperationRoundTripTests {

	static final String BASE = """
			create table owners (
				id integer autoincrement primary key,
				first_name varchar(30) not null,
				last_name varchar(30) not null,
				city varchar(80),
				telephone varchar(20),
				constraint ck_owners_name check (length(last_name) > 0),
				check (length(first_name) < 30)
			)
			create index ix_owners_last_name on owners (last_name)
			create table types (id integer autoincrement primary key, name varchar(80) not null,
				constraint uq_types_name unique (name))
			create table pets (
				id integer autoincrement primary key,
				name varchar(30) not null,
				weight decimal(5,2) default 0,
				type_id integer not null,
				owner_id integer,
				constraint fk_pets_owner foreign key (owner_id) references owners (id) on delete cascade,
				constraint fk_pets_type foreign key (type_id) references types (id)
			)
			create index ix_pets_weight on pets (weight)%s
			create table visits (id integer autoincrement primary key, pet_id integer not null, description text)
			create table notes (id integer not null primary key, body text)
			execute sqlite $$CREATE TRIGGER trg_owners_city AFTER UPDATE OF city ON owners
					BEGIN UPDATE owners SET telephone = NULL WHERE id = NEW.id AND 0; END$$
				postgresql $sql$CREATE FUNCTION touch_owner() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
					CREATE TRIGGER trg_owners_city AFTER UPDATE OF city ON owners FOR EACH ROW
					EXECUTE FUNCTION touch_owner()$sql$
				h2 $$CREATE TRIGGER trg_owners_city AFTER UPDATE ON owners FOR EACH ROW
					CALL 'dev.migrations.testsupport.H2NoOpTrigger'$$
				mysql $$CREATE TRIGGER trg_owners_city AFTER UPDATE ON owners FOR EACH ROW SET @touched = NEW.id$$
			""";

	// MariaDB refuses a foreign key between columns of different types: both sides change together. (The mysql
	// dialect runs here too, through Connector/J, on the same MariaDB server.)
	private static final Set<String> MYSQL = Set.of("mysql", "mariadb");

	private static final String ONE_SIDE_OF_A_KEY = "alter column pets.owner_id type bigint from integer";

	// Partial indexes exist on PostgreSQL and SQLite only.
	private static final Set<String> PARTIAL_INDEXES = Set.of("postgresql", "sqlite");

	private static final Set<String> SEQUENCES = Set.of("postgresql", "h2", "mariadb");

	@TempDir
	Path directory;

	static Stream<Arguments> operations() {
		return Stream.of(
				"create table tags (id integer autoincrement primary key, label varchar(20) not null default 'x')\n"
						+ "create index ix_tags_label on tags (label)",
				"drop table notes (id integer not null primary key, body text)",
				"rename table visits to appointments",
				"rename table types to kinds",
				"add column owners.age integer not null default 0",
				"add column owners.joined timestamp default current_timestamp",
				"drop column owners.telephone varchar(20)",
				"rename column owners.city to town",
				"alter column owners.telephone type varchar(200) from varchar(20)",
				"alter column pets.owner_id type bigint from integer",
				"alter column owners.id type bigint from integer\nalter column pets.owner_id type bigint from integer",
				"alter column owners.city set not null",
				"alter column pets.name drop not null",
				"alter column owners.city set default 'Madison' from none",
				"alter column pets.weight drop default from 0",
				"alter column notes.id set identity",
				"alter column visits.id drop identity",
				"create unique index ix_owners_full_name on owners (last_name, first_name)",
				"create index ix_pets_light on pets (weight) where (weight < 5)",
				"drop index ix_owners_last_name on owners (last_name)",
				"drop primary key on notes (id)",
				"add column notes.code varchar(10) not null default 'a'\n"
						+ "drop primary key on notes (id)\n"
						+ "add primary key pk_notes on notes (id, code)",
				"add unique uq_owners_phone on owners (telephone)",
				"drop unique uq_types_name on types (name)",
				"add foreign key fk_visits_pet on visits (pet_id) references pets (id) on delete cascade",
				"drop foreign key fk_pets_owner on pets (owner_id) references owners (id) on delete cascade",
				"add check ck_pets_weight on pets (weight >= 0)",
				"drop check ck_owners_name on owners (length(last_name) > 0)",
				"execute $$CREATE TABLE audit (id integer)$$ reverse $$DROP TABLE audit$$",
				"add column owners.nick varchar(20) null default 'n'\n"
						+ "alter column owners.nick drop default from 'n'\n"
						+ "alter column owners.nick set not null",
				"alter column pets.name type varchar(60) from varchar(30)\n"
						+ "alter column pets.name set default 'rex' from none\n"
						+ "add check ck_pets_name on pets (length(name) > 0)\n"
						+ "create index ix_pets_name on pets (name)")
			.flatMap((operations) -> Stream.concat(TestDatabase.every(), Stream.of(TestDatabase.mysql()))
				.filter((database) -> !operations.contains(" where ") || PARTIAL_INDEXES.contains(database.dialect()))
				.filter((database) -> !operations.equals(ONE_SIDE_OF_A_KEY) || !MYSQL.contains(database.dialect()))
				.map((database) -> Arguments.of(database, operations)));
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("operations")
	void upgradeThenDowngradeRestoresSchemaRowsAndTriggers(TestDatabase database, String operations)
			throws SQLException {
		Migrations migrations = migrations(database, operations);
		migrations.upgrade("b1000000001");
		insertRows(database);
		DatabaseDump before = DatabaseDump.of(database);
		migrations.upgrade("heads");
		DatabaseDump after = DatabaseDump.of(database);
		assertThat(after).isNotEqualTo(before);
		assertThat(after.rows().values().stream().mapToInt(List::size).sum())
			.isEqualTo(before.rows().values().stream().mapToInt(List::size).sum());
		migrations.downgrade("b1000000001");
		assertThat(DatabaseDump.of(database)).isEqualTo(before);
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#every")
	void aPartialIndexIsRefusedWhereTheDatabaseHasNone(TestDatabase database) throws SQLException {
		Migrations migrations = migrations(database, "add column owners.age integer\n"
				+ "create index ix_pets_light on pets (weight) where (weight < 5)");
		migrations.upgrade("b1000000001");
		if (PARTIAL_INDEXES.contains(database.dialect())) {
			migrations.upgrade("heads");
			assertThat(migrations.schema().table("pets").orElseThrow().index("ix_pets_light")).isPresent();
			return;
		}
		DatabaseDump before = DatabaseDump.of(database);
		assertThatExceptionOfType(MigrationsException.class).isThrownBy(() -> migrations.upgrade("heads"))
			.withMessageContaining("b1000000002_portable.sql:9: 'create index ix_pets_light on pets (weight) where"
					+ " (weight < 5)' cannot run on " + database.dialect() + ": ")
			.withMessageContaining("has no partial indexes, so index 'ix_pets_light' cannot have 'where weight < 5'");
		assertThat(DatabaseDump.of(database)).isEqualTo(before);
		assertThat(migrations.current()).containsExactly("b1000000001");
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#every")
	void aSequenceIsCreatedAndDroppedOrRefusedWhereTheDatabaseHasNone(TestDatabase database) throws SQLException {
		Migrations migrations = migrations(database, "create sequence owner_numbers start 100 increment 5");
		migrations.upgrade("b1000000001");
		DatabaseDump before = DatabaseDump.of(database);
		if (SEQUENCES.contains(database.dialect())) {
			migrations.upgrade("heads");
			assertThat(migrations.schema().sequences()).containsExactly(new Sequence("owner_numbers", 100, 5));
			assertThat(migrations.schema().tableNames()).as("a sequence is not a table")
				.noneMatch((table) -> table.equalsIgnoreCase("owner_numbers"));
			migrations.downgrade("b1000000001");
			assertThat(migrations.schema().sequences()).isEmpty();
			assertThat(DatabaseDump.of(database)).isEqualTo(before);
			return;
		}
		assertThatExceptionOfType(MigrationsException.class).isThrownBy(() -> migrations.upgrade("heads"))
			.withMessageContaining("b1000000002_portable.sql:")
			.withMessageContaining("has no sequences; remove the operation for sequence 'owner_numbers'");
		assertThat(DatabaseDump.of(database)).isEqualTo(before);
		assertThat(migrations.current()).containsExactly("b1000000001");
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#every")
	void anEnumTypeIsCreatedAndDroppedOnPostgresqlAndRefusedElsewhere(TestDatabase database) throws SQLException {
		Migrations migrations = migrations(database, "create type size as enum ('small', 'large')\n"
				+ "add column pets.size size null");
		migrations.upgrade("b1000000001");
		DatabaseDump before = DatabaseDump.of(database);
		if (database.dialect().equals("postgresql")) {
			migrations.upgrade("heads");
			assertThat(migrations.schema().enums()).containsExactly(new EnumType("size", List.of("small", "large")));
			migrations.downgrade("b1000000001");
			assertThat(DatabaseDump.of(database)).isEqualTo(before);
			return;
		}
		assertThatExceptionOfType(MigrationsException.class).isThrownBy(() -> migrations.upgrade("heads"))
			.withMessageContaining("has no native enum types; remove the operation for type 'size'");
		assertThat(DatabaseDump.of(database)).isEqualTo(before);
		assertThat(migrations.current()).containsExactly("b1000000001");
	}

	private Migrations migrations(TestDatabase database, String operations) {
		PortableRevisions.operations(this.directory, "b1000000001", null, BASE.formatted(
				PARTIAL_INDEXES.contains(database.dialect()) ? " where (weight > 10)" : ""));
		PortableRevisions.operations(this.directory, "b1000000002", "b1000000001", operations);
		return Migrations.builder(database.dataSource())
			.locations(List.of(PortableRevisions.location(this.directory)))
			.build();
	}

	static void insertRows(TestDatabase database) throws SQLException {
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			statement.execute("INSERT INTO owners (first_name, last_name, city) VALUES ('George', 'Franklin',"
					+ " 'Madison'), ('Betty', 'Davis', 'Sun Prairie'), ('Eduardo', 'Rodriquez', 'McFarland')");
			statement.execute("DELETE FROM owners WHERE id = 3");
			statement.execute("INSERT INTO types (name) VALUES ('cat'), ('dog')");
			statement.execute("INSERT INTO pets (name, weight, type_id, owner_id) VALUES ('Leo', 4.5, 1, 1),"
					+ " ('Basil', 12.25, 2, 2), ('Rosy', 30, 2, 2)");
			statement.execute("INSERT INTO visits (pet_id, description) VALUES (1, 'rabies shot'), (3, 'spayed')");
		}
	}

}
