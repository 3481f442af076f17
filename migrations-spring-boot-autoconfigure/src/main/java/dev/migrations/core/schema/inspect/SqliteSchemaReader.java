package dev.migrations.core.schema.inspect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;
import dev.migrations.core.schema.Column;
import dev.migrations.core.schema.ForeignKey;
import dev.migrations.core.schema.Index;
import dev.migrations.core.schema.Names;
import dev.migrations.core.schema.ReferentialAction;
import dev.migrations.core.schema.Schema;
import dev.migrations.core.schema.UniqueConstraint;
import dev.migrations.core.schema.inspect.SqliteDdlParser.IndexDdl;
import dev.migrations.core.schema.inspect.SqliteTableDdl.ColumnDdl;

/**
 * Reads an SQLite database from {@code sqlite_schema} and the table-valued pragmas ({@code table_xinfo},
 * {@code index_list}, {@code index_xinfo}, {@code foreign_key_list}), four queries for the whole database, and
 * completes what the pragmas do not say from the tables' statements with {@link SqliteDdlParser}. Skips the
 * {@code sqlite_} tables.
 */
final class SqliteSchemaReader implements SchemaReader {

	@Override
	public Schema read(Connection connection, @Nullable String schema, Predicate<String> included)
			throws SQLException {
		String database = (schema != null) ? schema : "main";
		String master = "\"" + database.replace("\"", "\"\"") + "\".sqlite_schema";
		Map<String, TableParts> tables = new LinkedHashMap<>();
		Map<String, SqliteTableDdl> statements = new HashMap<>();
		Map<String, String> indexStatements = new HashMap<>();
		try (PreparedStatement statement = connection.prepareStatement("SELECT type, name, sql FROM " + master
				+ " WHERE type IN ('table', 'index') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")) {
			try (ResultSet result = statement.executeQuery()) {
				while (result.next()) {
					String name = result.getString(2);
					String sql = result.getString(3);
					if ("index".equals(result.getString(1))) {
						if (sql != null) {
							indexStatements.put(name, sql);
						}
					}
					else if (included.test(name)) {
						tables.put(name, new TableParts(name));
						statements.put(name, parse(name, sql));
					}
				}
			}
		}
		Map<String, List<String>> primaryKeys = new HashMap<>();
		columns(connection, master, database, tables, statements, primaryKeys, new TypeCache());
		indexes(connection, master, database, tables, statements, indexStatements);
		foreignKeys(connection, master, database, tables, statements, primaryKeys);
		for (TableParts table : tables.values()) {
			table.checks.addAll(statements.get(table.name).checks());
		}
		return new Schema(tables.values().stream().map(TableParts::toTable).toList());
	}

	private static SqliteTableDdl parse(String table, String sql) {
		try {
			return SqliteDdlParser.parseTable(table, sql);
		}
		catch (IllegalArgumentException ex) {
			throw new MigrationsException(ErrorCode.UNSUPPORTED_SCHEMA, "Cannot read the statement of SQLite table '"
					+ table + "': " + ex.getMessage() + ". SQLite accepted it, so please report it with the statement;"
					+ " meanwhile change this table with a raw SQL section (dialect=sqlite). The statement is: " + sql,
					ex);
		}
	}

