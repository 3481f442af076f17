package dev.migrations.core.schema.operation;

import org.jspecify.annotations.Nullable;

import dev.migrations.core.schema.CheckConstraint;
import dev.migrations.core.schema.Names;
import dev.migrations.core.schema.Schema;

/**
 * Drops a named check constraint. It can be reversed only when it carries the condition.
 *
 * @param table the table name
 * @param name the constraint name
 * @param definition the check as it was, or {@code null}
 */
public record DropCheck(String table, String name, @Nullable CheckConstraint definition) implements Operation {

	@Override
	public Schema apply(Schema schema) {
		return Schemas.change(schema, this.table, (table) -> {
			if (table.checks().stream().noneMatch(this::matches)) {
				throw new IllegalArgumentException("table '" + table.name() + "' has no check '" + this.name + "'");
			}
			return table.withConstraints(table.primaryKey(), table.uniqueConstraints(), table.foreignKeys(),
					table.checks().stream().filter((check) -> !matches(check)).toList());
		});
	}

	boolean matches(CheckConstraint check) {
		return (check.name() != null) ? Names.same(check.name(), this.name)
				: this.definition != null && check.expression().equals(this.definition.expression());
	}

	@Override
	public @Nullable String irreversibleReason() {
		return (this.definition != null) ? null : "it does not say what the check was; write 'drop check " + this.name
				+ " on " + this.table + " (condition)', or add a downgrade section";
	}

	@Override
	public Operation reverse() {
		if (this.definition == null) {
			throw new IrreversibleOperationException(this);
		}
		return new AddCheck(this.table, new CheckConstraint(this.name, this.definition.expression()));
	}

	@Override
	public String describe() {
		return "drop check " + Schemas.name(this.name) + " on " + Schemas.name(this.table)
				+ ((this.definition != null) ? " (" + this.definition.expression() + ")" : "");
	}

}
