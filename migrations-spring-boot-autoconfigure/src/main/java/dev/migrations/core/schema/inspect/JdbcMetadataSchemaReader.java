package dev.migrations.core.schema.inspect;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import dev.migrations.core.schema.Column;
import dev.migrations.core.schema.ColumnType;
import dev.migrations.core.schema.ColumnType.Kind;
import dev.migrations.core.schema.ForeignKey;
import dev.migrations.core.schema.Index;
import dev.migrations.core.schema.Names;
import dev.migrations.core.schema.ReferentialAction;
import dev.migrations.core.schema.Schema;
import dev.migrations.core.schema.UniqueConstraint;

/**
 * Reads any database from JDBC's {@link DatabaseMetaData}, for the dialects that have no reader of their own yet:
 * columns (one call for the schema), and per table the primary key, the foreign keys and the indexes, and on H2,
 * MySQL and MariaDB the checks from their information schemas; the sequences of H2 and MariaDB (whose sequences
 * are tables of type {@code SEQUENCE}, which metadata does not list as tables). Metadata says less than the catalogs: no
 * collations, and a unique constraint shows as the unique index behind it (only SQLite's {@code sqlite_autoindex_}
 * indexes and the ones H2 says it created for a constraint are known to be constraints). The indexes H2 and MySQL create for a
 * foreign key are left out. What the renderers write is read back as the model had it: H2's upper-case names
 * (which unquoted names fold to) in lower case and its unbounded {@code VARCHAR} as {@code TEXT}; MySQL's
 * {@code TINYINT(1)} as {@code BOOLEAN}, the types metadata names only in part as {@link MysqlColumnTypes} reads
 * them, and its {@code PRIMARY} key without a name.
 */
final class JdbcMetadataSchemaReader implements SchemaReader {

	private static final Pattern MYSQL_UNQUOTED = Pattern
		.compile("(?i)-?\\d+(\\.\\d+)?|null|true|false|current_timestamp|current_date|current_time|localtime"
				+ "|localtimestamp|now|b'[01]*'");

	// H2's longest CHARACTER VARYING, which it gives one without a length.
	private static final int H2_MAX_VARCHAR = 1_000_000_000;

	private final String dialect;

	/**
	 * Creates a reader.
	 * @param dialect the dialect's name, for what it reports its own way, or empty for none
	 */
	JdbcMetadataSchemaReader(String dialect) {
		this.dialect = dialect;
	}

	private boolean mysql() {
		return this.dialect.equals("mysql") || this.dialect.equals("mariadb");
	}

	// A name as the model has it: H2's upper-case names, which unquoted lower-case names fold to, in lower case.
	private String name(String name) {
		return (this.dialect.equals("h2") && name.matches("[A-Z_][A-Z0-9_$]*")) ? name.toLowerCase(Locale.ROOT)
				: name;
	}

	private @Nullable String optionalName(@Nullable String name) {
		return (name != null) ? name(name) : null;
	}

	@Override
	public Schema read(Connection connection, @Nullable String schema, Predicate<String> included)
			throws SQLException {
		DatabaseMetaData metaData = connection.getMetaData();
		String catalog = connection.getCatalog();
		String owner = (schema != null) ? schema : connection.getSchema();
		String pattern = (owner != null) ? escape(owner, metaData.getSearchStringEscape()) : null;
		Map<String, TableParts> tables = new LinkedHashMap<>();
		try (ResultSet result = metaData.getTables(catalog, pattern, "%", new String[] { "TABLE" })) {
			while (result.next()) {
				String name = result.getString("TABLE_NAME");
				if (inSchema(result, owner) && included.test(name)
						&& !name.toLowerCase(Locale.ROOT).startsWith("sqlite_")) {
					TableParts table = new TableParts(name(name));
					table.comment = blankToNull(result.getString("REMARKS"));
					tables.put(name, table);
				}
			}
		}
		columns(metaData, catalog, pattern, owner, tables);
		for (Map.Entry<String, TableParts> table : tables.entrySet()) {
			primaryKey(metaData, catalog, owner, table.getKey(), table.getValue());
			foreignKeys(metaData, catalog, owner, table.getKey(), table.getValue());
			indexes(metaData, catalog, owner, table.getKey(), table.getValue());
			JdbcChecks.read(this.dialect, connection, owner, table.getKey(), table.getValue(), this::name);
		}
		return new Schema(tables.values().stream().map(TableParts::toTable).toList(),
				JdbcSequences.read(this.dialect, connection, owner, included, this::name));
	}

