package dev.migrations.core.schema.operation;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.migrations.core.schema.CheckConstraint;
import dev.migrations.core.schema.Column;
import dev.migrations.core.schema.ForeignKey;
import dev.migrations.core.schema.Schema;
import dev.migrations.core.schema.Table;
import dev.migrations.core.schema.UniqueConstraint;

/**
 * Creates a table with its columns, keys, foreign keys, checks and indexes.
 *
 * @param definition the table
 */
public record CreateTable(Table definition) implements Operation {

	@Override
	public String table() {
		return this.definition.name();
	}

	@Override
	public Schema apply(Schema schema) {
		return Schemas.with(schema, this.definition);
	}

	@Override
	public Operation reverse() {
		return new DropTable(this.definition.name(), this.definition);
	}

	@Override
	public String describe() {
		return "create table " + Schemas.name(this.definition.name()) + " " + body(this.definition);
	}

	static String body(Table table) {
		List<String> parts = new ArrayList<>();
		for (Column column : table.columns()) {
			parts.add(Schemas.column(column));
		}
		if (table.primaryKey() != null) {
			parts.add(constraint(table.primaryKey().name()) + "primary key "
					+ Schemas.list(table.primaryKey().columns()));
		}
		for (UniqueConstraint unique : table.uniqueConstraints()) {
			parts.add(constraint(unique.name()) + "unique " + Schemas.list(unique.columns()));
		}
		for (ForeignKey key : table.foreignKeys()) {
			parts.add(constraint(key.name()) + AddForeignKey.clause(key));
		}
		for (CheckConstraint check : table.checks()) {
			parts.add(constraint(check.name()) + "check (" + check.expression() + ")");
		}
		return "(" + String.join(", ", parts) + ")";
	}

	private static String constraint(@Nullable String name) {
		return (name != null) ? "constraint " + name + " " : "";
	}

}
