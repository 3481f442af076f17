package dev.migrations.core.schema.operation;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.migrations.core.schema.Column;
import dev.migrations.core.schema.ColumnType;
import dev.migrations.core.schema.Schema;

/**
 * Changes a column's type, nullability, server default or identity; what is {@code null} stays as it is. Reversing a
 * type or default change needs the value before ({@code from}); nullability and identity reverse by themselves. A
 * column that becomes an identity (auto-increment) column becomes {@code NOT NULL} too, as every database makes it,
 * and its values continue after the largest one the table holds.
 *
 * @param table the table name
 * @param column the column name
 * @param type the new type, or {@code null}
 * @param fromType the type before, or {@code null} when not known
 * @param nullable the new nullability, or {@code null}
 * @param setDefault the new default, or {@code null}
 * @param fromDefault the default before, or {@code null} when not known
 * @param identity whether the database generates the column's values from now on, or {@code null}
 */
public record AlterColumn(String table, String column, @Nullable ColumnType type, @Nullable ColumnType fromType,
		@Nullable Boolean nullable, @Nullable Default setDefault, @Nullable Default fromDefault,
		@Nullable Boolean identity) implements Operation {

	/**
	 * Creates the operation.
	 * @param table the table name
	 * @param column the column name
	 * @param type the new type, or {@code null}
	 * @param fromType the type before, or {@code null}
	 * @param nullable the new nullability, or {@code null}
	 * @param setDefault the new default, or {@code null}
	 * @param fromDefault the default before, or {@code null}
	 * @param identity whether the database generates its values from now on, or {@code null}
	 */
	public AlterColumn {
		if (type == null && nullable == null && setDefault == null && identity == null) {
			throw new IllegalArgumentException("'alter column " + table + "." + column + "' changes nothing; say"
					+ " 'type', 'set not null', 'drop not null', 'set default', 'drop default', 'set identity' or"
					+ " 'drop identity'");
		}
	}

	/**
	 * Creates the operation, leaving the identity as it is.
	 * @param table the table name
	 * @param column the column name
	 * @param type the new type, or {@code null}
	 * @param fromType the type before, or {@code null}
	 * @param nullable the new nullability, or {@code null}
	 * @param setDefault the new default, or {@code null}
	 * @param fromDefault the default before, or {@code null}
	 */
	public AlterColumn(String table, String column, @Nullable ColumnType type, @Nullable ColumnType fromType,
			@Nullable Boolean nullable, @Nullable Default setDefault, @Nullable Default fromDefault) {
		this(table, column, type, fromType, nullable, setDefault, fromDefault, null);
	}

	/**
	 * A server default, or its absence.
	 *
	 * @param sql the default as SQL, or {@code null} for none
	 */
	public record Default(@Nullable String sql) {

	}

	@Override
	public Schema apply(Schema schema) {
		return Schemas.change(schema, this.table, (table) -> Schemas.withColumns(table, this::changed, this.column));
	}

	/**
	 * Returns a column as this operation leaves it.
	 * @param column the column before
	 * @return the column after
	 */
	public Column changed(Column column) {
		Column changed = column;
		if (this.type != null) {
			changed = changed.withType(this.type);
		}
		if (this.nullable != null) {
			changed = changed.withNullable(this.nullable);
		}
		if (this.setDefault != null) {
			changed = changed.withDefault(this.setDefault.sql());
		}
		if (this.identity != null) {
			changed = changed.withAutoIncrement(this.identity);
		}
		return changed;
	}

	@Override
	public @Nullable String irreversibleReason() {
		List<String> missing = new ArrayList<>();
		if (this.type != null && this.fromType == null) {
			missing.add("'type " + this.type.sql() + " from <type before>'");
		}
		if (this.setDefault != null && this.fromDefault == null) {
			missing.add("'" + defaultClause(this.setDefault) + " from <default before, or none>'");
		}
		return missing.isEmpty() ? null : "it does not say what the column was; write " + String.join(" and ", missing)
				+ ", or add a downgrade section";
	}

	@Override
	public Operation reverse() {
		if (!reversible()) {
			throw new IrreversibleOperationException(this);
		}
		return new AlterColumn(this.table, this.column, this.fromType, this.type,
				(this.nullable != null) ? !this.nullable : null, this.fromDefault, this.setDefault,
				(this.identity != null) ? !this.identity : null);
	}

	@Override
	public String describe() {
		StringBuilder text = new StringBuilder("alter column ").append(Schemas.name(this.table)).append('.')
			.append(Schemas.name(this.column));
		if (this.type != null) {
			text.append(" type ").append(this.type.sql());
			if (this.fromType != null) {
				text.append(" from ").append(this.fromType.sql());
			}
		}
		if (this.nullable != null) {
			text.append(this.nullable ? " drop not null" : " set not null");
		}
		if (this.setDefault != null) {
			text.append(' ').append(defaultClause(this.setDefault));
			if (this.fromDefault != null) {
				text.append(" from ").append((this.fromDefault.sql() != null) ? this.fromDefault.sql() : "none");
			}
		}
		if (this.identity != null) {
			text.append(this.identity ? " set identity" : " drop identity");
		}
		return text.toString();
	}

	private static String defaultClause(Default value) {
		return (value.sql() != null) ? "set default " + value.sql() : "drop default";
	}

}