	private void columns(DatabaseMetaData metaData, @Nullable String catalog, @Nullable String pattern,
			@Nullable String owner, Map<String, TableParts> tables) throws SQLException {
		Map<String, TreeMap<Integer, Column>> columns = new LinkedHashMap<>();
		MysqlColumnTypes mysqlTypes = mysql() ? MysqlColumnTypes.read(metaData.getConnection(), owner)
				: MysqlColumnTypes.none();
		try (ResultSet result = metaData.getColumns(catalog, pattern, "%", "%")) {
			while (result.next()) {
				String table = result.getString("TABLE_NAME");
				if (!tables.containsKey(table) || !inSchema(result, owner)) {
					continue;
				}
				String typeName = result.getString("TYPE_NAME");
				boolean serial = typeName.equalsIgnoreCase("serial") || typeName.equalsIgnoreCase("bigserial");
				boolean autoIncrement = serial || "YES".equalsIgnoreCase(result.getString("IS_AUTOINCREMENT"));
				String defaultSql = result.getString("COLUMN_DEF");
				if (autoIncrement && PostgresExpressions.isNextval(defaultSql)) {
					defaultSql = null;
				}
				String columnName = result.getString("COLUMN_NAME");
				ColumnType fullType = mysqlTypes.type(table, columnName);
				Column column = new Column(name(columnName), (fullType != null) ? fullType
						: type(typeName, result.getInt("COLUMN_SIZE"), result.getInt("DECIMAL_DIGITS")),
						result.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls,
						defaultValue(mysqlDefault(defaultSql)), autoIncrement, null,
						blankToNull(result.getString("REMARKS")));
				columns.computeIfAbsent(table, (key) -> new TreeMap<>())
					.put(result.getInt("ORDINAL_POSITION"), column);
			}
		}
		columns.forEach((table, byPosition) -> tables.get(table).columns.addAll(byPosition.values()));
	}

	// PostgreSQL's literal casts removed, and the boolean literals in the case PostgreSQL deparses them (H2 says TRUE).
	// MySQL 8 reports a string default without its quotes ('Madison' as Madison), where MariaDB keeps them: quoted
	// again, so that MODIFY COLUMN restates it as SQL. Numbers, NULL and expressions stay as they are.
	private @Nullable String mysqlDefault(@Nullable String sql) {
		if (!this.dialect.equals("mysql") || sql == null || sql.startsWith("'") || sql.contains("(")
				|| MYSQL_UNQUOTED.matcher(sql.strip()).matches()) {
			return sql;
		}
		return "'" + sql.replace("'", "''") + "'";
	}

