package dev.migrations.core.schema.operation;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.migrations.core.schema.CheckConstraint;
import dev.migrations.core.schema.ForeignKey;
import dev.migrations.core.schema.Names;
import dev.migrations.core.schema.PrimaryKey;
import dev.migrations.core.schema.Schema;
import dev.migrations.core.schema.Table;
import dev.migrations.core.schema.UniqueConstraint;

/**
 * Renames a column; the keys, indexes, checks and foreign keys that use it follow, in its table and in the tables
 * that reference it, as both PostgreSQL and SQLite do.
 *
 * @param table the table name
 * @param column the current column name
 * @param newName the new name
 */
public record RenameColumn(String table, String column, String newName) implements Operation {

	@Override
	public Schema apply(Schema schema) {
		Table target = Schemas.table(schema, this.table);
		Schemas.column(target, this.column);
		if (!Names.same(this.column, this.newName) && target.column(this.newName).isPresent()) {
			throw new IllegalArgumentException("table '" + target.name() + "' already has a column '" + this.newName
					+ "'");
		}
		return schema.withTables(schema.tables().stream().map((table) -> renamed(table, table == target)).toList());
	}

	private Table renamed(Table table, boolean own) {
		List<ForeignKey> keys = table.foreignKeys().stream().map((key) -> {
			List<String> columns = own ? Schemas.rename(key.columns(), this.column, this.newName) : key.columns();
			List<String> referenced = Names.same(key.referencedTable(), this.table)
					? Schemas.rename(key.referencedColumns(), this.column, this.newName) : key.referencedColumns();
			return new ForeignKey(key.name(), columns, key.referencedTable(), referenced, key.onDelete(),
					key.onUpdate());
		}).toList();
		if (!own) {
			return table.withConstraints(table.primaryKey(), table.uniqueConstraints(), keys, table.checks());
		}
		PrimaryKey key = table.primaryKey();
		return Schemas.withColumns(table, (each) -> each.withName(this.newName), this.column)
			.withIndexes(table.indexes().stream().map((index) -> Schemas.index(index, this.column, this.newName))
				.toList())
			.withConstraints((key != null) ? new PrimaryKey(key.name(), Schemas.rename(key.columns(), this.column,
					this.newName)) : null,
					table.uniqueConstraints().stream().map((unique) -> new UniqueConstraint(unique.name(),
							Schemas.rename(unique.columns(), this.column, this.newName))).toList(),
					keys, table.checks().stream().map((check) -> new CheckConstraint(check.name(),
							rename(check.expression()))).toList());
	}

	// The column's name in SQL, quoted or not, keeping the quotes as written.
	private String rename(String sql) {
		String quoted = Pattern.compile("(?i)\"" + Pattern.quote(this.column) + "\"").matcher(sql)
			.replaceAll(Matcher.quoteReplacement("\"" + this.newName + "\""));
		return Pattern.compile("(?i)(?<![A-Za-z0-9_\"])" + Pattern.quote(this.column) + "(?![A-Za-z0-9_\"])")
			.matcher(quoted).replaceAll(Matcher.quoteReplacement(this.newName));
	}

	@Override
	public Operation reverse() {
		return new RenameColumn(this.table, this.newName, this.column);
	}

	@Override
	public String describe() {
		return "rename column " + Schemas.name(this.table) + "." + Schemas.name(this.column) + " to "
				+ Schemas.name(this.newName);
	}

}
