package dev.migrations.core.schema.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import dev.migrations.core.schema.ForeignKey;
import dev.migrations.core.schema.Index;
import dev.migrations.core.schema.Names;
import dev.migrations.core.schema.Table;

/**
 * The foreign keys dropped and added again around a statement the database refuses while they exist: dropping the
 * index a foreign key uses (H2, MySQL), or changing a column one uses (MySQL).
 */
final class KeptForeignKeys {

	private final SqlRenderer renderer;

	KeptForeignKeys(SqlRenderer renderer) {
		this.renderer = renderer;
	}

	// The foreign keys whose columns begin the index are dropped before it and added again after, and find or create
	// another index.
	List<String> aroundIndexDrop(Table table, String indexName, @Nullable Index definition, String dropSql) {
		Index index = table.index(indexName).orElse(definition);
		if (index == null) {
			return List.of(dropSql);
		}
		List<ForeignKey> named = table.foreignKeys().stream()
			.filter((key) -> startsWith(index.columns(), key.columns()))
			.map((key) -> withName(key, named(table, key)))
			.toList();
		List<String> statements = new ArrayList<>();
		for (ForeignKey key : named) {
			statements.add(this.renderer.alter(table.name()) + " "
					+ this.renderer.dropForeignKey(Objects.requireNonNull(key.name())));
		}
		statements.add(dropSql);
		for (ForeignKey key : named) {
			statements.add(this.renderer.alter(table.name()) + " ADD " + this.renderer.foreignKey(key));
		}
		return statements;
	}

	/**
	 * Returns a foreign key under a name, to add it again as it was.
	 * @param key the key
	 * @param name its name
	 * @return the key with that name
	 */
	static ForeignKey withName(ForeignKey key, String name) {
		return new ForeignKey(name, key.columns(), key.referencedTable(), key.referencedColumns(), key.onDelete(),
				key.onUpdate());
	}

	/**
	 * Returns the name of a foreign key that must be dropped and added again.
	 * @param table the key's table
	 * @param key the key
	 * @return the name
	 * @throws IllegalArgumentException when the key has no name, as offline, where the database's is not known
	 */
	static String named(Table table, ForeignKey key) {
		if (key.name() == null) {
			throw new IllegalArgumentException("the foreign key on " + table.name() + " " + key.columns()
					+ " must be dropped and added again, and its name is not known (offline, where the database named"
					+ " it); name it in the revision that creates it ('constraint NAME foreign key ...')");
		}
		return key.name();
	}

	/**
	 * Whether a list of columns begins with others, compared without case.
	 * @param indexed the longer list, such as an index's columns
	 * @param columns its expected beginning
	 * @return {@code true} when it begins with them
	 */
	static boolean startsWith(List<String> indexed, List<String> columns) {
		if (indexed.size() < columns.size()) {
			return false;
		}
		for (int i = 0; i < columns.size(); i++) {
			if (!Names.same(indexed.get(i), columns.get(i))) {
				return false;
			}
		}
		return true;
	}

}
