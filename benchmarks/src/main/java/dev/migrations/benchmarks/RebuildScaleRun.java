package dev.migrations.benchmarks;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import dev.migrations.benchmarks.contestant.DatabaseKind;
import dev.migrations.core.Migrations;

/**
 * The rebuild program, run in a fresh JVM: either upgrades the portable revision through the facade, or runs the
 * same rebuild by hand over JDBC, timed from {@code main()}; then checks that every row is there, with the new type.
 * Prints {@code RESULT <ns>}.
 * <p>
 * Arguments: {@code ours}, {@code engine} (the revisions given only run {@code SELECT 1}) or {@code hand}, the
 * SQLite JDBC URL, the revisions location, the number of rows.
 */
public final class RebuildScaleRun {

	/** The table, with {@code %s} for its name and {@code %n} for the length of {@code name}. */
	static final String TABLE = "CREATE TABLE \"%s\" (\"id\" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,"
			+ " \"name\" VARCHAR(%n) NOT NULL, \"amount\" DECIMAL(10,2), \"created\" DATE)";

	private RebuildScaleRun() {
	}

	public static void main(String[] args) throws SQLException {
		long start = System.nanoTime();
		DataSource dataSource = DatabaseKind.of("sqlite").dataSource(args[1]);
		if (!args[0].equals("hand")) {
			Migrations.builder(dataSource).locations(List.of(args[2])).build().upgrade("heads");
		}
		else {
			byHand(dataSource);
		}
		long nanos = System.nanoTime() - start;
		check(dataSource, Integer.parseInt(args[3]), args[0].equals("engine") ? "VARCHAR(80)" : "VARCHAR(200)");
		System.out.println(ColdRun.RESULT + " " + nanos);
	}

	private static void byHand(DataSource dataSource) throws SQLException {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			connection.setAutoCommit(false);
			statement.execute(TABLE.replace("%s", "big_new").replace("%n", "200"));
			statement.execute("INSERT INTO big_new (id, name, amount, created)"
					+ " SELECT id, name, amount, created FROM big");
			statement.execute("DROP TABLE big");
			statement.execute("ALTER TABLE big_new RENAME TO big");
			statement.execute("CREATE INDEX ix_big_name ON big (name)");
			connection.commit();
		}
	}

	private static void check(DataSource dataSource, int rows, String type) throws SQLException {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			try (ResultSet result = statement.executeQuery("SELECT COUNT(*), COUNT(DISTINCT name) FROM big")) {
				result.next();
				if (result.getInt(1) != rows || result.getInt(2) != rows) {
					throw new IllegalStateException("Found " + result.getInt(1) + " rows, expected " + rows);
				}
			}
			try (ResultSet result = statement.executeQuery("SELECT sql FROM sqlite_master WHERE name = 'big'")) {
				result.next();
				if (!result.getString(1).contains(type)) {
					throw new IllegalStateException("Expected " + type + " in " + result.getString(1));
				}
			}
		}
	}

}
