package dev.migrations.core.schema.operation;

import org.jspecify.annotations.Nullable;

import dev.migrations.core.schema.Column;
import dev.migrations.core.schema.Names;
import dev.migrations.core.schema.PrimaryKey;
import dev.migrations.core.schema.Schema;
import dev.migrations.core.schema.Table;

/**
 * Drops a column, and with it the indexes, keys and checks that use it, as PostgreSQL does. It can be reversed only
 * when it carries the column's definition (the indexes and constraints it took along are not restored).
 *
 * @param table the table name
 * @param column the column name
 * @param definition the column as it was, or {@code null}
 */
public record DropColumn(String table, String column, @Nullable Column definition) implements Operation {

	@Override
	public Schema apply(Schema schema) {
		return Schemas.change(schema, this.table, this::without);
	}

	private Table without(Table table) {
		Schemas.column(table, this.column);
		if (table.columns().size() == 1) {
			throw new IllegalArgumentException("cannot drop '" + this.column + "', the only column of table '"
					+ table.name() + "'; drop the table instead");
		}
		PrimaryKey key = table.primaryKey();
		Table changed = table.withColumns(table.columns().stream()
			.filter((each) -> !Names.same(each.name(), this.column)).toList())
			.withIndexes(table.indexes().stream()
				.filter((index) -> !Schemas.mentions(index.columns(), this.column)
						&& (index.where() == null || !Schemas.mentions(index.where(), this.column)))
				.toList());
		return changed.withConstraints((key != null && Schemas.mentions(key.columns(), this.column)) ? null : key,
				table.uniqueConstraints().stream().filter((unique) -> !Schemas.mentions(unique.columns(), this.column))
					.toList(),
				table.foreignKeys().stream().filter((fk) -> !Schemas.mentions(fk.columns(), this.column)).toList(),
				table.checks().stream().filter((check) -> !Schemas.mentions(check.expression(), this.column)).toList());
	}

	@Override
	public @Nullable String irreversibleReason() {
		return (this.definition != null) ? null : "it does not say what the column was; write its type after the"
				+ " name, as 'drop column " + this.table + "." + this.column + " integer null', or add a downgrade"
				+ " section";
	}

	@Override
	public Operation reverse() {
		if (this.definition == null) {
			throw new IrreversibleOperationException(this);
		}
		return new AddColumn(this.table, this.definition);
	}

	@Override
	public String describe() {
		return "drop column " + Schemas.name(this.table) + "."
				+ ((this.definition != null) ? Schemas.column(this.definition) : Schemas.name(this.column));
	}

}
