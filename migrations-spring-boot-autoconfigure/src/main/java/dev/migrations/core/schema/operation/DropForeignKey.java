package dev.migrations.core.schema.operation;

import org.jspecify.annotations.Nullable;

import dev.migrations.core.schema.ForeignKey;
import dev.migrations.core.schema.Names;
import dev.migrations.core.schema.Schema;

/**
 * Drops a named foreign key. It can be reversed only when it carries the key's definition.
 *
 * @param table the referencing table
 * @param name the constraint name
 * @param definition the foreign key as it was, or {@code null}
 */
public record DropForeignKey(String table, String name, @Nullable ForeignKey definition) implements Operation {

	@Override
	public Schema apply(Schema schema) {
		return Schemas.change(schema, this.table, (table) -> {
			if (table.foreignKeys().stream().noneMatch(this::matches)) {
				throw new IllegalArgumentException("table '" + table.name() + "' has no foreign key '" + this.name
						+ "'");
			}
			return table.withConstraints(table.primaryKey(), table.uniqueConstraints(),
					table.foreignKeys().stream().filter((key) -> !matches(key)).toList(), table.checks());
		});
	}

	boolean matches(ForeignKey key) {
		return (key.name() != null) ? Names.same(key.name(), this.name)
				: this.definition != null && key.columns().equals(this.definition.columns())
						&& Names.same(key.referencedTable(), this.definition.referencedTable());
	}

	@Override
	public @Nullable String irreversibleReason() {
		return (this.definition != null) ? null : "it does not say what the key referenced; write 'drop foreign key "
				+ this.name + " on " + this.table + " (column) references table (column)', or add a downgrade section";
	}

	@Override
	public Operation reverse() {
		if (this.definition == null) {
			throw new IrreversibleOperationException(this);
		}
		ForeignKey key = this.definition;
		return new AddForeignKey(this.table, new ForeignKey(this.name, key.columns(), key.referencedTable(),
				key.referencedColumns(), key.onDelete(), key.onUpdate()));
	}

	@Override
	public String describe() {
		return "drop foreign key " + Schemas.name(this.name) + " on " + Schemas.name(this.table)
				+ ((this.definition != null)
				? " " + AddForeignKey.clause(this.definition).substring("foreign key ".length()) : "");
	}

}
