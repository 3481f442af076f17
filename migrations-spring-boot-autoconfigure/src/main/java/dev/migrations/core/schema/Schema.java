package dev.migrations.core.schema;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The tables, sequences and enum types of one database schema, in name order, so that two schemas read from
 * different databases compare equal when they hold the same tables.
 *
 * @param tables the tables
 * @param sequences the sequences no column owns
 * @param enums the native enum types (PostgreSQL)
 */
public record Schema(List<Table> tables, List<Sequence> sequences, List<EnumType> enums) {

	/**
	 * Creates a schema, sorting its tables, sequences and enum types by name.
	 * @param tables the tables
	 * @param sequences the sequences
	 * @param enums the enum types
	 */
	public Schema {
		tables = tables.stream().sorted(Comparator.comparing((Table table) -> Names.key(table.name()))).toList();
		sequences = sequences.stream().sorted(Comparator.comparing((Sequence sequence) -> Names.key(sequence.name())))
			.toList();
		enums = enums.stream().sorted(Comparator.comparing((EnumType type) -> Names.key(type.name()))).toList();
	}

	/**
	 * Creates a schema without enum types.
	 * @param tables the tables
	 * @param sequences the sequences
	 */
	public Schema(List<Table> tables, List<Sequence> sequences) {
		this(tables, sequences, List.of());
	}

	/**
	 * Creates a schema without sequences and enum types.
	 * @param tables the tables
	 */
	public Schema(List<Table> tables) {
		this(tables, List.of(), List.of());
	}

	/**
	 * Returns this schema with other tables and the same sequences and enum types.
	 * @param tables the tables
	 * @return the schema
	 */
	public Schema withTables(List<Table> tables) {
		return new Schema(tables, this.sequences, this.enums);
	}

	/**
	 * Returns this schema with other sequences and the same tables and enum types.
	 * @param sequences the sequences
	 * @return the schema
	 */
	public Schema withSequences(List<Sequence> sequences) {
		return new Schema(this.tables, sequences, this.enums);
	}

	/**
	 * Returns this schema with other enum types and the same tables and sequences.
	 * @param enums the enum types
	 * @return the schema
	 */
	public Schema withEnums(List<EnumType> enums) {
		return new Schema(this.tables, this.sequences, enums);
	}

	/**
	 * Finds an enum type, its name compared as {@link Names#same(String, String)} does.
	 * @param name the type name
	 * @return the type, or empty when there is none of that name
	 */
	public Optional<EnumType> enumType(String name) {
		return this.enums.stream().filter((type) -> Names.same(type.name(), name)).findFirst();
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
