package dev.migrations.core.schema.operation;

import java.util.List;

import dev.migrations.core.schema.ForeignKey;
import dev.migrations.core.schema.Names;
import dev.migrations.core.schema.Schema;
import dev.migrations.core.schema.Table;

/**
 * Renames a table; foreign keys of other tables follow it.
 *
 * @param table the current name
 * @param newName the new name
 */
public record RenameTable(String table, String newName) implements Operation {

	@Override
	public Schema apply(Schema schema) {
		Schemas.table(schema, this.table);
		if (!Names.same(this.table, this.newName) && schema.table(this.newName).isPresent()) {
			throw new IllegalArgumentException("table '" + this.newName + "' already exists");
		}
		return schema.withTables(schema.tables().stream().map(this::renamed).toList());
	}

	private Table renamed(Table table) {
		List<ForeignKey> keys = table.foreignKeys().stream()
			.map((key) -> Names.same(key.referencedTable(), this.table) ? new ForeignKey(key.name(), key.columns(),
					this.newName, key.referencedColumns(), key.onDelete(), key.onUpdate()) : key)
			.toList();
		Table changed = table.withConstraints(table.primaryKey(), table.uniqueConstraints(), keys, table.checks());
		return Names.same(table.name(), this.table) ? changed.withName(this.newName) : changed;
	}

	@Override
	public Operation reverse() {
		return new RenameTable(this.newName, this.table);
	}

	@Override
	public String describe() {
		return "rename table " + Schemas.name(this.table) + " to " + Schemas.name(this.newName);
	}

}
