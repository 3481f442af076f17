package dev.migrations.core.schema.inspect;

import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;

/**
 * The error for an SQLite table the schema model cannot represent, so that reading it, and rebuilding it from the
 * model, would lose something.
 */
final class SqliteUnsupported {

	private SqliteUnsupported() {
	}

	/**
	 * Creates the error.
	 * @param table the table
	 * @param what what the table has, such as {@code it is a WITHOUT ROWID table}
	 * @return the error, with {@link ErrorCode#UNSUPPORTED_SCHEMA}
	 */
	static MigrationsException refuse(String table, String what) {
		return new MigrationsException(ErrorCode.UNSUPPORTED_SCHEMA, "Cannot read SQLite table '" + table
				+ "' into the schema model: " + what + ". Portable operations cannot change it without losing that;"
				+ " change this table with a raw SQL section (dialect=sqlite) instead, or recreate it without the"
				+ " feature");
	}

}
