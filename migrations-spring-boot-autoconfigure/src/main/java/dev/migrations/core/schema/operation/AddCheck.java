package dev.migrations.core.schema.operation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.migrations.core.schema.CheckConstraint;
import dev.migrations.core.schema.Schema;

/**
 * Adds a named check constraint.
 *
 * @param table the table name
 * @param check the check, named
 */
public record AddCheck(String table, CheckConstraint check) implements Operation {

	/**
	 * Creates the operation.
	 * @param table the table name
	 * @param check the check, which must have a name so that it can be dropped
	 */
	public AddCheck {
		Objects.requireNonNull(check.name(), "a check added to a table needs a name");
	}

	@Override
	public Schema apply(Schema schema) {
		return Schemas.change(schema, this.table, (table) -> {
			List<CheckConstraint> checks = new ArrayList<>(table.checks());
			checks.add(this.check);
			return table.withConstraints(table.primaryKey(), table.uniqueConstraints(), table.foreignKeys(), checks);
		});
	}

	@Override
	public Operation reverse() {
		return new DropCheck(this.table, Objects.requireNonNull(this.check.name()), this.check);
	}

	@Override
	public String describe() {
		return "add check " + this.check.name() + " on " + Schemas.name(this.table) + " (" + this.check.expression()
				+ ")";
	}

}
