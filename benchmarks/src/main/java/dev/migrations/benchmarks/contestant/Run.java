package dev.migrations.benchmarks.contestant;

import javax.sql.DataSource;

import dev.migrations.benchmarks.workload.WorkloadFiles;

/**
 * What one contestant run works on: a database and the workload's files.
 *
 * @param kind the kind of database
 * @param url the JDBC URL of the fresh database
 * @param files the workload in every format
 */
public record Run(DatabaseKind kind, String url, WorkloadFiles files) {

	/**
	 * Creates the plain DataSource of this run's database.
	 * @return a new DataSource
	 */
	public DataSource dataSource() {
		return this.kind.dataSource(this.url);
	}

}
