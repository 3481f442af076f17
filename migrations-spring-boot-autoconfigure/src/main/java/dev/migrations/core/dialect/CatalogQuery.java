package dev.migrations.core.dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The catalog queries the dialects run to find their tables, each dialect with its own SQL: whether a query returns a
 * row, and the strings of its first column.
 */
final class CatalogQuery {

	private CatalogQuery() {
	}

	static boolean returnsRow(Connection connection, String sql, @Nullable String... parameters) throws SQLException {
		try (PreparedStatement statement = prepare(connection, sql, parameters);
				ResultSet result = statement.executeQuery()) {
			return result.next();
		}
	}

	static List<String> strings(Connection connection, String sql, @Nullable String... parameters)
			throws SQLException {
		try (PreparedStatement statement = prepare(connection, sql, parameters);
				ResultSet result = statement.executeQuery()) {
			return firstColumn(result);
		}
	}

	// A plain statement, for SQL whose values are literals already: the check at head then needs none of the
	// driver's prepared-statement classes.
	static List<String> plainStrings(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
			return firstColumn(result);
		}
	}

	private static List<String> firstColumn(ResultSet result) throws SQLException {
		List<String> values = new ArrayList<>();
		while (result.next()) {
			values.add(result.getString(1));
		}
		return values;
	}

	private static PreparedStatement prepare(Connection connection, String sql, @Nullable String... parameters)
			throws SQLException {
		PreparedStatement statement = connection.prepareStatement(sql);
		for (int i = 0; i < parameters.length; i++) {
			statement.setString(i + 1, parameters[i]);
		}
		return statement;
	}

}
