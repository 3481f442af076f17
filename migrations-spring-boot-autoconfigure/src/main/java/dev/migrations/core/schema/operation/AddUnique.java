package dev.migrations.core.schema.operation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.migrations.core.schema.Schema;
import dev.migrations.core.schema.UniqueConstraint;

/**
 * Adds a named unique constraint.
 *
 * @param table the table name
 * @param constraint the constraint, named
 */
public record AddUnique(String table, UniqueConstraint constraint) implements Operation {

	/**
	 * Creates the operation.
	 * @param table the table name
	 * @param constraint the constraint, which must have a name so that it can be dropped
	 */
	public AddUnique {
		Objects.requireNonNull(constraint.name(), "a unique constraint added to a table needs a name");
	}

	@Override
	public Schema apply(Schema schema) {
		return Schemas.change(schema, this.table, (table) -> {
			this.constraint.columns().forEach((column) -> Schemas.column(table, column));
			List<UniqueConstraint> uniques = new ArrayList<>(table.uniqueConstraints());
			uniques.add(this.constraint);
			return table.withConstraints(table.primaryKey(), uniques, table.foreignKeys(), table.checks());
		});
	}

	@Override
	public Operation reverse() {
		return new DropUnique(this.table, Objects.requireNonNull(this.constraint.name()), this.constraint);
	}

	@Override
	public String describe() {
		return "add unique " + this.constraint.name() + " on " + Schemas.name(this.table) + " "
				+ Schemas.list(this.constraint.columns());
	}

}
