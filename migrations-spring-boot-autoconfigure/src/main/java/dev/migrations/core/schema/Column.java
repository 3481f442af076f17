package dev.migrations.core.schema;

import org.jspecify.annotations.Nullable;

/**
 * A column of a table.
 *
 * @param name the column name
 * @param type the portable type
 * @param nullable whether the column accepts {@code NULL}
 * @param defaultSql the server default as an SQL expression, or {@code null} for none
 * @param autoIncrement whether the database generates its values (identity, serial, AUTOINCREMENT)
 * @param collation the collation name, or {@code null} for the database's default
 * @param comment the comment, or {@code null}
 */
public record Column(String name, ColumnType type, boolean nullable, @Nullable String defaultSql,
		boolean autoIncrement, @Nullable String collation, @Nullable String comment) {

	/**
	 * Creates a plain column: no default, not generated, default collation, no comment.
	 * @param name the column name
	 * @param type the type
	 * @param nullable whether it accepts {@code NULL}
	 * @return the column
	 */
	public static Column of(String name, ColumnType type, boolean nullable) {
		return new Column(name, type, nullable, null, false, null, null);
	}

	/**
	 * Returns this column with another name.
	 * @param newName the name
	 * @return the renamed column
	 */
	public Column withName(String newName) {
		return new Column(newName, this.type, this.nullable, this.defaultSql, this.autoIncrement, this.collation,
				this.comment);
	}

	/**
	 * Returns this column with another type.
	 * @param newType the type
	 * @return the changed column
	 */
	public Column withType(ColumnType newType) {
		return new Column(this.name, newType, this.nullable, this.defaultSql, this.autoIncrement, this.collation,
				this.comment);
	}

	/**
	 * Returns this column with another nullability.
	 * @param newNullable whether it accepts {@code NULL}
	 * @return the changed column
	 */
	public Column withNullable(boolean newNullable) {
		return new Column(this.name, this.type, newNullable, this.defaultSql, this.autoIncrement, this.collation,
				this.comment);
	}

	/**
	 * Returns this column with another server default.
	 * @param newDefault the default as SQL, or {@code null} for none
	 * @return the changed column
	 */
	public Column withDefault(@Nullable String newDefault) {
		return new Column(this.name, this.type, this.nullable, newDefault, this.autoIncrement, this.collation,
				this.comment);
	}

}
