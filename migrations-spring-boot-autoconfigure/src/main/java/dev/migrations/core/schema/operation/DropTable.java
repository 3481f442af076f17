package dev.migrations.core.schema.operation;

import org.jspecify.annotations.Nullable;

import dev.migrations.core.schema.Schema;
import dev.migrations.core.schema.Table;

/**
 * Drops a table. It can be reversed only when it carries the table's definition.
 *
 * @param table the table name
 * @param definition the table as it was, or {@code null}
 */
public record DropTable(String table, @Nullable Table definition) implements Operation {

	@Override
	public Schema apply(Schema schema) {
		return Schemas.without(schema, this.table);
	}

	@Override
	public @Nullable String irreversibleReason() {
		return (this.definition != null) ? null : "it does not say what the table held; write its definition after"
				+ " the name, as 'drop table " + this.table + " (id bigint not null, ...)', or add a downgrade section";
	}

	@Override
	public Operation reverse() {
		if (this.definition == null) {
			throw new IrreversibleOperationException(this);
		}
		return new CreateTable(this.definition);
	}

	@Override
	public String describe() {
		return "drop table " + Schemas.name(this.table)
				+ ((this.definition != null) ? " " + CreateTable.body(this.definition) : "");
	}

}
