package dev.migrations.core.schema.inspect;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.migrations.core.schema.CheckConstraint;
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

/**
 * A spring-petclinic-style schema: its DDL for a dialect, and the model every reader must read back from it. The
 * portable part is the same SQL on every database but for the generated keys; {@link #create} adds what each
 * database spells its own way (a collation, an expression index, an unnamed check, comments).
 */
final class Petclinic {

	private Petclinic() {
	}

	static void create(Connection connection, String dialect, boolean portableOnly) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			for (String sql : ddl(dialect, portableOnly)) {
				statement.execute(sql);
			}
		}
	}

	static List<String> ddl(String dialect, boolean portableOnly) {
		boolean sqlite = dialect.equals("sqlite");
		List<String> ddl = new ArrayList<>(List.of(
				"CREATE TABLE types (" + key(dialect, "types") + ", name VARCHAR(80) NOT NULL)",
				"CREATE UNIQUE INDEX types_name ON types (name)",
				"CREATE TABLE owners (" + key(dialect, "owners") + ", first_name VARCHAR(30) NOT NULL,"
						+ " last_name VARCHAR(30) NOT NULL, address VARCHAR(255), city VARCHAR(80) DEFAULT 'Madison',"
						+ " telephone VARCHAR(20) NOT NULL)",
				"CREATE INDEX owners_last_name ON owners (last_name)",
				"CREATE TABLE pets (" + key(dialect, "pets") + ", name VARCHAR(30) NOT NULL, birth_date DATE,"
						+ " type_id INTEGER NOT NULL, owner_id INTEGER, weight DECIMAL(5,2) DEFAULT 0,"
						+ " weight_grams INTEGER, CONSTRAINT pets_type_fkey FOREIGN KEY (type_id) REFERENCES types (id)"
						+ " ON DELETE RESTRICT, CONSTRAINT pets_owner_fkey FOREIGN KEY (owner_id) REFERENCES owners (id)"
						+ " ON DELETE CASCADE ON UPDATE CASCADE, CONSTRAINT pets_weight_check CHECK (weight_grams >= 0))",
				"CREATE INDEX pets_name ON pets (name)",
				"CREATE TABLE visits (" + key(dialect, "visits") + ", pet_id INTEGER NOT NULL,"
						+ " visit_date DATE DEFAULT CURRENT_DATE, description VARCHAR(255), priority INTEGER NOT NULL"
						+ " DEFAULT -1, CONSTRAINT visits_pet_fkey FOREIGN KEY (pet_id) REFERENCES pets (id)"
						+ " ON DELETE CASCADE)",
				"CREATE INDEX visits_pet_date ON visits (pet_id, visit_date DESC)",
				"CREATE INDEX visits_undated ON visits (pet_id) WHERE visit_date IS NULL",
				"CREATE TABLE vets (" + key(dialect, "vets") + ", first_name VARCHAR(30) NOT NULL,"
						+ " last_name VARCHAR(30) NOT NULL, email VARCHAR(120) NOT NULL, active BOOLEAN NOT NULL"
						+ " DEFAULT true, CONSTRAINT vets_email_key UNIQUE (email))",
				"CREATE TABLE specialties (" + key(dialect, "specialties") + ", name VARCHAR(80) NOT NULL"
						+ " CONSTRAINT specialties_name_key UNIQUE)",
				"CREATE TABLE vet_specialties (vet_id INTEGER NOT NULL, specialty_id INTEGER NOT NULL,"
						+ " CONSTRAINT vet_specialties_pkey PRIMARY KEY (vet_id, specialty_id),"
						+ " CONSTRAINT vet_specialties_vet_fkey FOREIGN KEY (vet_id) REFERENCES vets (id)"
						+ " ON DELETE CASCADE, CONSTRAINT vet_specialties_specialty_fkey FOREIGN KEY (specialty_id)"
						+ " REFERENCES specialties (id))"));
		if (!portableOnly) {
			ddl.add("CREATE TABLE rooms (id INTEGER NOT NULL, name VARCHAR(40) COLLATE " + (sqlite ? "NOCASE" : "\"C\"")
					+ ", floor INTEGER CHECK (floor > 0), PRIMARY KEY (id))");
			ddl.add("CREATE INDEX vets_last_name_lower ON vets (lower(last_name))");
			if (!sqlite) {
				ddl.add("COMMENT ON TABLE owners IS 'People who own pets'");
				ddl.add("COMMENT ON COLUMN owners.telephone IS 'Digits only'");
			}
		}
		return ddl;
	}

	private static String key(String dialect, String table) {
		return "id " + (dialect.equals("sqlite") ? "INTEGER" : "SERIAL") + " CONSTRAINT " + table
				+ "_pkey PRIMARY KEY" + (dialect.equals("sqlite") ? " AUTOINCREMENT" : "");
	}

	static Schema expected(String dialect, boolean portableOnly) {
		boolean sqlite = dialect.equals("sqlite");
		List<Table> tables = new ArrayList<>();
		tables.add(table("types", List.of(id(), column("name", ColumnType.varchar(80), false)), List.of(),
				List.of(new Index("types_name", List.of("name"), true, null)), List.of(), List.of(), null));
		tables.add(table("owners", List.of(id(), column("first_name", ColumnType.varchar(30), false),
				column("last_name", ColumnType.varchar(30), false), column("address", ColumnType.varchar(255), true),
				new Column("city", ColumnType.varchar(80), true, "'Madison'", false, null, null),
				new Column("telephone", ColumnType.varchar(20), false, null, false, null,
						(sqlite || portableOnly) ? null : "Digits only")),
				List.of(), List.of(new Index("owners_last_name", List.of("last_name"), false, null)), List.of(),
				List.of(), (sqlite || portableOnly) ? null : "People who own pets"));
		tables.add(table("pets", List.of(id(), column("name", ColumnType.varchar(30), false),
				column("birth_date", ColumnType.of(Kind.DATE), true),
				column("type_id", ColumnType.of(Kind.INTEGER), false),
				column("owner_id", ColumnType.of(Kind.INTEGER), true),
				new Column("weight", ColumnType.decimal(5, 2), true, "0", false, null, null),
				column("weight_grams", ColumnType.of(Kind.INTEGER), true)),
				List.of(), List.of(new Index("pets_name", List.of("name"), false, null)),
				List.of(new ForeignKey("pets_type_fkey", List.of("type_id"), "types", List.of("id"),
						ReferentialAction.RESTRICT, ReferentialAction.NO_ACTION),
						new ForeignKey("pets_owner_fkey", List.of("owner_id"), "owners", List.of("id"),
								ReferentialAction.CASCADE, ReferentialAction.CASCADE)),
				List.of(new CheckConstraint("pets_weight_check", "weight_grams >= 0")), null));
		tables.add(table("visits", List.of(id(), column("pet_id", ColumnType.of(Kind.INTEGER), false),
				new Column("visit_date", ColumnType.of(Kind.DATE), true, "CURRENT_DATE", false, null, null),
				column("description", ColumnType.varchar(255), true),
				new Column("priority", ColumnType.of(Kind.INTEGER), false, "-1", false, null, null)),
				List.of(),
				List.of(new Index("visits_pet_date", List.of("pet_id", "visit_date DESC"), false, null),
						new Index("visits_undated", List.of("pet_id"), false, "visit_date IS NULL")),
				List.of(new ForeignKey("visits_pet_fkey", List.of("pet_id"), "pets", List.of("id"),
						ReferentialAction.CASCADE, ReferentialAction.NO_ACTION)),
				List.of(), null));
		List<Index> vetIndexes = portableOnly ? List.of()
				: List.of(new Index("vets_last_name_lower",
						List.of(sqlite ? "lower(last_name)" : "lower(last_name::text)"), false, null));
		tables.add(table("vets", List.of(id(), column("first_name", ColumnType.varchar(30), false),
				column("last_name", ColumnType.varchar(30), false), column("email", ColumnType.varchar(120), false),
				new Column("active", ColumnType.of(Kind.BOOLEAN), false, "true", false, null, null)),
				List.of(new UniqueConstraint("vets_email_key", List.of("email"))), vetIndexes, List.of(), List.of(),
				null));
		tables.add(table("specialties", List.of(id(), column("name", ColumnType.varchar(80), false)),
				List.of(new UniqueConstraint("specialties_name_key", List.of("name"))), List.of(), List.of(),
				List.of(), null));
		tables.add(new Table("vet_specialties", List.of(column("vet_id", ColumnType.of(Kind.INTEGER), false),
				column("specialty_id", ColumnType.of(Kind.INTEGER), false)),
				new PrimaryKey("vet_specialties_pkey", List.of("vet_id", "specialty_id")), List.of(), List.of(),
				List.of(new ForeignKey("vet_specialties_vet_fkey", List.of("vet_id"), "vets", List.of("id"),
						ReferentialAction.CASCADE, ReferentialAction.NO_ACTION),
						new ForeignKey("vet_specialties_specialty_fkey", List.of("specialty_id"), "specialties",
								List.of("id"), ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION)),
				List.of(), null));
		if (!portableOnly) {
			// SQLite names no unnamed constraint, PostgreSQL names every one; the collations differ.
			tables.add(new Table("rooms", List.of(column("id", ColumnType.of(Kind.INTEGER), false),
					new Column("name", ColumnType.varchar(40), true, null, false, sqlite ? "NOCASE" : "C", null),
					column("floor", ColumnType.of(Kind.INTEGER), true)),
					new PrimaryKey(sqlite ? null : "rooms_pkey", List.of("id")), List.of(), List.of(), List.of(),
					List.of(new CheckConstraint(sqlite ? null : "rooms_floor_check", "floor > 0")), null));
		}
		return new Schema(tables);
	}

	private static Column id() {
		return new Column("id", ColumnType.of(Kind.INTEGER), false, null, true, null, null);
	}

	private static Column column(String name, ColumnType type, boolean nullable) {
		return Column.of(name, type, nullable);
	}

	private static Table table(String name, List<Column> columns, List<UniqueConstraint> uniques, List<Index> indexes,
			List<ForeignKey> foreignKeys, List<CheckConstraint> checks, @Nullable String comment) {
		return new Table(name, columns, new PrimaryKey(name + "_pkey", List.of("id")), uniques, indexes, foreignKeys,
				checks, comment);
	}

}
