package dev.migrations.core;

import java.net.URL;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;
import dev.migrations.core.runtime.DeclaredSchemaReader;
import dev.migrations.core.schema.ColumnType;
import dev.migrations.core.schema.ImplicitNames;
import dev.migrations.core.schema.Schema;
import dev.migrations.core.schema.SchemaModel;

/**
 * The schema a declared schema file wants ({@code migrations.model=classpath:db/schema.sql}), for applications
 * without JPA: {@code create table} and {@code create index} statements in the portable operations' syntax, the
 * same tables on every dialect, read without a database. A file of its own for a dialect
 * ({@code schema-postgresql.sql} beside {@code schema.sql}) replaces it there. Unnamed keys get the names the
 * database gives them.
 */
public final class DeclaredSchemaModel implements SchemaModel {

	private final String location;

	private final Function<String, @Nullable URL> resolver;

	private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

	/**
	 * Creates a model.
	 * @param location where the declared schema is, such as {@code classpath:db/schema.sql}
	 * @param resolver finds a location's file, or returns {@code null} where there is none
	 */
	public DeclaredSchemaModel(String location, Function<String, @Nullable URL> resolver) {
		this.location = location;
		this.resolver = resolver;
	}

	/**
	 * Names the file that replaces the declared schema on a dialect: {@code schema-postgresql.sql} beside
	 * {@code schema.sql}.
	 * @param location the declared schema's location
	 * @param dialect the dialect name
	 * @return the dialect file's location
	 */
	public static String dialectLocation(String location, String dialect) {
		int slash = location.lastIndexOf('/');
		int dot = location.lastIndexOf('.');
		return (dot > slash) ? location.substring(0, dot) + "-" + dialect + location.substring(dot)
				: location + "-" + dialect;
	}

	@Override
	public Schema schema(String dialect) {
		return this.schemas.computeIfAbsent(dialect.toLowerCase(Locale.ROOT), this::read);
	}

	private Schema read(String dialect) {
		String dialectLocation = dialectLocation(this.location, dialect);
		URL dialectFile = this.resolver.apply(dialectLocation);
		URL file = (dialectFile != null) ? null : this.resolver.apply(this.location);
		Schema declared;
		if (dialectFile != null) {
			declared = DeclaredSchemaReader.read(dialectLocation, dialectFile);
		}
		else if (file != null) {
			declared = DeclaredSchemaReader.read(this.location, file);
		}
		else {
			throw new MigrationsException(ErrorCode.INVALID_CONFIGURATION, "No declared schema for " + dialect
					+ ": neither " + this.location + " nor " + dialectLocation
					+ " exists; create it, or set migrations.model to the file (or to 'none')");
		}
		return ImplicitNames.apply("sqlite".equals(dialect) ? sqliteKeys(declared) : declared, dialect);
	}

	@Override
	public String description() {
		return this.location;
	}

	// SQLite generates only an INTEGER PRIMARY KEY, which an autoincrement column of any integer kind becomes.
	private static Schema sqliteKeys(Schema schema) {
		return schema.withTables(schema.tables()
			.stream()
			.map((table) -> table.withColumns(table.columns()
				.stream()
				.map((column) -> column.autoIncrement() ? column.withType(ColumnType.of(ColumnType.Kind.INTEGER))
						: column)
				.toList()))
			.toList());
	}

}
