package dev.migrations.core.runtime;

import java.net.URL;

import dev.migrations.core.dialect.Dialects;
import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;
import dev.migrations.core.schema.Schema;
import dev.migrations.core.schema.operation.ExecuteSql;
import dev.migrations.core.script.LocatedOperation;
import dev.migrations.core.script.OperationsParser;
import dev.migrations.core.script.ScriptResource;

/**
 * Reads a declared schema: a file of {@code create table} and {@code create index} statements (and {@code add
 * unique}, {@code add foreign key}, {@code add check}, {@code create sequence}, {@code create type ... as enum}) in the
 * syntax of portable operations, applied in order to an empty schema. No database is needed, and the same file means
 * the same tables on every dialect. Every error names the file and line.
 */
public final class DeclaredSchemaReader {

	private DeclaredSchemaReader() {
	}

	/**
	 * Reads a declared schema file.
	 * @param description where it is, for messages, such as {@code classpath:db/schema.sql}
	 * @param url how to read it
	 * @return the tables it declares
	 * @throws MigrationsException with {@link ErrorCode#INVALID_REVISION_FILE} naming the file and line of a
	 * statement it cannot read or apply, or {@link ErrorCode#UNREADABLE_LOCATION}
	 */
	public static Schema read(String description, URL url) {
		String fileName = description.substring(description.lastIndexOf('/') + 1);
		ScriptResource resource = new ScriptResource(fileName, description, url);
		Schema schema = Schema.empty();
		for (LocatedOperation located : OperationsParser.parse(resource, resource.read(), 1, Dialects.names())) {
			if (located.operation() instanceof ExecuteSql) {
				throw invalid(description, located, "a declared schema is the wanted tables, not SQL to run;"
						+ " write 'create table' and 'create index' statements, or keep the SQL in a revision");
			}
			try {
				schema = located.operation().apply(schema);
			}
			catch (IllegalArgumentException ex) {
				throw invalid(description, located, ex.getMessage());
			}
		}
		return schema;
	}

	private static MigrationsException invalid(String description, LocatedOperation located, String problem) {
		return new MigrationsException(ErrorCode.INVALID_REVISION_FILE, description + ":" + located.line() + ": '"
				+ located.operation().describe() + "': " + problem);
	}

}
