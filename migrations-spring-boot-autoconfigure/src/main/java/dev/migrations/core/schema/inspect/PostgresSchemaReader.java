package dev.migrations.core.schema.inspect;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;
import dev.migrations.core.schema.CheckConstraint;
import dev.migrations.core.schema.Column;
import dev.migrations.core.schema.ColumnType;
import dev.migrations.core.schema.ForeignKey;
import dev.migrations.core.schema.Index;
import dev.migrations.core.schema.ReferentialAction;
import dev.migrations.core.schema.Schema;
import dev.migrations.core.schema.UniqueConstraint;

/**
 * Reads a PostgreSQL schema from {@code pg_catalog}, in four queries for the whole schema whatever its size: tables
 * with their comments, columns, constraints, and the indexes that back no constraint. Serial and identity columns
 * become auto-increment integers without their sequence default; defaults and checks are normalised by
 * {@link PostgresExpressions}.
 */
final class PostgresSchemaReader implements SchemaReader {

	private static final String TABLES = "SELECT c.relname, obj_description(c.oid, 'pg_class') FROM pg_class c"
			+ " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = ? AND c.relkind IN ('r', 'p')"
			+ " AND NOT c.relispartition ORDER BY c.relname";

	private static final String COLUMNS = "SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod),"
			+ " a.attnotnull, pg_get_expr(d.adbin, d.adrelid), a.attidentity, a.attgenerated,"
			+ " CASE WHEN a.attcollation <> t.typcollation THEN co.collname END, col_description(c.oid, a.attnum),"
			+ " EXISTS (SELECT 1 FROM pg_depend dep JOIN pg_class s ON s.oid = dep.objid AND s.relkind = 'S'"
			+ " WHERE dep.classid = 'pg_class'::regclass AND dep.refobjid = c.oid AND dep.refobjsubid = a.attnum"
			+ " AND dep.deptype = 'a')"
			+ " FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
			+ " JOIN pg_type t ON t.oid = a.atttypid LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid"
			+ " AND d.adnum = a.attnum LEFT JOIN pg_collation co ON co.oid = a.attcollation"
			+ " WHERE n.nspname = ? AND c.relkind IN ('r', 'p') AND NOT c.relispartition AND a.attnum > 0"
			+ " AND NOT a.attisdropped ORDER BY c.relname, a.attnum";

	private static final String CONSTRAINTS = "SELECT c.relname, con.conname, con.contype,"
			+ " ARRAY(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY k(num, ord) JOIN pg_attribute a"
			+ " ON a.attrelid = con.conrelid AND a.attnum = k.num ORDER BY k.ord),"
			+ " f.relname, ARRAY(SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY k(num, ord)"
			+ " JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.num ORDER BY k.ord),"
			+ " con.confdeltype, con.confupdtype, pg_get_expr(con.conbin, con.conrelid, true)"
			+ " FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid"
			+ " JOIN pg_namespace n ON n.oid = c.relnamespace LEFT JOIN pg_class f ON f.oid = con.confrelid"
			+ " WHERE n.nspname = ? AND con.contype IN ('p', 'u', 'f', 'c') ORDER BY c.relname, con.conname";

	private static final String INDEXES = "SELECT c.relname, ic.relname, i.indisunique,"
			+ " pg_get_expr(i.indpred, i.indrelid, true),"
			+ " ARRAY(SELECT pg_get_indexdef(i.indexrelid, k, true) || CASE WHEN i.indoption[k - 1] & 1 = 1"
			+ " THEN ' DESC' ELSE '' END FROM generate_series(1, i.indnkeyatts) k ORDER BY k)"
			+ " FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_class ic ON ic.oid = i.indexrelid"
			+ " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = ? AND NOT EXISTS (SELECT 1"
			+ " FROM pg_constraint con WHERE con.conindid = i.indexrelid AND con.conrelid = i.indrelid"
			+ " AND con.contype IN ('p', 'u', 'x')) ORDER BY c.relname, ic.relname";

