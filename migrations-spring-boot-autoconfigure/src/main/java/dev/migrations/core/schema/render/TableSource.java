package dev.migrations.core.schema.render;

import java.util.Collection;
import java.util.List;

import dev.migrations.core.schema.Schema;

/**
 * What a renderer may need to know about the database an operation runs on: tables as they are just before the
 * operation and, for SQLite rebuilds, the triggers of a table. Online it is read from the database; offline it is
 * simulated from the revisions before, or refuses with the reason.
 */
public interface TableSource {

	/**
	 * Returns tables as they are before the operations being rendered.
	 * @param names the tables needed
	 * @param forWhat what needs them, such as {@code rebuilding table 'owners'}, for the message when they are unknown
	 * @return a schema that holds at least those of the tables that exist
	 */
	Schema tables(Collection<String> names, String forWhat);

	/**
	 * Returns the SQL of the triggers on a table, which a rebuild creates again.
	 * @param table the table
	 * @return each trigger's {@code CREATE TRIGGER} statement
	 */
	List<String> triggers(String table);

	/**
	 * Returns a source of a known schema without triggers, as offline simulation knows it.
	 * @param schema the schema
	 * @return the source
	 */
	static TableSource of(Schema schema) {
		return new TableSource() {

			@Override
			public Schema tables(Collection<String> names, String forWhat) {
				return schema;
			}

			@Override
			public List<String> triggers(String table) {
				return List.of();
			}

		};
	}

}
