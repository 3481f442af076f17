package dev.migrations.core.schema.operation;

import org.jspecify.annotations.Nullable;

import dev.migrations.core.schema.Index;
import dev.migrations.core.schema.Names;
import dev.migrations.core.schema.Schema;

/**
 * Drops an index. It can be reversed only when it carries the index's definition.
 *
 * @param table the table name
 * @param name the index name
 * @param definition the index as it was, or {@code null}
 */
public record DropIndex(String table, String name, @Nullable Index definition) implements Operation {

	@Override
	public Schema apply(Schema schema) {
		return Schemas.change(schema, this.table, (table) -> {
			if (table.index(this.name).isEmpty()) {
				throw new IllegalArgumentException("table '" + table.name() + "' has no index '" + this.name + "'");
			}
			return table.withIndexes(table.indexes().stream().filter((index) -> !Names.same(index.name(), this.name))
				.toList());
		});
	}

	@Override
	public @Nullable String irreversibleReason() {
		return (this.definition != null) ? null : "it does not say what the index covered; write 'drop index "
				+ this.name + " on " + this.table + " (column, ...)', or add a downgrade section";
	}

	@Override
	public Operation reverse() {
		if (this.definition == null) {
			throw new IrreversibleOperationException(this);
		}
		return new CreateIndex(this.table, this.definition);
	}

	@Override
	public String describe() {
		return (this.definition != null) ? CreateIndex.clause("drop", Schemas.name(this.table), this.definition)
				: "drop index " + Schemas.name(this.name) + " on " + Schemas.name(this.table);
	}

}
