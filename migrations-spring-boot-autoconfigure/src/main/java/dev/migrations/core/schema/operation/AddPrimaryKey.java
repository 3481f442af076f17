package dev.migrations.core.schema.operation;

import dev.migrations.core.schema.PrimaryKey;
import dev.migrations.core.schema.Schema;
import dev.migrations.core.schema.Table;

/**
 * Adds a primary key to a table that has none. Its columns become {@code NOT NULL}, as every database makes them.
 *
 * @param table the table name
 * @param key the key; without a name the database names it ({@code TABLE_pkey} on PostgreSQL)
 */
public record AddPrimaryKey(String table, PrimaryKey key) implements Operation {

	@Override
	public Schema apply(Schema schema) {
		return Schemas.change(schema, this.table, (table) -> {
			if (table.primaryKey() != null) {
				throw new IllegalArgumentException("table '" + table.name() + "' has a primary key already "
						+ Schemas.list(table.primaryKey().columns()) + "; drop it first");
			}
			this.key.columns().forEach((column) -> Schemas.column(table, column));
			Table keyed = table.withColumns(table.columns().stream()
				.map((column) -> Schemas.mentions(this.key.columns(), column.name()) ? column.withNullable(false)
						: column)
				.toList());
			return keyed.withConstraints(this.key, keyed.uniqueConstraints(), keyed.foreignKeys(), keyed.checks());
		});
	}

	@Override
	public Operation reverse() {
		return new DropPrimaryKey(this.table, this.key);
	}

	@Override
	public String describe() {
		return "add primary key " + ((this.key.name() != null) ? Schemas.name(this.key.name()) + " " : "") + "on "
				+ Schemas.name(this.table) + " " + Schemas.list(this.key.columns());
	}

}
