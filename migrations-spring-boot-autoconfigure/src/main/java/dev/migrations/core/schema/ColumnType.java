package dev.migrations.core.schema;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A column type that every dialect can render: a kind with an optional length (or precision) and scale. A type the
 * model has no portable kind for is kept as {@link Kind#NATIVE} with its SQL, and renders unchanged.
 *
 * @param kind the kind
 * @param length the length of a character or binary type, or the precision of a decimal, or {@code null}
 * @param scale the scale of a decimal, or {@code null}
 * @param nativeSql the SQL of a {@link Kind#NATIVE} type, {@code null} otherwise
 */
public record ColumnType(Kind kind, @Nullable Integer length, @Nullable Integer scale, @Nullable String nativeSql) {

	private static final Pattern TYPE = Pattern
		.compile("\\s*([a-z][a-z0-9_]*(?:\\s+[a-z][a-z0-9_]*)*)\\s*(?:\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\))?"
				+ "((?:\\s+[a-z]+)*)\\s*");

	/**
	 * The portable kinds of column types.
	 */
	public enum Kind {

		/** {@code BOOLEAN}. */
		BOOLEAN,
		/** A 16-bit integer. */
		SMALLINT,
		/** A 32-bit integer. */
		INTEGER,
		/** A 64-bit integer. */
		BIGINT,
		/** An exact number with precision and scale. */
		DECIMAL,
		/** A single-precision float. */
		REAL,
		/** A double-precision float. */
		DOUBLE,
		/** A fixed-length string. */
		CHAR,
		/** A string of at most {@code length} characters. */
		VARCHAR,
		/** A string without a length limit. */
		TEXT,
		/** A date. */
		DATE,
		/** A time of day. */
		TIME,
		/** A date and time without a time zone. */
		TIMESTAMP,
		/** A point in time, stored with a time zone. */
		TIMESTAMP_WITH_TIME_ZONE,
		/** Bytes. */
		BINARY,
		/** A UUID. */
		UUID,
		/** JSON text. */
		JSON,
		/** A database-specific type, rendered as written. */
		NATIVE

	}

	/**
	 * Creates a type of a kind without length or scale.
	 * @param kind the kind, not {@link Kind#NATIVE}
	 * @return the type
	 */
	public static ColumnType of(Kind kind) {
		return new ColumnType(kind, null, null, null);
	}

	/**
	 * Creates a {@code VARCHAR} of a length.
	 * @param length the maximum number of characters
	 * @return the type
	 */
	public static ColumnType varchar(int length) {
		return new ColumnType(Kind.VARCHAR, length, null, null);
	}

	/**
	 * Creates a {@code DECIMAL} of a precision and scale.
	 * @param precision the number of digits
	 * @param scale the digits after the point
	 * @return the type
	 */
	public static ColumnType decimal(int precision, int scale) {
		return new ColumnType(Kind.DECIMAL, precision, scale, null);
	}

	/**
	 * Creates a database-specific type kept as written.
	 * @param sql the type's SQL
	 * @return the type
	 */
	public static ColumnType nativeType(String sql) {
		return new ColumnType(Kind.NATIVE, null, null, sql.trim());
	}

	/**
	 * Reads a type as SQL writes it in any of the supported databases ({@code int4}, {@code character varying(80)},
	 * {@code timestamptz}, {@code numeric(10,2)}...). A type name it does not know becomes {@link Kind#NATIVE}.
	 * @param sql the type's SQL
	 * @return the type
	 */
	public static ColumnType parse(String sql) {
		Matcher matcher = TYPE.matcher(sql.toLowerCase(Locale.ROOT));
		if (!matcher.matches()) {
			return nativeType(sql);
		}
		String name = (matcher.group(1) + " " + matcher.group(4)).trim().replaceAll("\\s+", " ");
		Integer length = (matcher.group(2) != null) ? Integer.valueOf(matcher.group(2)) : null;
		Integer scale = (matcher.group(3) != null) ? Integer.valueOf(matcher.group(3)) : null;
		Kind kind = kindOf(name);
		if ("float".equals(name) && length != null && scale == null) {
			// float(p): single precision up to 24 binary digits, double precision above, as the databases read it
			return of((length <= 24) ? Kind.REAL : Kind.DOUBLE);
		}
		if (kind == null || (length != null && !takesLength(kind))) {
			return nativeType(sql);
		}
		return new ColumnType(kind, length, scale, null);
	}

	private static @Nullable Kind kindOf(String name) {
		return switch (name) {
			case "boolean", "bool", "bit" -> Kind.BOOLEAN;
			case "smallint", "int2", "tinyint" -> Kind.SMALLINT;
			case "integer", "int", "int4", "mediumint" -> Kind.INTEGER;
			case "bigint", "int8" -> Kind.BIGINT;
			case "decimal", "numeric", "dec" -> Kind.DECIMAL;
			case "real", "float4", "float" -> Kind.REAL;
			case "double", "double precision", "float8" -> Kind.DOUBLE;
			case "char", "character", "bpchar", "nchar" -> Kind.CHAR;
			case "varchar", "character varying", "nvarchar", "varchar2" -> Kind.VARCHAR;
			case "text", "clob", "longtext", "mediumtext", "character large object" -> Kind.TEXT;
			case "date" -> Kind.DATE;
			case "time", "time without time zone" -> Kind.TIME;
			case "timestamp", "timestamp without time zone", "datetime" -> Kind.TIMESTAMP;
			case "timestamptz", "timestamp with time zone" -> Kind.TIMESTAMP_WITH_TIME_ZONE;
			case "bytea", "blob", "binary", "varbinary", "binary large object", "longblob", "binary varying" ->
				Kind.BINARY;
			case "uuid" -> Kind.UUID;
			case "json", "jsonb" -> Kind.JSON;
			default -> null;
		};
	}

	private static boolean takesLength(Kind kind) {
		return switch (kind) {
			case CHAR, VARCHAR, DECIMAL, BINARY, TIME, TIMESTAMP, TIMESTAMP_WITH_TIME_ZONE -> true;
			default -> false;
		};
	}

	/**
	 * Returns the type as portable SQL: the kind's standard name with its length and scale, or the native SQL.
	 * @return the SQL, such as {@code VARCHAR(80)}
	 */
	public String sql() {
		if (this.kind == Kind.NATIVE) {
			return (this.nativeSql != null) ? this.nativeSql : "";
		}
		String name = switch (this.kind) {
			case TIMESTAMP_WITH_TIME_ZONE -> "TIMESTAMP WITH TIME ZONE";
			case DOUBLE -> "DOUBLE PRECISION";
			default -> this.kind.name();
		};
		if (this.length == null) {
			return name;
		}
		String arguments = (this.scale != null) ? this.length + "," + this.scale : String.valueOf(this.length);
		return (this.kind == Kind.TIMESTAMP_WITH_TIME_ZONE) ? "TIMESTAMP(" + arguments + ") WITH TIME ZONE"
				: name + "(" + arguments + ")";
	}

}
