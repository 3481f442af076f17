package dev.migrations.core.schema.operation;

import java.util.ArrayList;
import java.util.List;

import dev.migrations.core.schema.Column;
import dev.migrations.core.schema.Schema;

/**
 * Adds a column at the end of a table.
 *
 * @param table the table name
 * @param column the column
 */
public record AddColumn(String table, Column column) implements Operation {

	@Override
	public Schema apply(Schema schema) {
		return Schemas.change(schema, this.table, (table) -> {
			if (table.column(this.column.name()).isPresent()) {
				throw new IllegalArgumentException("table '" + table.name() + "' already has a column '"
						+ this.column.name() + "'");
			}
			List<Column> columns = new ArrayList<>(table.columns());
			columns.add(this.column);
			return table.withColumns(columns);
		});
	}

	@Override
	public Operation reverse() {
		return new DropColumn(this.table, this.column.name(), this.column);
	}

	@Override
	public String describe() {
		return "add column " + Schemas.name(this.table) + "." + Schemas.column(this.column);
	}

}
