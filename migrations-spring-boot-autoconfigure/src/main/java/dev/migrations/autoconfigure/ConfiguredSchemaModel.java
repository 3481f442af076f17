package dev.migrations.autoconfigure;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.migrations.core.schema.Schema;
import dev.migrations.core.schema.SchemaModel;
import dev.migrations.core.schema.ServerVersion;

/**
 * A model with the tables of {@code migrations.autogenerate.exclude} left out, and named by
 * {@link #excludedTables()} so that the database's are left out too.
 *
 * @param model the model, the application's own or the auto-configured one
 * @param exclude the names and patterns of {@code migrations.autogenerate.exclude}
 */
record ConfiguredSchemaModel(SchemaModel model, List<String> exclude) implements SchemaModel {

	ConfiguredSchemaModel {
		exclude = List.copyOf(exclude);
	}

	@Override
	public Schema schema(String dialect) {
		return withoutExcluded(this.model.schema(dialect));
	}

	@Override
	public Schema schema(String dialect, ServerVersion server) {
		return withoutExcluded(this.model.schema(dialect, server));
	}

	private Schema withoutExcluded(Schema schema) {
		return schema.withTables(schema.tables().stream().filter((table) -> !excludes(table.name())).toList())
			.withSequences(schema.sequences().stream().filter((sequence) -> !excludes(sequence.name())).toList());
	}

	@Override
	public String description() {
		return this.model.description();
	}

	@Override
	public Set<String> excludedTables() {
		Set<String> excluded = new LinkedHashSet<>(this.model.excludedTables());
		excluded.addAll(this.exclude);
		return Set.copyOf(excluded);
	}

}
