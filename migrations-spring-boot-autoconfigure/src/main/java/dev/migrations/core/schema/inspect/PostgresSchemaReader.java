package dev.migrations.core.schema.inspect;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;
import dev.migrations.core.schema.CheckConstraint;
import dev.migrations.core.schema.Column;
import dev.migrations.core.schema.EnumType;
import dev.migrations.core.schema.ForeignKey;
import dev.migrations.core.schema.Index;
import dev.migrations.core.schema.ReferentialAction;
import dev.migrations.core.schema.Schema;
import dev.migrations.core.schema.Sequence;
import dev.migrations.core.schema.UniqueConstraint;

/**
 * Reads a PostgreSQL schema from {@code pg_catalog}, in six queries for the whole schema whatever its size: tables
 * with their comments, columns, constraints, the indexes that back no constraint, the sequences no column owns and
 * the enum types with their labels. Serial and identity columns
 * become auto-increment integers without their sequence default; defaults and checks are normalised by
 * {@link PostgresExpressions}.
 */
final class PostgresSchemaReader implements SchemaReader {

	private static final String TABLES = "SELECT c.oid, c.relname, ds.description FROM pg_class c"
			+ " JOIN pg_namespace n ON n.oid = c.relnamespace LEFT JOIN pg_description ds ON ds.objoid = c.oid"
			+ " AND ds.classoid = 'pg_class'::regclass AND ds.objsubid = 0"
			+ " WHERE n.nspname = ? AND c.relkind IN ('r', 'p') AND NOT c.relispartition";

	// Whether a sequence is owned by the column (deptype 'a'), as serial columns' sequences are, is one hash join.
	private static final String COLUMNS = "SELECT c.oid, a.attnum, a.attname, format_type(a.atttypid, a.atttypmod),"
			+ " a.attnotnull, pg_get_expr(d.adbin, d.adrelid), a.attidentity, a.attgenerated,"
			+ " CASE WHEN a.attcollation <> t.typcollation THEN co.collname END, ds.description,"
			+ " owned.refobjid IS NOT NULL"
			+ " FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
			+ " JOIN pg_type t ON t.oid = a.atttypid LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid"
			+ " AND d.adnum = a.attnum LEFT JOIN pg_collation co ON co.oid = a.attcollation"
			+ " LEFT JOIN pg_description ds ON ds.objoid = c.oid AND ds.classoid = 'pg_class'::regclass"
			+ " AND ds.objsubid = a.attnum"
			+ " LEFT JOIN (SELECT DISTINCT dep.refobjid, dep.refobjsubid FROM pg_depend dep JOIN pg_class s"
			+ " ON s.oid = dep.objid AND s.relkind = 'S' WHERE dep.classid = 'pg_class'::regclass"
			+ " AND dep.refclassid = 'pg_class'::regclass AND dep.deptype = 'a') owned"
			+ " ON owned.refobjid = c.oid AND owned.refobjsubid = a.attnum"
			+ " WHERE n.nspname = ? AND c.relkind IN ('r', 'p') AND NOT c.relispartition AND a.attnum > 0"
			+ " AND NOT a.attisdropped ORDER BY c.oid, a.attnum";

	// Column numbers, not names: the names are known from the columns, which saves a lookup per constraint.
	private static final String CONSTRAINTS = "SELECT con.conrelid, con.conname, con.contype, con.conkey::int2[],"
			+ " con.confrelid, f.relname, con.confkey::int2[], con.confdeltype, con.confupdtype,"
			+ " CASE WHEN con.contype = 'c' THEN pg_get_expr(con.conbin, con.conrelid, true) END"
			+ " FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid"
			+ " JOIN pg_namespace n ON n.oid = c.relnamespace LEFT JOIN pg_class f ON f.oid = con.confrelid"
			+ " WHERE n.nspname = ? AND con.contype IN ('p', 'u', 'f', 'c')";

