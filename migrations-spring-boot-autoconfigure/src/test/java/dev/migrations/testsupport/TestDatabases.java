package dev.migrations.testsupport;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Helpers for tests that need more than one database, or the revision fixtures as Spring properties.
 */
public final class TestDatabases {

	private TestDatabases() {
	}

	/**
	 * Creates another fresh database of the same kind.
	 * @param database a database
	 * @return a new, empty database of its dialect
	 */
	public static TestDatabase another(TestDatabase database) {
		return switch (database.dialect()) {
			case "sqlite" -> TestDatabase.sqlite();
			case "h2" -> TestDatabase.h2();
			case "mariadb" -> TestDatabase.mariadb();
			case "mysql" -> TestDatabase.mysql();
			default -> TestDatabase.postgres();
		};
	}

	/**
	 * Returns the location of a revision fixture of this module.
	 * @param fixture the fixture directory under {@code src/test/resources/revisions}
	 * @return a {@code filesystem:} location
	 */
	public static String location(String fixture) {
		return "filesystem:" + Path.of("src/test/resources/revisions", fixture).toAbsolutePath();
	}

	/**
	 * Runs a query and returns the first column of every row.
	 * @param database the database
	 * @param sql the query
	 * @return the values as strings
	 * @throws SQLException on a database error
	 */
	public static List<String> query(TestDatabase database, String sql) throws SQLException {
		try (Connection connection = database.connect(); Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			List<String> values = new ArrayList<>();
			while (result.next()) {
				values.add(result.getString(1));
			}
			return values;
		}
	}

}
