package dev.migrations.core.schema;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The tables and sequences of one database schema, in name order, so that two schemas read from different databases
 * compare equal when they hold the same tables.
 *
 * @param tables the tables
 * @param sequences the sequences no column owns
 */
public record Schema(List<Table> tables, List<Sequence> sequences) {

	/**
	 * Creates a schema, sorting its tables and sequences by name.
	 * @param tables the tables
	 * @param sequences the sequences
	 */
	public Schema {
		tables = tables.stream().sorted(Comparator.comparing((Table table) -> Names.key(table.name()))).toList();
		sequences = sequences.stream().sorted(Comparator.comparing((Sequence sequence) -> Names.key(sequence.name())))
			.toList();
	}

	/**
	 * Creates a schema without sequences.
	 * @param tables the tables
	 */
	public Schema(List<Table> tables) {
		this(tables, List.of());
	}

	/**
	 * Returns this schema with other tables and the same sequences.
	 * @param tables the tables
	 * @return the schema
	 */
	public Schema withTables(List<Table> tables) {
		return new Schema(tables, this.sequences);
	}

	/**
	 * Returns this schema with other sequences and the same tables.
	 * @param sequences the sequences
	 * @return the schema
	 */
	public Schema withSequences(List<Sequence> sequences) {
		return new Schema(this.tables, sequences);
	}

	/**
	 * Finds a sequence, its name compared as {@link Names#same(String, String)} does.
	 * @param name the sequence name
	 * @return the sequence, or empty when there is none of that name
	 */
	public Optional<Sequence> sequence(String name) {
		return this.sequences.stream().filter((sequence) -> Names.same(sequence.name(), name)).findFirst();
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
