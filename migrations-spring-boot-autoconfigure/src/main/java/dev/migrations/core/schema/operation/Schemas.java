package dev.migrations.core.schema.operation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import dev.migrations.core.schema.Column;
import dev.migrations.core.schema.Index;
import dev.migrations.core.schema.Names;
import dev.migrations.core.schema.Schema;
import dev.migrations.core.schema.Table;

/**
 * The edits operations make to a schema, in one place: find a table or fail naming it, replace it, and the
 * descriptions of columns and keys that messages share.
 */
final class Schemas {

	private Schemas() {
	}

	static Table table(Schema schema, String name) {
		return schema.table(name).orElseThrow(() -> new IllegalArgumentException("there is no table '" + name + "'"));
	}

	static Column column(Table table, String name) {
		return table.column(name).orElseThrow(
				() -> new IllegalArgumentException("table '" + table.name() + "' has no column '" + name + "'"));
	}

	static Schema change(Schema schema, String name, UnaryOperator<Table> change) {
		Table table = table(schema, name);
		List<Table> tables = new ArrayList<>();
		for (Table each : schema.tables()) {
			tables.add((each == table) ? change.apply(each) : each);
		}
		return schema.withTables(tables);
	}

	static Schema without(Schema schema, String name) {
		Table table = table(schema, name);
		return schema.withTables(schema.tables().stream().filter((each) -> each != table).toList());
	}

	static Schema with(Schema schema, Table table) {
		if (schema.table(table.name()).isPresent()) {
			throw new IllegalArgumentException("table '" + table.name() + "' already exists");
		}
		List<Table> tables = new ArrayList<>(schema.tables());
		tables.add(table);
		return schema.withTables(tables);
	}

	static Table withColumns(Table table, UnaryOperator<Column> change, String name) {
		column(table, name);
		return table.withColumns(table.columns().stream()
			.map((column) -> Names.same(column.name(), name) ? change.apply(column) : column)
			.toList());
	}

	static List<String> rename(List<String> names, String from, String to) {
		return names.stream().map((name) -> Names.same(name, from) ? to : name).toList();
	}

	static boolean mentions(List<String> names, String name) {
		return names.stream().anyMatch((each) -> Names.same(each, name));
	}

	// Whether SQL mentions a column by name, as a whole word: enough to tell which checks a dropped column takes along.
	static boolean mentions(String sql, String name) {
		return Pattern.compile("(?i)(?<![A-Za-z0-9_])\"?" + Pattern.quote(name) + "\"?(?![A-Za-z0-9_])").matcher(sql)
			.find();
	}

	// A name as the operations syntax reads it back: unquoted when it is a lower-case word, quoted otherwise.
	static String name(String name) {
		return name.matches("[a-z_][a-z0-9_]*") ? name : '"' + name.replace("\"", "\"\"") + '"';
	}

	static String column(Column column) {
		StringBuilder text = new StringBuilder(name(column.name())).append(' ').append(column.type().sql());
		if (column.autoIncrement()) {
			text.append(" autoincrement");
		}
		text.append(column.nullable() ? " null" : " not null");
		if (column.defaultSql() != null) {
			text.append(" default ").append(column.defaultSql());
		}
		if (column.collation() != null) {
			text.append(" collate ").append(column.collation());
		}
		if (column.comment() != null) {
			text.append(" comment '").append(column.comment().replace("'", "''")).append('\'');
		}
		return text.toString();
	}

	static String list(List<String> names) {
		return "(" + String.join(", ", names.stream().map(Schemas::name).toList()) + ")";
	}

	static Index index(Index index, String from, String to) {
		return new Index(index.name(), rename(index.columns(), from, to), index.unique(), index.where());
	}

}
