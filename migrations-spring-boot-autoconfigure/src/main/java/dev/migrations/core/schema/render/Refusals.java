package dev.migrations.core.schema.render;

import dev.migrations.core.schema.Index;
import dev.migrations.core.schema.operation.AddEnumValue;
import dev.migrations.core.schema.operation.CreateEnum;
import dev.migrations.core.schema.operation.CreateIndex;
import dev.migrations.core.schema.operation.CreateSequence;
import dev.migrations.core.schema.operation.CreateTable;
import dev.migrations.core.schema.operation.DropEnum;
import dev.migrations.core.schema.operation.DropSequence;
import dev.migrations.core.schema.operation.Operation;

/**
 * The operations a database has no statement for (sequences, native enum types, partial indexes), refused before
 * anything runs with what to write instead.
 */
final class Refusals {

	private Refusals() {
	}

	static void sequence(String dialect, Operation operation) {
		String name = (operation instanceof CreateSequence create) ? create.sequence().name()
				: (operation instanceof DropSequence drop) ? drop.name() : null;
		if (name != null) {
			throw new IllegalArgumentException("'" + operation.describe() + "': " + dialect + " has no sequences;"
					+ " remove the operation for sequence '" + name + "', or put it in an 'execute postgresql $$...$$'"
					+ " for the databases that have them");
		}
	}

	static void enumType(String dialect, Operation operation) {
		String name = (operation instanceof CreateEnum create) ? create.type().name()
				: (operation instanceof DropEnum drop) ? drop.name()
						: (operation instanceof AddEnumValue add) ? add.type() : null;
		if (name != null) {
			throw new IllegalArgumentException("'" + operation.describe() + "': " + dialect + " has no native enum"
					+ " types; remove the operation for type '" + name + "', or put it in an 'execute postgresql"
					+ " $$...$$' for PostgreSQL alone");
		}
	}

	static void partialIndexes(String dialect, Operation operation) {
		if (operation instanceof CreateIndex create) {
			partial(dialect, create.index());
		}
		if (operation instanceof CreateTable create) {
			create.definition().indexes().forEach((index) -> partial(dialect, index));
		}
	}

	static void partial(String dialect, Index index) {
		if (index.where() != null) {
			throw new IllegalArgumentException(title(dialect) + " has no partial indexes, so index '" + index.name()
					+ "' cannot have 'where " + index.where() + "'; drop the 'where', or write this revision as SQL"
					+ " for " + dialect);
		}
	}

	private static String title(String dialect) {
		return switch (dialect) {
			case "h2" -> "H2";
			case "mysql" -> "MySQL";
			case "mariadb" -> "MariaDB";
			default -> dialect;
		};
	}

}
