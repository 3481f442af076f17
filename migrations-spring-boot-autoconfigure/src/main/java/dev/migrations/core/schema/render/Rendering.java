package dev.migrations.core.schema.render;

import java.util.List;

/**
 * The SQL of a batch of operations.
 *
 * @param statements the statements, in order; one each, except that {@code script} marks SQL to be split
 * @param rebuiltTables the tables a rebuild re-created, whose foreign keys must be checked after
 * @param script whether the statements are user SQL that the dialect must split into statements
 */
public record Rendering(List<String> statements, List<String> rebuiltTables, boolean script) {

	/**
	 * Creates a rendering.
	 * @param statements the statements
	 * @param rebuiltTables the rebuilt tables
	 * @param script whether the statements are user SQL
	 */
	public Rendering {
		statements = List.copyOf(statements);
		rebuiltTables = List.copyOf(rebuiltTables);
	}

	/**
	 * Creates the rendering of plain statements.
	 * @param statements the statements
	 * @return the rendering
	 */
	public static Rendering of(List<String> statements) {
		return new Rendering(statements, List.of(), false);
	}

}
