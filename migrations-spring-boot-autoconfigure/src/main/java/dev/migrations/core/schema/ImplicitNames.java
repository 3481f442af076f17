package dev.migrations.core.schema;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The names a database gives the constraints a schema leaves unnamed, so that a model (JPA entities, a declared
 * schema) reads like the database it is compared with: PostgreSQL names a primary key {@code t_pkey}, a unique
 * constraint {@code t_a_b_key} and a foreign key {@code t_a_fkey}; MySQL and MariaDB call every primary key
 * {@code PRIMARY}; SQLite and H2 report none (or names of their own choosing), which stay {@code null}.
 */
public final class ImplicitNames {

	private ImplicitNames() {
	}

	/**
	 * Names the primary key of a table.
	 * @param dialect the dialect name
	 * @param table the table name
	 * @return the name the database gives it, or {@code null}
	 */
	public static @Nullable String primaryKey(String dialect, String table) {
		return switch (dialect.toLowerCase(Locale.ROOT)) {
			case "postgresql" -> table + "_pkey";
			case "mysql", "mariadb" -> "PRIMARY";
			default -> null;
		};
	}

	/**
	 * Names an unnamed unique constraint.
	 * @param dialect the dialect name
	 * @param table the table name
	 * @param columns its columns
	 * @return the name the database gives it, or {@code null}
	 */
	public static @Nullable String unique(String dialect, String table, List<String> columns) {
		return postgres(dialect) ? table + "_" + String.join("_", columns) + "_key" : null;
	}

	/**
	 * Names an unnamed foreign key.
	 * @param dialect the dialect name
	 * @param table the table name
	 * @param columns the referencing columns
	 * @return the name the database gives it, or {@code null}
	 */
	public static @Nullable String foreignKey(String dialect, String table, List<String> columns) {
		return postgres(dialect) ? table + "_" + String.join("_", columns) + "_fkey" : null;
	}

	/**
	 * Gives the unnamed primary keys, unique constraints and foreign keys of a schema the names the database gives
	 * them. Checks keep theirs: PostgreSQL names them after the columns their expressions mention.
	 * @param schema the schema
	 * @param dialect the dialect name
	 * @return the schema with those names
	 */
	public static Schema apply(Schema schema, String dialect) {
		return schema.withTables(schema.tables().stream().map((table) -> apply(table, dialect)).toList());
	}

	private static Table apply(Table table, String dialect) {
		PrimaryKey key = table.primaryKey();
		if (key != null && key.name() == null) {
			key = new PrimaryKey(primaryKey(dialect, table.name()), key.columns());
		}
		List<UniqueConstraint> uniques = table.uniqueConstraints()
			.stream()
			.map((unique) -> (unique.name() != null) ? unique
					: new UniqueConstraint(unique(dialect, table.name(), unique.columns()), unique.columns()))
			.toList();
		List<ForeignKey> foreignKeys = table.foreignKeys()
			.stream()
			.map((fk) -> (fk.name() != null) ? fk
					: new ForeignKey(foreignKey(dialect, table.name(), fk.columns()), fk.columns(),
							fk.referencedTable(), fk.referencedColumns(), fk.onDelete(), fk.onUpdate()))
			.toList();
		return table.withConstraints(key, uniques, foreignKeys, table.checks());
	}

	private static boolean postgres(String dialect) {
		return "postgresql".equalsIgnoreCase(dialect);
	}

}
