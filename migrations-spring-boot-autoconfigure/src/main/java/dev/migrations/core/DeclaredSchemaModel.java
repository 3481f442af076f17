package dev.migrations.core;

import java.net.URL;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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

	private final @Nullable URL file;

	private final Map<String, DialectFile> dialectFiles;

	private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

	/**
	 * A declared schema file of one dialect.
	 *
	 * @param location where it is, for messages
	 * @param url how to read it
	 */
	public record DialectFile(String location, URL url) {

	}

	/**
	 * Creates a model.
	 * @param location where the declared schema is, for messages, such as {@code classpath:db/schema.sql}
	 * @param file how to read it, or {@code null} where only dialect files exist
	 * @param dialectFiles the files that replace it for a dialect, by dialect name
	 */
	public DeclaredSchemaModel(String location, @Nullable URL file, Map<String, DialectFile> dialectFiles) {
		this.location = location;
		this.file = file;
		this.dialectFiles = Map.copyOf(dialectFiles);
	}

	@Override
	public Schema schema(String dialect) {
		return this.schemas.computeIfAbsent(dialect.toLowerCase(Locale.ROOT), this::read);
	}

	private Schema read(String dialect) {
		DialectFile dialectFile = this.dialectFiles.get(dialect);
		Schema declared;
		if (dialectFile != null) {
			declared = DeclaredSchemaReader.read(dialectFile.location(), dialectFile.url());
		}
		else if (this.file != null) {
			declared = DeclaredSchemaReader.read(this.location, this.file);
		}
		else {
			throw new MigrationsException(ErrorCode.INVALID_CONFIGURATION, "No declared schema for " + dialect
					+ ": " + this.location + " does not exist, nor one for " + dialect
					+ "; create it, or set migrations.model to the file");
		}
		return ImplicitNames.apply("sqlite".equals(dialect) ? sqliteKeys(declared) : declared, dialect);
	}

	// SQLite generates only an INTEGER PRIMARY KEY, which an autoincrement column of any integer kind becomes.
	private static Schema sqliteKeys(Schema schema) {
		return new Schema(schema.tables()
			.stream()
			.map((table) -> table.withColumns(table.columns()
				.stream()
				.map((column) -> column.autoIncrement() ? column.withType(ColumnType.of(ColumnType.Kind.INTEGER))
						: column)
				.toList()))
			.toList());
	}

	@Override
	public String description() {
		return this.location;
	}

}