	// Plain columns by number; only expression columns are deparsed.
	private static final String INDEXES = "SELECT i.indrelid, ic.relname, i.indisunique,"
			+ " pg_get_expr(i.indpred, i.indrelid, true), i.indkey::int2[], i.indoption::int2[], i.indnkeyatts,"
			+ " CASE WHEN i.indexprs IS NOT NULL THEN ARRAY(SELECT pg_get_indexdef(i.indexrelid, k, true)"
			+ " FROM generate_series(1, i.indnkeyatts) k ORDER BY k) END"
			+ " FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_class ic ON ic.oid = i.indexrelid"
			+ " JOIN pg_namespace n ON n.oid = c.relnamespace"
			+ " LEFT JOIN pg_constraint con ON con.conindid = i.indexrelid AND con.conrelid = i.indrelid"
			+ " AND con.contype IN ('p', 'u', 'x')"
			+ " WHERE n.nspname = ? AND c.relkind IN ('r', 'p') AND con.oid IS NULL";

	// The sequences no column owns: serial columns' own theirs (deptype 'a'), identity columns' too ('i').
	private static final String SEQUENCES = "SELECT c.relname, s.seqstart, s.seqincrement FROM pg_sequence s"
			+ " JOIN pg_class c ON c.oid = s.seqrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
			+ " WHERE n.nspname = ? AND NOT EXISTS (SELECT 1 FROM pg_depend dep WHERE dep.classid = 'pg_class'::regclass"
			+ " AND dep.objid = c.oid AND dep.refclassid = 'pg_class'::regclass AND dep.deptype IN ('a', 'i'))";

	// Native enum types, each label in its sort order.
	private static final String ENUMS = "SELECT t.typname, e.enumlabel FROM pg_type t JOIN pg_enum e"
			+ " ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace"
			+ " WHERE n.nspname = ? AND t.typtype = 'e' ORDER BY t.typname, e.enumsortorder";

