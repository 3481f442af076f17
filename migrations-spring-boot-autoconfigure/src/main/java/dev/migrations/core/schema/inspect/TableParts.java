package dev.migrations.core.schema.inspect;

import java.util.ArrayList;
import java.util.List;
import java.util.Collection;

import org.jspecify.annotations.Nullable;

import dev.migrations.core.schema.CheckConstraint;
import dev.migrations.core.schema.Column;
import dev.migrations.core.schema.ForeignKey;
import dev.migrations.core.schema.Index;
import dev.migrations.core.schema.Names;
import dev.migrations.core.schema.PrimaryKey;
import dev.migrations.core.schema.Table;
import dev.migrations.core.schema.UniqueConstraint;

/**
 * A table being read, gathered part by part from several catalog queries, then turned into a {@link Table}.
 */
final class TableParts {

	final String name;

	final List<Column> columns = new ArrayList<>();

	@Nullable String primaryKeyName;

	final List<String> primaryKeyColumns = new ArrayList<>();

	final List<UniqueConstraint> uniques = new ArrayList<>();

	final List<Index> indexes = new ArrayList<>();

	final List<ForeignKey> foreignKeys = new ArrayList<>();

	final List<CheckConstraint> checks = new ArrayList<>();

	@Nullable String comment;

	TableParts(String name) {
		this.name = name;
	}

	Table toTable() {
		PrimaryKey primaryKey = this.primaryKeyColumns.isEmpty() ? null
				: new PrimaryKey(this.primaryKeyName, this.primaryKeyColumns);
		return new Table(this.name, this.columns, primaryKey, this.uniques, this.indexes, this.foreignKeys,
				this.checks, this.comment);
	}

	// Whether a name is one of the names, compared without case.
	static boolean among(String table, Collection<String> names) {
		return names.stream().anyMatch((name) -> Names.same(name, table));
	}

}
