package dev.migrations.benchmarks.contestant;

import java.util.Locale;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteDataSource;

/**
 * The databases the benchmarks run on, and the plain, unpooled DataSource every JVM contestant gets.
 */
public enum DatabaseKind {

	/** SQLite, a fresh file per run. */
	SQLITE,

	/** PostgreSQL, a fresh database per run. */
	POSTGRESQL;

	/**
	 * Returns the name used in arguments and reports.
	 * @return {@code sqlite} or {@code postgresql}
	 */
	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Finds a kind by its label.
	 * @param label {@code sqlite} or {@code postgresql}
	 * @return the kind
	 */
	public static DatabaseKind of(String label) {
		return valueOf(label.toUpperCase(Locale.ROOT));
	}

	/**
	 * Creates a DataSource that opens a new connection on every call, as a service without a pool would.
	 * @param url the JDBC URL, user included for PostgreSQL
	 * @return the DataSource
	 */
	public DataSource dataSource(String url) {
		if (this == SQLITE) {
			SQLiteDataSource dataSource = new SQLiteDataSource();
			dataSource.setUrl(url);
			return dataSource;
		}
		PGSimpleDataSource dataSource = new PGSimpleDataSource();
		dataSource.setUrl(url);
		return dataSource;
	}

}
