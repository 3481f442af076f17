package dev.migrations.core.schema;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The tables of one database schema, in name order, so that two schemas read from different databases compare
 * equal when they hold the same tables.
 *
 * @param tables the tables
 */
public record Schema(List<Table> tables) {

	/**
	 * Creates a schema, sorting its tables by name.
	 * @param tables the tables
	 */
	public Schema {
		tables = tables.stream().sorted(Comparator.comparing((Table table) -> Names.key(table.name()))).toList();
	}

	/**
	 * Returns a schema without tables.
	 * @return the empty schema
	 */
	public static Schema empty() {
		return new Schema(List.of());
	}

	/**
	 * Finds a table, its name compared as {@link Names#same(String, String)} does.
	 * @param name the table name
	 * @return the table, or empty when there is none of that name
	 */
	public Optional<Table> table(String name) {
		return this.tables.stream().filter((table) -> Names.same(table.name(), name)).findFirst();
	}

	/**
	 * Returns the names of the tables.
	 * @return the names, in order
	 */
	public List<String> tableNames() {
		return this.tables.stream().map(Table::name).toList();
	}

}
