package dev.migrations.core.schema.operation;

import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import dev.migrations.core.schema.Schema;

/**
 * Runs SQL the operations cannot express: one text for every dialect, or a text per dialect, and optionally the SQL
 * that undoes it. The model cannot know what the SQL changes, so {@link #apply(Schema)} leaves the schema as it is.
 *
 * @param sql the SQL to run
 * @param reverseSql the SQL that undoes it, or {@code null} when it cannot be undone
 */
public record ExecuteSql(Text sql, @Nullable Text reverseSql) implements Operation {

	/**
	 * SQL for every dialect, or for each one.
	 *
	 * @param any the SQL for the dialects not named in {@code byDialect}, or {@code null}
	 * @param byDialect the SQL of each named dialect
	 */
	public record Text(@Nullable String any, Map<String, String> byDialect) {

		/**
		 * Creates the text.
		 * @param any the SQL for the other dialects, or {@code null}
		 * @param byDialect the SQL by dialect name
		 */
		public Text {
			byDialect = Map.copyOf(byDialect);
			if (any == null && byDialect.isEmpty()) {
				throw new IllegalArgumentException("'execute' needs SQL");
			}
		}

		/**
		 * Returns the SQL for a dialect.
		 * @param dialect the dialect name
		 * @return the SQL, or {@code null} when this text has none for it
		 */
		public @Nullable String forDialect(String dialect) {
			return this.byDialect.getOrDefault(dialect, this.any);
		}

		String describe() {
			StringBuilder text = new StringBuilder();
			if (this.any != null) {
				text.append("$$").append(this.any).append("$$");
			}
			new TreeMap<>(this.byDialect).forEach((dialect, sql) -> text.append((text.length() > 0) ? " " : "")
				.append(dialect).append(" $$").append(sql).append("$$"));
			return text.toString();
		}

	}

	@Override
	public @Nullable String table() {
		return null;
	}

	@Override
	public Schema apply(Schema schema) {
		return schema;
	}

	@Override
	public @Nullable String irreversibleReason() {
		return (this.reverseSql != null) ? null : "SQL cannot be reversed without its reverse; write 'execute $$...$$"
				+ " reverse $$...$$', or add a downgrade section";
	}

	@Override
	public Operation reverse() {
		if (this.reverseSql == null) {
			throw new IrreversibleOperationException(this);
		}
		return new ExecuteSql(this.reverseSql, this.sql);
	}

	@Override
	public String describe() {
		return "execute " + this.sql.describe() + ((this.reverseSql != null) ? " reverse " + this.reverseSql.describe()
				: "");
	}

}