	@Override
	public Schema read(Connection connection, @Nullable String schema, Predicate<String> included)
			throws SQLException {
		String namespace = (schema != null) ? schema : currentSchema(connection);
		Map<Long, TableParts> tables = new HashMap<>();
		Map<Long, Map<Integer, String>> columnNames = new HashMap<>();
		query(connection, TABLES, namespace, (result) -> {
			String name = result.getString(2);
			if (included.test(name)) {
				TableParts table = new TableParts(name);
				table.comment = result.getString(3);
				tables.put(result.getLong(1), table);
			}
		});
		TypeCache types = new TypeCache();
		query(connection, COLUMNS, namespace, (result) -> {
			long oid = result.getLong(1);
			columnNames.computeIfAbsent(oid, (key) -> new HashMap<>()).put(result.getInt(2), result.getString(3));
			TableParts table = tables.get(oid);
			if (table != null) {
				table.columns.add(column(table.name, result, types));
			}
		});
		List<PendingKey> foreign = new ArrayList<>();
		query(connection, CONSTRAINTS, namespace, (result) -> {
			TableParts table = tables.get(result.getLong(1));
			if (table != null) {
				constraint(table, columnNames.get(result.getLong(1)), result, foreign);
			}
		});
		foreignKeys(connection, foreign, columnNames);
		query(connection, INDEXES, namespace, (result) -> {
			TableParts table = tables.get(result.getLong(1));
			if (table != null) {
				table.indexes.add(index(columnNames.get(result.getLong(1)), result));
			}
		});
		List<Sequence> sequences = new ArrayList<>();
		query(connection, SEQUENCES, namespace, (result) -> {
			if (included.test(result.getString(1))) {
				sequences.add(new Sequence(result.getString(1), result.getLong(2), result.getLong(3)));
			}
		});
		Map<String, List<String>> labels = new LinkedHashMap<>();
		query(connection, ENUMS, namespace,
				(result) -> labels.computeIfAbsent(result.getString(1), (key) -> new ArrayList<>()).add(result.getString(2)));
		return new Schema(tables.values().stream().map(TableParts::toTable).toList(), sequences,
				labels.entrySet().stream().map((type) -> new EnumType(type.getKey(), type.getValue())).toList());
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

	private static Column column(String table, ResultSet result, TypeCache types) throws SQLException {
		String name = result.getString(3);
		String generated = result.getString(8);
		if (generated != null && !generated.isEmpty()) {
			throw new MigrationsException(ErrorCode.UNSUPPORTED_SCHEMA, "Cannot read PostgreSQL table '" + table
					+ "' into the schema model: its column " + name + " is a generated column, which the model does"
					+ " not represent. Change this table with a raw SQL section (dialect=postgresql) instead");
		}
		String identity = result.getString(7);
		String defaultSql = result.getString(6);
		boolean serial = result.getBoolean(11) && PostgresExpressions.isNextval(defaultSql);
		boolean autoIncrement = serial || (identity != null && !identity.isEmpty());
		return new Column(name, types.parse(result.getString(4)), !result.getBoolean(5),
				serial ? null : PostgresExpressions.defaultValue(defaultSql), autoIncrement, result.getString(9),
				result.getString(10));
	}

	// Foreign keys wait for the names of the referenced columns: their table may be outside the schema.
	private static void constraint(TableParts table, Map<Integer, String> names, ResultSet result,
			List<PendingKey> foreign) throws SQLException {
		String name = result.getString(2);
		List<String> columns = names(names, numbers(result.getArray(4)));
		switch (result.getString(3)) {
			case "p" -> {
				table.primaryKeyName = name;
				table.primaryKeyColumns.addAll(columns);
			}
			case "u" -> table.uniques.add(new UniqueConstraint(name, columns));
			case "f" -> foreign.add(new PendingKey(table, name, columns, result.getLong(5), result.getString(6),
					numbers(result.getArray(7)), action(result.getString(8)), action(result.getString(9))));
			default -> table.checks.add(new CheckConstraint(name, PostgresExpressions.condition(result.getString(10))));
		}
	}

	private static void foreignKeys(Connection connection, List<PendingKey> foreign,
			Map<Long, Map<Integer, String>> columnNames) throws SQLException {
		List<Long> outside = foreign.stream()
			.map(PendingKey::referencedOid)
			.filter((oid) -> !columnNames.containsKey(oid))
			.distinct()
			.toList();
		if (!outside.isEmpty()) {
			try (PreparedStatement statement = connection.prepareStatement("SELECT attrelid, attnum, attname"
					+ " FROM pg_attribute WHERE attrelid = ANY (?) AND attnum > 0")) {
				statement.setArray(1, connection.createArrayOf("oid", outside.toArray()));
				try (ResultSet result = statement.executeQuery()) {
					while (result.next()) {
						columnNames.computeIfAbsent(result.getLong(1), (oid) -> new HashMap<>())
							.put(result.getInt(2), result.getString(3));
					}
				}
			}
		}
		for (PendingKey key : foreign) {
			List<String> referenced = names(columnNames.get(key.referencedOid()), key.referencedNumbers());
			key.table().foreignKeys.add(new ForeignKey(key.name(), key.columns(), key.referencedTable(), referenced,
					key.onDelete(), key.onUpdate()));
		}
	}

	private static Index index(Map<Integer, String> names, ResultSet result) throws SQLException {
		List<Integer> keys = numbers(result.getArray(5));
		List<Integer> options = numbers(result.getArray(6));
		int count = result.getInt(7);
		Array expressions = result.getArray(8);
		List<String> deparsed = (expressions != null) ? strings(expressions) : List.of();
		List<String> columns = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String column = (keys.get(i) == 0) ? deparsed.get(i) : names.get(keys.get(i));
			columns.add(((options.get(i) & 1) == 1) ? column + " DESC" : column);
		}
		String where = result.getString(4);
		return new Index(result.getString(2), columns, result.getBoolean(3),
				(where != null) ? PostgresExpressions.condition(where) : null);
	}

	private static List<String> names(Map<Integer, String> names, List<Integer> numbers) {
		return numbers.stream().map(names::get).toList();
	}

	private static List<Integer> numbers(Array array) throws SQLException {
		List<Integer> values = new ArrayList<>();
		for (Object value : (Object[]) array.getArray()) {
			values.add(((Number) value).intValue());
		}
		array.free();
		return values;
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

	private record PendingKey(TableParts table, String name, List<String> columns, long referencedOid,
			String referencedTable, List<Integer> referencedNumbers, ReferentialAction onDelete,
			ReferentialAction onUpdate) {

	}

	@FunctionalInterface
	private interface RowHandler {

		void handle(ResultSet result) throws SQLException;

	}

}
