package dev.migrations.core.schema.inspect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import dev.migrations.core.schema.CheckConstraint;
import dev.migrations.core.schema.ColumnType;
import dev.migrations.core.schema.ColumnType.Kind;
import dev.migrations.core.schema.Names;

/**
 * The check constraints of the databases read through JDBC metadata, which has none: H2's, MySQL's and MariaDB's
 * from their information schemas.
 */
final class JdbcChecks {

	private static final Pattern H2_QUOTED_NAME = Pattern.compile("\"([A-Z_][A-Z0-9_$]*)\"");

	private JdbcChecks() {
	}

	// Metadata has no checks: H2's, MySQL's and MariaDB's are in their information schemas.
	static void read(String dialect, Connection connection, @Nullable String owner, String raw, TableParts table,
			UnaryOperator<String> names) throws SQLException {
		String sql = switch (dialect) {
			case "h2" -> "SELECT c.CONSTRAINT_NAME, c.CHECK_CLAUSE FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS t JOIN"
					+ " INFORMATION_SCHEMA.CHECK_CONSTRAINTS c ON c.CONSTRAINT_SCHEMA = t.CONSTRAINT_SCHEMA"
					+ " AND c.CONSTRAINT_NAME = t.CONSTRAINT_NAME WHERE t.TABLE_SCHEMA = COALESCE(?, CURRENT_SCHEMA)"
					+ " AND t.TABLE_NAME = ? AND t.CONSTRAINT_TYPE = 'CHECK' ORDER BY 1";
			// MariaDB names checks per table, MySQL per schema.
			case "mariadb" -> "SELECT CONSTRAINT_NAME, CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS"
					+ " WHERE CONSTRAINT_SCHEMA = COALESCE(?, DATABASE()) AND TABLE_NAME = ? ORDER BY 1";
			case "mysql" -> "SELECT c.CONSTRAINT_NAME, c.CHECK_CLAUSE FROM information_schema.TABLE_CONSTRAINTS t"
					+ " JOIN information_schema.CHECK_CONSTRAINTS c ON c.CONSTRAINT_SCHEMA = t.CONSTRAINT_SCHEMA"
					+ " AND c.CONSTRAINT_NAME = t.CONSTRAINT_NAME WHERE t.TABLE_SCHEMA = COALESCE(?, DATABASE())"
					+ " AND t.TABLE_NAME = ? AND t.CONSTRAINT_TYPE = 'CHECK' ORDER BY 1";
			default -> null;
		};
		if (sql == null) {
			return;
		}
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setString(1, owner);
			statement.setString(2, raw);
			try (ResultSet result = statement.executeQuery()) {
				while (result.next()) {
					String name = names.apply(result.getString(1));
					String clause = checkClause(dialect, result.getString(2));
					if (!jsonColumn(dialect, table, name, clause)) {
						table.checks.add(new CheckConstraint(name, clause));
					}
				}
			}
		}
	}

	// H2 writes its upper-case names quoted: "LAST_NAME" is last_name, as written.
	private static String checkClause(String dialect, String clause) {
		return dialect.equals("h2") ? H2_QUOTED_NAME.matcher(clause)
			.replaceAll((match) -> match.group(1).toLowerCase(Locale.ROOT)) : clause;
	}

	// MariaDB's JSON is LONGTEXT with a check json_valid(column) named after the column: read as a JSON column.
	private static boolean jsonColumn(String dialect, TableParts table, String name, String clause) {
		if (!dialect.equals("mariadb") || !Names.key(clause.replace("`", "").replaceAll("\\s+", ""))
			.equals("json_valid(" + Names.key(name) + ")")) {
			return false;
		}
		table.columns.replaceAll((column) -> Names.same(column.name(), name) ? column.withType(ColumnType.of(Kind.JSON))
				: column);
		return true;
	}

}
