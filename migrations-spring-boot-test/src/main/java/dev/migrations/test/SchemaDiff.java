package dev.migrations.test;

import java.util.ArrayList;
import java.util.List;

import dev.migrations.core.schema.Schema;
import dev.migrations.core.schema.Table;

/**
 * What differs between two schemas, in words a failing test can show: tables left behind, tables gone, and tables
 * whose columns, keys, indexes or checks changed.
 */
final class SchemaDiff {

	private SchemaDiff() {
	}

	static List<String> between(Schema before, Schema after) {
		List<String> differences = new ArrayList<>();
		for (Table table : after.tables()) {
			if (before.table(table.name()).isEmpty()) {
				differences.add("table " + table.name() + " was left behind");
			}
		}
		for (Table table : before.tables()) {
			after.table(table.name()).ifPresentOrElse((changed) -> {
				if (!changed.equals(table)) {
					differences.add("table " + table.name() + " changed: " + describe(table, changed));
				}
			}, () -> differences.add("table " + table.name() + " is gone"));
		}
		return differences;
	}

	private static String describe(Table before, Table after) {
		List<String> parts = new ArrayList<>();
		compare(parts, "columns", before.columns(), after.columns());
		compare(parts, "primary key", before.primaryKey(), after.primaryKey());
		compare(parts, "unique constraints", before.uniqueConstraints(), after.uniqueConstraints());
		compare(parts, "indexes", before.indexes(), after.indexes());
		compare(parts, "foreign keys", before.foreignKeys(), after.foreignKeys());
		compare(parts, "checks", before.checks(), after.checks());
		compare(parts, "comment", before.comment(), after.comment());
		return String.join("; ", parts);
	}

	private static void compare(List<String> parts, String what, Object before, Object after) {
		if (!String.valueOf(before).equals(String.valueOf(after))) {
			parts.add(what + " were " + before + ", are " + after);
		}
	}

}
