package dev.migrations.benchmarks.contestant;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import dev.migrations.benchmarks.workload.LimitScript;

/**
 * The limit in a JVM: a raw-JDBC program running the limit script's statements one by one, one transaction per
 * revision; at head it opens the same connection and reads the version row, the least any JVM tool must do.
 */
public final class JdbcContestant implements Contestant {

	@Override
	public void apply(Run run) throws SQLException, java.io.IOException {
		execute(run, run.files().limitUpgrade());
	}

	@Override
	public void atHead(Run run) throws SQLException {
		try (Connection connection = run.dataSource().getConnection();
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT version_num FROM " + LimitScript.VERSION_TABLE)) {
			if (!result.next()) {
				throw new IllegalStateException("No version row in " + LimitScript.VERSION_TABLE);
			}
		}
	}

	@Override
	public void downgrade(Run run) throws SQLException, java.io.IOException {
		execute(run, run.files().limitDowngrade());
	}

	private static void execute(Run run, Path script) throws SQLException, java.io.IOException {
		List<String> lines = Files.readAllLines(script, StandardCharsets.UTF_8);
		try (Connection connection = run.dataSource().getConnection();
				Statement statement = connection.createStatement()) {
			for (String line : lines) {
				if (line.equals(LimitScript.BEGIN)) {
					connection.setAutoCommit(false);
				}
				else if (line.equals(LimitScript.COMMIT)) {
					connection.commit();
					connection.setAutoCommit(true);
				}
				else if (!line.isEmpty()) {
					statement.execute(line.substring(0, line.length() - 1));
				}
			}
		}
	}

}
