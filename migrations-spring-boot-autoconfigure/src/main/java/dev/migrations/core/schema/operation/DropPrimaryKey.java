package dev.migrations.core.schema.operation;

import org.jspecify.annotations.Nullable;

import dev.migrations.core.schema.PrimaryKey;
import dev.migrations.core.schema.Schema;

/**
 * Drops a table's primary key; its columns keep their {@code NOT NULL}. It can be reversed only when it carries the
 * key's columns.
 *
 * @param table the table name
 * @param definition the key as it was (its name, where the database needs one to drop it), or {@code null}
 */
public record DropPrimaryKey(String table, @Nullable PrimaryKey definition) implements Operation {

	@Override
	public Schema apply(Schema schema) {
		return Schemas.change(schema, this.table, (table) -> {
			if (table.primaryKey() == null) {
				throw new IllegalArgumentException("table '" + table.name() + "' has no primary key");
			}
			return table.withConstraints(null, table.uniqueConstraints(), table.foreignKeys(), table.checks());
		});
	}

	@Override
	public @Nullable String irreversibleReason() {
		return (this.definition != null) ? null : "it does not say which columns the key had; write 'drop primary"
				+ " key on " + this.table + " (column, ...)', or add a downgrade section";
	}

	@Override
	public Operation reverse() {
		if (this.definition == null) {
			throw new IrreversibleOperationException(this);
		}
		return new AddPrimaryKey(this.table, this.definition);
	}

	@Override
	public String describe() {
		String name = (this.definition != null && this.definition.name() != null) ? Schemas.name(this.definition.name()) + " " : "";
		return "drop primary key " + name + "on " + Schemas.name(this.table)
				+ ((this.definition != null) ? " " + Schemas.list(this.definition.columns()) : "");
	}

}
