package dev.migrations.core.schema.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.migrations.core.schema.ForeignKey;
import dev.migrations.core.schema.Names;
import dev.migrations.core.schema.Table;

/**
 * Orders tables so that each comes after the tables its foreign keys reference, among the tables given. A cycle is
 * broken by taking the foreign keys of one of its tables out, to be added after all the tables exist (or dropped
 * before any goes).
 *
 * @param tables the tables, referenced ones first, without the foreign keys taken out
 * @param deferred the foreign keys taken out, by table
 */
record Dependencies(List<Table> tables, Map<Table, List<ForeignKey>> deferred) {

	static Dependencies order(List<Table> tables) {
		Map<String, Table> remaining = new LinkedHashMap<>();
		tables.stream().sorted(Comparator.comparing((Table table) -> Names.key(table.name())))
			.forEach((table) -> remaining.put(Names.key(table.name()), table));
		List<Table> ordered = new ArrayList<>();
		Map<Table, List<ForeignKey>> deferred = new LinkedHashMap<>();
		while (!remaining.isEmpty()) {
			Table ready = remaining.values().stream()
				.filter((table) -> references(table, remaining.keySet()).isEmpty())
				.findFirst()
				.orElse(null);
			if (ready == null) {
				Table first = remaining.values().iterator().next();
				Set<String> others = references(first, remaining.keySet());
				List<ForeignKey> kept = new ArrayList<>();
				List<ForeignKey> out = new ArrayList<>();
				for (ForeignKey key : first.foreignKeys()) {
					(others.contains(Names.key(key.referencedTable())) ? out : kept).add(key);
				}
				Table broken = first.withConstraints(first.primaryKey(), first.uniqueConstraints(), kept,
						first.checks());
				deferred.put(broken, out);
				ready = broken;
			}
			remaining.remove(Names.key(ready.name()));
			ordered.add(ready);
		}
		return new Dependencies(List.copyOf(ordered), deferred);
	}

	// The other tables still to place that a table references.
	private static Set<String> references(Table table, Set<String> remaining) {
		Set<String> referenced = new TreeSet<>();
		for (ForeignKey key : table.foreignKeys()) {
			String name = Names.key(key.referencedTable());
			if (!name.equals(Names.key(table.name())) && remaining.contains(name)) {
				referenced.add(name);
			}
		}
		return referenced;
	}

}
