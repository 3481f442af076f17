package dev.migrations.core.schema.operation;

import org.jspecify.annotations.Nullable;

import dev.migrations.core.schema.Names;
import dev.migrations.core.schema.Schema;
import dev.migrations.core.schema.UniqueConstraint;

/**
 * Drops a named unique constraint. It can be reversed only when it carries the constraint's columns.
 *
 * @param table the table name
 * @param name the constraint name
 * @param definition the constraint as it was, or {@code null}
 */
public record DropUnique(String table, String name, @Nullable UniqueConstraint definition) implements Operation {

	@Override
	public Schema apply(Schema schema) {
		return Schemas.change(schema, this.table, (table) -> {
			if (table.uniqueConstraints().stream().noneMatch(this::matches)) {
				throw new IllegalArgumentException("table '" + table.name() + "' has no unique constraint '"
						+ this.name + "'");
			}
			return table.withConstraints(table.primaryKey(),
					table.uniqueConstraints().stream().filter((unique) -> !matches(unique)).toList(),
					table.foreignKeys(), table.checks());
		});
	}

	boolean matches(UniqueConstraint unique) {
		return (unique.name() != null) ? Names.same(unique.name(), this.name)
				: this.definition != null && unique.columns().equals(this.definition.columns());
	}

	@Override
	public @Nullable String irreversibleReason() {
		return (this.definition != null) ? null : "it does not say which columns were unique; write 'drop unique "
				+ this.name + " on " + this.table + " (column, ...)', or add a downgrade section";
	}

	@Override
	public Operation reverse() {
		if (this.definition == null) {
			throw new IrreversibleOperationException(this);
		}
		return new AddUnique(this.table, new UniqueConstraint(this.name, this.definition.columns()));
	}

	@Override
	public String describe() {
		return "drop unique " + Schemas.name(this.name) + " on " + Schemas.name(this.table)
				+ ((this.definition != null) ? " " + Schemas.list(this.definition.columns()) : "");
	}

}
