package dev.migrations.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.migrations.core.schema.CheckConstraint;
import dev.migrations.core.schema.Column;
import dev.migrations.core.schema.ForeignKey;
import dev.migrations.core.schema.Index;
import dev.migrations.core.schema.Table;
import dev.migrations.core.schema.UniqueConstraint;

/**
 * How {@code schema} shows a table: indented lines for people, or an object of the model's fields for {@code --json}.
 */
final class SchemaFormat {

	private SchemaFormat() {
	}

	static List<String> text(Table table) {
		List<String> lines = new ArrayList<>();
		lines.add(table.name() + ((table.comment() != null) ? "  -- " + table.comment() : ""));
		int width = table.columns().stream().mapToInt((column) -> column.name().length()).max().orElse(0);
		for (Column column : table.columns()) {
			StringBuilder line = new StringBuilder("  ").append(column.name())
				.append(" ".repeat(width - column.name().length() + 2))
				.append(column.type().sql());
			if (!column.nullable()) {
				line.append(" NOT NULL");
			}
			if (column.autoIncrement()) {
				line.append(" auto-increment");
			}
			if (column.defaultSql() != null) {
				line.append(" DEFAULT ").append(column.defaultSql());
			}
			if (column.collation() != null) {
				line.append(" COLLATE ").append(column.collation());
			}
			if (column.comment() != null) {
				line.append("  -- ").append(column.comment());
			}
			lines.add(line.toString());
		}
		if (table.primaryKey() != null) {
			lines.add("  primary key" + named(table.primaryKey().name()) + " ("
					+ String.join(", ", table.primaryKey().columns()) + ")");
		}
		for (UniqueConstraint unique : table.uniqueConstraints()) {
			lines.add("  unique" + named(unique.name()) + " (" + String.join(", ", unique.columns()) + ")");
		}
		for (ForeignKey key : table.foreignKeys()) {
			lines.add("  foreign key" + named(key.name()) + " (" + String.join(", ", key.columns()) + ") references "
					+ key.referencedTable() + " (" + String.join(", ", key.referencedColumns()) + ") on delete "
					+ key.onDelete().sql() + " on update " + key.onUpdate().sql());
		}
		for (CheckConstraint check : table.checks()) {
			lines.add("  check" + named(check.name()) + " (" + check.expression() + ")");
		}
		for (Index index : table.indexes()) {
			lines.add("  " + (index.unique() ? "unique index " : "index ") + index.name() + " ("
					+ String.join(", ", index.columns()) + ")"
					+ ((index.where() != null) ? " where " + index.where() : ""));
		}
		return lines;
	}

	private static String named(@Nullable String name) {
		return (name != null) ? " " + name : "";
	}

	static Map<String, Object> json(Table table) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("name", table.name());
		json.put("columns", table.columns().stream().map(SchemaFormat::json).toList());
		json.put("primaryKey", (table.primaryKey() != null)
				? object("name", table.primaryKey().name(), "columns", table.primaryKey().columns()) : null);
		json.put("uniqueConstraints", table.uniqueConstraints()
			.stream()
			.map((unique) -> object("name", unique.name(), "columns", unique.columns()))
			.toList());
		json.put("foreignKeys", table.foreignKeys().stream().map(SchemaFormat::json).toList());
		json.put("checks", table.checks()
			.stream()
			.map((check) -> object("name", check.name(), "expression", check.expression()))
			.toList());
		json.put("indexes", table.indexes()
			.stream()
			.map((index) -> object("name", index.name(), "columns", index.columns(), "unique", index.unique(), "where",
					index.where()))
			.toList());
		json.put("comment", table.comment());
		return json;
	}

	private static Map<String, Object> json(Column column) {
		return object("name", column.name(), "type", column.type().sql(), "nullable", column.nullable(), "default",
				column.defaultSql(), "autoIncrement", column.autoIncrement(), "collation", column.collation(),
				"comment", column.comment());
	}

	private static Map<String, Object> json(ForeignKey key) {
		return object("name", key.name(), "columns", key.columns(), "referencedTable", key.referencedTable(),
				"referencedColumns", key.referencedColumns(), "onDelete", key.onDelete().sql(), "onUpdate",
				key.onUpdate().sql());
	}

	// Keys and values in turn, in order; null values kept, as JSON null.
	private static Map<String, Object> object(@Nullable Object... keysAndValues) {
		Map<String, Object> object = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			object.put(String.valueOf(keysAndValues[i]), keysAndValues[i + 1]);
		}
		return object;
	}

}
