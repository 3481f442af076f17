package dev.migrations.benchmarks.contestant;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import dev.migrations.benchmarks.workload.WorkloadFiles;

/**
 * What one contestant run works on: a database and the workload's files.
 *
 * @param kind the kind of database
 * @param url the JDBC URL of the fresh database
 * @param files the workload in every format
 * @param shared the DataSource every call gets, or {@code null} for a new plain one each time
 */
public record Run(DatabaseKind kind, String url, WorkloadFiles files, @Nullable DataSource shared) {

	/**
	 * Creates a run whose calls each get a new plain DataSource.
	 * @param kind the kind of database
	 * @param url the JDBC URL of the fresh database
	 * @param files the workload in every format
	 */
	public Run(DatabaseKind kind, String url, WorkloadFiles files) {
		this(kind, url, files, null);
	}

	/**
	 * Returns the same run on a DataSource every call gets, such as a pool.
	 * @param dataSource the DataSource; the caller closes it
	 * @return the run
	 */
	public Run on(DataSource dataSource) {
		return new Run(this.kind, this.url, this.files, dataSource);
	}

	/**
	 * Returns the DataSource of this run's database: a new plain one, or the shared one.
	 * @return the DataSource
	 */
	public DataSource dataSource() {
		return (this.shared != null) ? this.shared : this.kind.dataSource(this.url);
	}

}