	private static void columns(Connection connection, String master, String database, Map<String, TableParts> tables,
			Map<String, SqliteTableDdl> statements, Map<String, List<String>> primaryKeys, TypeCache types)
			throws SQLException {
		String sql = "SELECT m.name, p.name, p.type, p.\"notnull\", p.dflt_value, p.pk, p.hidden FROM " + master
				+ " m JOIN pragma_table_xinfo(m.name, ?) p WHERE m.type = 'table' ORDER BY m.name, p.cid";
		Map<String, List<ColumnRow>> rows = new HashMap<>();
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setString(1, database);
			try (ResultSet result = statement.executeQuery()) {
				while (result.next()) {
					rows.computeIfAbsent(result.getString(1), (key) -> new ArrayList<>())
						.add(new ColumnRow(result.getString(2), result.getString(3), result.getInt(4) != 0,
								result.getString(5), result.getInt(6), result.getInt(7)));
				}
			}
		}
		rows.forEach((table, columnRows) -> primaryKeys.put(table, columnRows.stream()
			.filter((row) -> row.pk() > 0)
			.sorted(Comparator.comparingInt(ColumnRow::pk))
			.map(ColumnRow::name)
			.toList()));
		for (TableParts table : tables.values()) {
			List<String> key = primaryKeys.getOrDefault(table.name, List.of());
			SqliteTableDdl ddl = statements.get(table.name);
			table.primaryKeyColumns.addAll(key);
			table.primaryKeyName = ddl.primaryKeyName();
			for (ColumnRow row : rows.getOrDefault(table.name, List.of())) {
				table.columns.add(column(table.name, row, key, ddl, types));
			}
		}
	}

	private static Column column(String table, ColumnRow row, List<String> key, SqliteTableDdl ddl,
			TypeCache types) {
		String declared = (row.type() != null) ? row.type() : "";
		if (row.hidden() == 2 || row.hidden() == 3) {
			throw SqliteUnsupported.refuse(table, "its column " + row.name() + " is a generated column");
		}
		// INTEGER PRIMARY KEY makes the column the rowid: never NULL, even without NOT NULL.
		boolean rowid = key.size() == 1 && Names.same(key.get(0), row.name()) && declared.equalsIgnoreCase("INTEGER");
		ColumnDdl written = ddl.column(row.name());
		String defaultSql = (written != null && written.defaultSql() != null) ? written.defaultSql()
				: row.defaultSql();
		return new Column(row.name(), types.parse(declared), !row.notNull() && !rowid, defaultSql,
				written != null && written.autoIncrement(), (written != null) ? written.collation() : null, null);
	}

	private record ColumnRow(String name, @Nullable String type, boolean notNull, @Nullable String defaultSql, int pk,
			int hidden) {

	}

	private static void indexes(Connection connection, String master, String database, Map<String, TableParts> tables,
			Map<String, SqliteTableDdl> statements, Map<String, String> indexStatements) throws SQLException {
		String sql = "SELECT m.name, l.name, l.\"unique\", l.origin, l.partial, x.cid, x.name, x.\"desc\", x.coll FROM "
				+ master + " m JOIN pragma_index_list(m.name, ?) l JOIN pragma_index_xinfo(l.name, ?) x"
				+ " WHERE m.type = 'table' AND x.key = 1 ORDER BY m.name, l.name, x.seqno";
		Map<String, IndexRows> found = new LinkedHashMap<>();
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setString(1, database);
			statement.setString(2, database);
			try (ResultSet result = statement.executeQuery()) {
				while (result.next()) {
					String table = result.getString(1);
					if (!tables.containsKey(table) || "pk".equals(result.getString(4))) {
						continue;
					}
					String id = table + "\u0000" + result.getString(2);
					IndexRows index = found.get(id);
					if (index == null) {
						index = new IndexRows(table, result.getString(2), result.getInt(3) != 0, result.getString(4),
								result.getInt(5) != 0);
						found.put(id, index);
					}
					index.columns.add((result.getInt(6) == -2) ? null : result.getString(7));
					index.descending.add(result.getInt(8) != 0);
					index.collations.add(result.getString(9));
				}
			}
		}
		for (IndexRows index : found.values()) {
			TableParts table = tables.get(index.table);
			if ("u".equals(index.origin)) {
				List<String> columns = index.columns.stream().map(String::valueOf).toList();
				table.uniques.add(new UniqueConstraint(statements.get(index.table).uniqueName(columns), columns));
				continue;
			}
			String written = indexStatements.get(index.name);
			IndexDdl ddl = (written != null) ? parseIndex(index.name, written) : null;
			List<String> columns = new ArrayList<>();
			for (int i = 0; i < index.columns.size(); i++) {
				String column = index.columns.get(i);
				if (column == null) {
					if (ddl == null || ddl.elements().size() <= i) {
						throw new MigrationsException(ErrorCode.UNSUPPORTED_SCHEMA, "Cannot read the expression of"
								+ " index '" + index.name + "' of SQLite table '" + index.table + "'");
					}
					columns.add(ddl.elements().get(i));
				}
				else {
					columns.add(indexColumn(column, index.collations.get(i), index.descending.get(i),
							statements.get(index.table)));
				}
			}
			table.indexes.add(new Index(index.name, columns, index.unique,
					(index.partial && ddl != null) ? ddl.where() : null));
		}
	}

	// A column of an index, with the collation the index gives it where that is not the column's own, and its order.
	private static String indexColumn(String column, @Nullable String collation, boolean descending,
			SqliteTableDdl ddl) {
		ColumnDdl written = ddl.column(column);
		String own = (written != null && written.collation() != null) ? written.collation() : "BINARY";
		String collated = (collation != null && !collation.equalsIgnoreCase(own)) ? column + " COLLATE " + collation
				: column;
		return descending ? collated + " DESC" : collated;
	}

	private static IndexDdl parseIndex(String index, String sql) {
		try {
			return SqliteDdlParser.parseIndex(sql);
		}
		catch (IllegalArgumentException ex) {
			throw new MigrationsException(ErrorCode.UNSUPPORTED_SCHEMA, "Cannot read the statement of SQLite index '"
					+ index + "': " + ex.getMessage() + ". SQLite accepted it, so please report it with the statement;"
					+ " meanwhile change its table with a raw SQL section (dialect=sqlite). The statement is: " + sql,
					ex);
		}
	}

	private static void foreignKeys(Connection connection, String master, String database,
			Map<String, TableParts> tables, Map<String, SqliteTableDdl> statements,
			Map<String, List<String>> primaryKeys) throws SQLException {
		String sql = "SELECT m.name, f.id, f.\"table\", f.\"from\", f.\"to\", f.on_update, f.on_delete FROM " + master
				+ " m JOIN pragma_foreign_key_list(m.name, ?) f WHERE m.type = 'table' ORDER BY m.name, f.id, f.seq";
		Map<String, KeyRows> keys = new LinkedHashMap<>();
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setString(1, database);
			try (ResultSet result = statement.executeQuery()) {
				while (result.next()) {
					String table = result.getString(1);
					if (!tables.containsKey(table)) {
						continue;
					}
					String id = table + "\u0000" + result.getInt(2);
					KeyRows key = keys.get(id);
					if (key == null) {
						key = new KeyRows(table, result.getString(3), result.getString(6), result.getString(7));
						keys.put(id, key);
					}
					key.from.add(result.getString(4));
					key.to.add(result.getString(5));
				}
			}
		}
		for (KeyRows key : keys.values()) {
			List<@Nullable String> to = key.to;
			if (to.contains(null)) {
				// REFERENCES parent without columns: the parent's primary key.
				List<String> parentKey = primaryKeys.entrySet()
					.stream()
					.filter((entry) -> Names.same(entry.getKey(), key.referenced))
					.map(Map.Entry::getValue)
					.findFirst()
					.orElseThrow(() -> SqliteUnsupported.refuse(key.table, "its foreign key to " + key.referenced
							+ " names no columns, and that table has no primary key"));
				to = new ArrayList<>(parentKey);
			}
			tables.get(key.table).foreignKeys.add(new ForeignKey(
					statements.get(key.table).foreignKeyName(key.from, key.referenced), key.from, key.referenced,
					to.stream().map(String::valueOf).toList(), ReferentialAction.fromSql(key.onDelete),
					ReferentialAction.fromSql(key.onUpdate)));
		}
	}

	// The rows of one index, key columns in order; a null column is an expression.
	private static final class IndexRows {

		final String table;

		final String name;

		final boolean unique;

		final String origin;

		final boolean partial;

		final List<@Nullable String> columns = new ArrayList<>();

		final List<Boolean> descending = new ArrayList<>();

		final List<@Nullable String> collations = new ArrayList<>();

		IndexRows(String table, String name, boolean unique, String origin, boolean partial) {
			this.table = table;
			this.name = name;
			this.unique = unique;
			this.origin = origin;
			this.partial = partial;
		}

	}

	// The rows of one foreign key; a null referenced column means the parent's primary key.
	private static final class KeyRows {

		final String table;

		final String referenced;

		final String onUpdate;

		final String onDelete;

		final List<String> from = new ArrayList<>();

		final List<@Nullable String> to = new ArrayList<>();

		KeyRows(String table, String referenced, String onUpdate, String onDelete) {
			this.table = table;
			this.referenced = referenced;
			this.onUpdate = onUpdate;
			this.onDelete = onDelete;
		}

	}

}
