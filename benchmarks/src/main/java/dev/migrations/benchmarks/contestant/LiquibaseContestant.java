package dev.migrations.benchmarks.contestant;

import java.sql.Connection;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;

import dev.migrations.benchmarks.workload.LiquibaseChangelog;

/**
 * Liquibase's {@code update} and {@code rollback} (by count, down to the first changeset) of a formatted SQL
 * changelog. Its analytics, which would call out to the network, are switched off.
 */
public final class LiquibaseContestant implements Contestant {

	static {
		if (System.getProperty("liquibase.analytics.enabled") == null) {
			System.setProperty("liquibase.analytics.enabled", "false");
		}
	}

	@Override
	public void apply(Run run) throws Exception {
		update(run);
	}

	@Override
	public void atHead(Run run) throws Exception {
		update(run);
	}

	@Override
	public void downgrade(Run run) throws Exception {
		try (Connection connection = run.dataSource().getConnection();
				DirectoryResourceAccessor resources = new DirectoryResourceAccessor(run.files().liquibase())) {
			liquibase(connection, resources).rollback(run.files().workload().size(), (String) null);
		}
	}

	private static void update(Run run) throws Exception {
		try (Connection connection = run.dataSource().getConnection();
				DirectoryResourceAccessor resources = new DirectoryResourceAccessor(run.files().liquibase())) {
			liquibase(connection, resources).update(new Contexts(), new LabelExpression());
		}
	}

	private static Liquibase liquibase(Connection connection, DirectoryResourceAccessor resources)
			throws Exception {
		Database database = DatabaseFactory.getInstance()
			.findCorrectDatabaseImplementation(new JdbcConnection(connection));
		return new Liquibase(LiquibaseChangelog.FILE_NAME, resources, database);
	}

}
