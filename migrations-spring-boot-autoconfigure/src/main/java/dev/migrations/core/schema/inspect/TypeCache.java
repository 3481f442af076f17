package dev.migrations.core.schema.inspect;

import java.util.HashMap;
import java.util.Map;

import dev.migrations.core.schema.ColumnType;

/**
 * The types of one read, parsed once per distinct spelling: a schema of hundreds of tables has only a handful of
 * type spellings, and {@link ColumnType#parse(String)} runs a regular expression.
 */
final class TypeCache {

	private final Map<String, ColumnType> types = new HashMap<>();

	ColumnType parse(String sql) {
		return this.types.computeIfAbsent(sql, ColumnType::parse);
	}

}