	// MariaDB reports a column without a default as having the default NULL.
	private static @Nullable String defaultValue(@Nullable String sql) {
		String value = PostgresExpressions.defaultValue(sql);
		if (value != null && value.strip().equalsIgnoreCase("null")) {
			return null;
		}
		return (value != null && (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")))
				? value.toLowerCase(Locale.ROOT) : value;
	}

	// The type from its name and the size and digits metadata gives separately.
	private ColumnType type(String typeName, int size, int digits) {
		String name = typeName.toLowerCase(Locale.ROOT);
		if (name.equals("serial")) {
			return ColumnType.of(Kind.INTEGER);
		}
		if (name.equals("bigserial")) {
			return ColumnType.of(Kind.BIGINT);
		}
		ColumnType type = ColumnType.parse(typeName);
		if (mysql() && name.equals("tinyint") && size == 1) {
			return ColumnType.of(Kind.BOOLEAN);
		}
		if (this.dialect.equals("h2") && type.kind() == Kind.VARCHAR && size == H2_MAX_VARCHAR) {
			return ColumnType.of(Kind.TEXT);
		}
		if (type.length() != null || size <= 0) {
			return type;
		}
		return switch (type.kind()) {
			case CHAR, VARCHAR -> new ColumnType(type.kind(), size, null, null);
			case BINARY -> (mysql() && name.equals("varbinary")) ? new ColumnType(Kind.BINARY, size, null, null) : type;
			case DECIMAL -> ColumnType.decimal(size, Math.max(digits, 0));
			default -> type;
		};
	}

	private void primaryKey(DatabaseMetaData metaData, @Nullable String catalog, @Nullable String owner,
			String raw, TableParts table) throws SQLException {
		TreeMap<Integer, String> columns = new TreeMap<>();
		try (ResultSet result = metaData.getPrimaryKeys(catalog, owner, raw)) {
			while (result.next()) {
				columns.put(result.getInt("KEY_SEQ"), name(result.getString("COLUMN_NAME")));
				String keyName = blankToNull(result.getString("PK_NAME"));
				table.primaryKeyName = (mysql() && "PRIMARY".equals(keyName)) ? null : optionalName(keyName);
			}
		}
		table.primaryKeyColumns.addAll(columns.values());
		// A generated key is never NULL, whatever metadata says (SQLite reports its rowid alias as nullable).
		table.columns.replaceAll((column) -> (column.autoIncrement() && columns.containsValue(column.name()))
				? column.withNullable(false) : column);
	}

	private void foreignKeys(DatabaseMetaData metaData, @Nullable String catalog, @Nullable String owner,
			String raw, TableParts table) throws SQLException {
		List<KeyRows> keys = new ArrayList<>();
		try (ResultSet result = metaData.getImportedKeys(catalog, owner, raw)) {
			KeyRows current = null;
			while (result.next()) {
				String name = optionalName(blankToNull(result.getString("FK_NAME")));
				String referenced = name(result.getString("PKTABLE_NAME"));
				if (current == null || result.getInt("KEY_SEQ") <= 1 || !Names.same(current.referenced, referenced)) {
					current = new KeyRows(name, referenced, result.getShort("DELETE_RULE"),
							result.getShort("UPDATE_RULE"));
					keys.add(current);
				}
				current.from.add(name(result.getString("FKCOLUMN_NAME")));
				current.to.add(name(result.getString("PKCOLUMN_NAME")));
			}
		}
		for (KeyRows key : keys) {
			table.foreignKeys.add(new ForeignKey(key.name, key.from, key.referenced, key.to, action(key.onDelete),
					action(key.onUpdate)));
		}
	}

	private void indexes(DatabaseMetaData metaData, @Nullable String catalog, @Nullable String owner,
			String raw, TableParts table) throws SQLException {
		Map<String, IndexRows> indexes = new LinkedHashMap<>();
		try (ResultSet result = metaData.getIndexInfo(catalog, owner, raw, false, false)) {
			while (result.next()) {
				String rawName = result.getString("INDEX_NAME");
				if (rawName == null || result.getShort("TYPE") == DatabaseMetaData.tableIndexStatistic) {
					continue;
				}
				String name = name(rawName);
				IndexRows index = indexes.get(name);
				if (index == null) {
					index = new IndexRows(!result.getBoolean("NON_UNIQUE"), blankToNull(result.getString("FILTER_CONDITION")));
					indexes.put(name, index);
				}
				String column = name(result.getString("COLUMN_NAME"));
				index.columns.put((int) result.getShort("ORDINAL_POSITION"),
						"D".equals(result.getString("ASC_OR_DESC")) ? column + " DESC" : column);
			}
		}
		Map<String, String[]> constraints = this.dialect.equals("h2")
				? h2Constraints(metaData.getConnection(), owner, raw) : Map.of();
		indexes.forEach((name, index) -> {
			List<String> columns = List.copyOf(index.columns.values());
			String[] constraint = constraints.get(Names.key(name));
			if (constraint != null) {
				if (constraint[1].equals("UNIQUE")) {
					table.uniques.add(new UniqueConstraint(constraint[0], columns));
				}
				return;
			}
			boolean primaryKey = index.unique && (Names.same(name, String.valueOf(table.primaryKeyName))
					|| sameColumns(columns, table.primaryKeyColumns));
			if (primaryKey || backsForeignKey(name, columns, index.unique, table)) {
				return;
			}
			if (name.toLowerCase(Locale.ROOT).startsWith("sqlite_autoindex_")) {
				table.uniques.add(new UniqueConstraint(null, columns));
			}
			else {
				table.indexes.add(new Index(name, columns, index.unique, index.where));
			}
		});
	}

	// H2 says which indexes it created itself, for a constraint (a primary key, a unique constraint, a foreign key,
	// though a key may also take over an index created by hand): by index name, the constraint's name as the model
	// has it and its type.
	private Map<String, String[]> h2Constraints(Connection connection, @Nullable String owner, String table)
			throws SQLException {
		Map<String, String[]> constraints = new LinkedHashMap<>();
		try (PreparedStatement statement = connection.prepareStatement("SELECT i.INDEX_NAME, c.CONSTRAINT_NAME,"
				+ " c.CONSTRAINT_TYPE FROM INFORMATION_SCHEMA.INDEXES i LEFT JOIN INFORMATION_SCHEMA.TABLE_CONSTRAINTS c"
				+ " ON c.TABLE_SCHEMA = i.TABLE_SCHEMA AND c.TABLE_NAME = i.TABLE_NAME AND c.INDEX_NAME = i.INDEX_NAME"
				+ " WHERE i.TABLE_SCHEMA = COALESCE(?, CURRENT_SCHEMA) AND i.TABLE_NAME = ? AND i.IS_GENERATED")) {
			statement.setString(1, owner);
			statement.setString(2, table);
			try (ResultSet result = statement.executeQuery()) {
				while (result.next()) {
					String constraint = result.getString(2);
					constraints.put(Names.key(name(result.getString(1))), new String[] {
							(constraint != null) ? name(constraint) : "", String.valueOf(result.getString(3)) });
				}
			}
		}
		return constraints;
	}

	// H2 and MySQL index a foreign key's columns themselves, naming the index after the constraint (H2 adds a
	// suffix), or, on MySQL for a key without a name, after its first column.
	private boolean backsForeignKey(String name, List<String> columns, boolean unique, TableParts table) {
		return !unique && table.foreignKeys.stream()
			.anyMatch((key) -> sameColumns(columns, key.columns()) && ((key.name() != null
					&& Names.key(name).startsWith(Names.key(key.name())))
					|| (mysql() && Names.key(name).matches(Pattern.quote(Names.key(key.columns().get(0)))
							+ "(_\\d+)?"))));
	}

	private static boolean sameColumns(List<String> first, List<String> second) {
		return first.size() == second.size()
				&& first.stream().map(Names::key).toList().equals(second.stream().map(Names::key).toList());
	}

	private static ReferentialAction action(short rule) {
		return switch (rule) {
			case DatabaseMetaData.importedKeyCascade -> ReferentialAction.CASCADE;
			case DatabaseMetaData.importedKeySetNull -> ReferentialAction.SET_NULL;
			case DatabaseMetaData.importedKeySetDefault -> ReferentialAction.SET_DEFAULT;
			case DatabaseMetaData.importedKeyRestrict -> ReferentialAction.RESTRICT;
			default -> ReferentialAction.NO_ACTION;
		};
	}

	private static boolean inSchema(ResultSet result, @Nullable String owner) throws SQLException {
		String schema = result.getString("TABLE_SCHEM");
		return owner == null || schema == null || schema.equals(owner);
	}

	private static String escape(String name, @Nullable String escape) {
		if (escape == null || escape.isEmpty()) {
			return name;
		}
		return name.replace(escape, escape + escape).replace("_", escape + "_").replace("%", escape + "%");
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	// The rows of one foreign key, in key order.
	private static final class KeyRows {

		final @Nullable String name;

		final String referenced;

		final short onDelete;

		final short onUpdate;

		final List<String> from = new ArrayList<>();

		final List<String> to = new ArrayList<>();

		KeyRows(@Nullable String name, String referenced, short onDelete, short onUpdate) {
			this.name = name;
			this.referenced = referenced;
			this.onDelete = onDelete;
			this.onUpdate = onUpdate;
		}

	}

	// The rows of one index, by position.
	private static final class IndexRows {

		final boolean unique;

		final @Nullable String where;

		final TreeMap<Integer, String> columns = new TreeMap<>();

		IndexRows(boolean unique, @Nullable String where) {
			this.unique = unique;
			this.where = where;
		}

	}

}
