package dev.migrations.core.schema.operation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.migrations.core.schema.ForeignKey;
import dev.migrations.core.schema.ReferentialAction;
import dev.migrations.core.schema.Schema;

/**
 * Adds a named foreign key.
 *
 * @param table the referencing table
 * @param foreignKey the foreign key, named
 */
public record AddForeignKey(String table, ForeignKey foreignKey) implements Operation {

	/**
	 * Creates the operation.
	 * @param table the referencing table
	 * @param foreignKey the foreign key, which must have a name so that it can be dropped
	 */
	public AddForeignKey {
		Objects.requireNonNull(foreignKey.name(), "a foreign key added to a table needs a name");
	}

	@Override
	public Schema apply(Schema schema) {
		return Schemas.change(schema, this.table, (table) -> {
			this.foreignKey.columns().forEach((column) -> Schemas.column(table, column));
			List<ForeignKey> keys = new ArrayList<>(table.foreignKeys());
			keys.add(this.foreignKey);
			return table.withConstraints(table.primaryKey(), table.uniqueConstraints(), keys, table.checks());
		});
	}

	@Override
	public Operation reverse() {
		return new DropForeignKey(this.table, Objects.requireNonNull(this.foreignKey.name()), this.foreignKey);
	}

	@Override
	public String describe() {
		return "add foreign key " + this.foreignKey.name() + " on " + Schemas.name(this.table) + " "
				+ clause(this.foreignKey).substring("foreign key ".length());
	}

	static String clause(ForeignKey key) {
		return "foreign key " + Schemas.list(key.columns()) + " references " + key.referencedTable() + " "
				+ Schemas.list(key.referencedColumns())
				+ ((key.onDelete() != ReferentialAction.NO_ACTION) ? " on delete " + key.onDelete().sql().toLowerCase(
						java.util.Locale.ROOT) : "")
				+ ((key.onUpdate() != ReferentialAction.NO_ACTION) ? " on update " + key.onUpdate().sql().toLowerCase(
						java.util.Locale.ROOT) : "");
	}

}