	@Override
	public Schema read(Connection connection, @Nullable String schema, Set<String> excludedTables)
			throws SQLException {
		String namespace = (schema != null) ? schema : currentSchema(connection);
		Map<String, TableParts> tables = new LinkedHashMap<>();
		query(connection, TABLES, namespace, (result) -> {
			String name = result.getString(1);
			if (!TableParts.excluded(name, excludedTables)) {
				TableParts table = new TableParts(name);
				table.comment = result.getString(2);
				tables.put(name, table);
			}
		});
		query(connection, COLUMNS, namespace, (result) -> {
			TableParts table = tables.get(result.getString(1));
			if (table != null) {
				table.columns.add(column(table.name, result));
			}
		});
		query(connection, CONSTRAINTS, namespace, (result) -> {
			TableParts table = tables.get(result.getString(1));
			if (table != null) {
				constraint(table, result);
			}
		});
		query(connection, INDEXES, namespace, (result) -> {
			TableParts table = tables.get(result.getString(1));
			if (table != null) {
				table.indexes.add(new Index(result.getString(2), strings(result.getArray(5)), result.getBoolean(3),
						result.getString(4)));
			}
		});
		return new Schema(tables.values().stream().map(TableParts::toTable).toList());
	}

	private static String currentSchema(Connection connection) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("SELECT current_schema()");
				ResultSet result = statement.executeQuery()) {
			String schema = result.next() ? result.getString(1) : null;
			if (schema == null) {
				throw new MigrationsException(ErrorCode.INVALID_CONFIGURATION, "Cannot read the schema: the"
						+ " connection has no current schema (its search_path names none that exists); set the"
						+ " migrations schema, or the connection's currentSchema");
			}
			return schema;
		}
	}

	private static Column column(String table, ResultSet result) throws SQLException {
		String name = result.getString(2);
		String generated = result.getString(7);
		if (generated != null && !generated.isEmpty()) {
			throw new MigrationsException(ErrorCode.UNSUPPORTED_SCHEMA, "Cannot read PostgreSQL table '" + table
					+ "' into the schema model: its column " + name + " is a generated column, which the model does"
					+ " not represent. Change this table with a raw SQL section (dialect=postgresql) instead");
		}
		String identity = result.getString(6);
		String defaultSql = result.getString(5);
		boolean serial = result.getBoolean(10) && PostgresExpressions.isNextval(defaultSql);
		boolean autoIncrement = serial || (identity != null && !identity.isEmpty());
		ColumnType type = ColumnType.parse(result.getString(3));
		return new Column(name, type, !result.getBoolean(4),
				serial ? null : PostgresExpressions.defaultValue(defaultSql), autoIncrement, result.getString(8),
				result.getString(9));
	}

	private static void constraint(TableParts table, ResultSet result) throws SQLException {
		String name = result.getString(2);
		List<String> columns = strings(result.getArray(4));
		switch (result.getString(3)) {
			case "p" -> {
				table.primaryKeyName = name;
				table.primaryKeyColumns.addAll(columns);
			}
			case "u" -> table.uniques.add(new UniqueConstraint(name, columns));
			case "f" -> table.foreignKeys.add(new ForeignKey(name, columns, result.getString(5),
					strings(result.getArray(6)), action(result.getString(7)), action(result.getString(8))));
			default -> table.checks.add(new CheckConstraint(name, PostgresExpressions.unwrap(result.getString(9))));
		}
	}

	private static ReferentialAction action(String code) {
		return switch (code) {
			case "r" -> ReferentialAction.RESTRICT;
			case "c" -> ReferentialAction.CASCADE;
			case "n" -> ReferentialAction.SET_NULL;
			case "d" -> ReferentialAction.SET_DEFAULT;
			default -> ReferentialAction.NO_ACTION;
		};
	}

	private static List<String> strings(Array array) throws SQLException {
		List<String> values = new ArrayList<>();
		for (Object value : (Object[]) array.getArray()) {
			values.add(String.valueOf(value));
		}
		array.free();
		return values;
	}

	private static void query(Connection connection, String sql, String namespace, RowHandler handler)
			throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setString(1, namespace);
			try (ResultSet result = statement.executeQuery()) {
				while (result.next()) {
					handler.handle(result);
				}
			}
		}
	}

	@FunctionalInterface
	private interface RowHandler {

		void handle(ResultSet result) throws SQLException;

	}

}
