package dev.migrations.core.schema.operation;

import java.util.ArrayList;
import java.util.List;

import dev.migrations.core.schema.Index;
import dev.migrations.core.schema.Schema;

/**
 * Creates an index on a table.
 *
 * @param table the table name
 * @param index the index
 */
public record CreateIndex(String table, Index index) implements Operation {

	@Override
	public Schema apply(Schema schema) {
		for (var each : schema.tables()) {
			if (each.index(this.index.name()).isPresent()) {
				throw new IllegalArgumentException("index '" + this.index.name() + "' already exists on table '"
						+ each.name() + "'");
			}
		}
		return Schemas.change(schema, this.table, (table) -> {
			for (String column : this.index.columns()) {
				if (column.matches("[A-Za-z_][A-Za-z0-9_]*")) {
					Schemas.column(table, column);
				}
			}
			List<Index> indexes = new ArrayList<>(table.indexes());
			indexes.add(this.index);
			return table.withIndexes(indexes);
		});
	}

	@Override
	public Operation reverse() {
		return new DropIndex(this.table, this.index.name(), this.index);
	}

	@Override
	public String describe() {
		return clause("create", Schemas.name(this.table), this.index);
	}

	static String clause(String verb, String table, Index index) {
		return verb + " " + (index.unique() ? "unique " : "") + "index " + index.name() + " on " + table + " "
				+ Schemas.list(index.columns()) + ((index.where() != null) ? " where (" + index.where() + ")" : "");
	}

}
