package dev.migrations.core.schema.diff;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.migrations.core.schema.Column;
import dev.migrations.core.schema.ForeignKey;
import dev.migrations.core.schema.Index;
import dev.migrations.core.schema.Names;
import dev.migrations.core.schema.Schema;
import dev.migrations.core.schema.Table;
import dev.migrations.core.schema.operation.AddForeignKey;
import dev.migrations.core.schema.operation.CreateIndex;
import dev.migrations.core.schema.operation.CreateTable;
import dev.migrations.core.schema.operation.DropForeignKey;
import dev.migrations.core.schema.operation.DropIndex;
import dev.migrations.core.schema.operation.DropTable;
import dev.migrations.core.schema.operation.Operation;

/**
 * Compares the schema of a database with the schema a model wants, and returns the portable operations that make
 * the first into the second, each carrying what its reverse needs, so that the downgrade is derived. What databases
 * report in their own way is normalised first ({@link Comparison}), so that a database upgraded from the operations
 * shows no difference. Renames are never guessed: a drop and an add are noted as a possible rename.
 */
public final class Differ {

	private Differ() {
	}

	/**
	 * Returns the operations that make a database's schema into the model's.
	 * @param database the schema the database has
	 * @param model the schema the model wants
	 * @param options the dialect and the tables to leave alone
	 * @return the operations, in an order that runs
	 */
	public static List<Operation> operations(Schema database, Schema model, DiffOptions options) {
		return diff(database, model, options).operations();
	}

	/**
	 * Compares a database's schema with the model's.
	 * @param database the schema the database has
	 * @param model the schema the model wants
	 * @param options the dialect and the tables to leave alone
	 * @return the changes, with notes for the reviewer, and what no operation can change
	 */
	public static SchemaDiff diff(Schema database, Schema model, DiffOptions options) {
		Phases phases = new Phases();
		List<Table> dropped = new ArrayList<>();
		List<Table> created = new ArrayList<>();
		ColumnDiffer columns = new ColumnDiffer(options);
		ConstraintDiffer constraints = new ConstraintDiffer(options);
		Set<String> referenced = referencedUnderKeptKeys(database, model, options, constraints);
		for (Table table : database.tables()) {
			if (options.excluded(table.name())) {
				continue;
			}
			Table wanted = model.table(table.name()).orElse(null);
			if (wanted == null) {
				dropped.add(table);
			}
			else {
				columns.diff(table, wanted, phases);
				constraints.diff(table, wanted, referenced.contains(Names.key(table.name())), phases);
			}
		}
		for (Table table : model.tables()) {
			if (!options.excluded(table.name()) && database.table(table.name()).isEmpty()) {
				created.add(table);
			}
		}
		drop(dropped, created, phases);
		SequenceDiffer.diff(database, model, options, phases);
		EnumDiffer.diff(database, model, options, phases);
		create(created, dropped, phases);
		return phases.result();
	}

	// The tables a foreign key references that stays while their keys change: a primary key cannot be dropped under
	// it. A foreign key the diff drops (changed, or gone from the model) goes first, so it does not count; one of a
	// table that is dropped, or left alone, does.
	private static Set<String> referencedUnderKeptKeys(Schema database, Schema model, DiffOptions options,
			ConstraintDiffer constraints) {
		Set<String> referenced = new HashSet<>();
		for (Table table : database.tables()) {
			Table wanted = options.excluded(table.name()) ? table : model.table(table.name()).orElse(table);
			table.foreignKeys().stream().filter((key) -> constraints.keeps(wanted, key))
				.forEach((key) -> referenced.add(Names.key(key.referencedTable())));
		}
		return referenced;
	}

	private static void drop(List<Table> dropped, List<Table> created, Phases phases) {
		Dependencies order = Dependencies.order(dropped);
		order.deferred().forEach((table, keys) -> keys.forEach((key) -> phases.dropForeignKeys.add(Change.of(
				new DropForeignKey(table.name(), ConstraintDiffer.named(table.name(), key).name(), key)))));
		List<Table> tables = new ArrayList<>(order.tables());
		Collections.reverse(tables);
		for (Table table : tables) {
			for (Index index : table.indexes()) {
				phases.dropConstraints.add(Change.of(new DropIndex(table.name(), index.name(), index)));
			}
			Change change = Change.of(new DropTable(table.name(), table.withIndexes(List.of())))
				.withNote("destructive: drops table " + table.name() + " and its rows");
			Table rename = likelyRename(table, created);
			if (rename != null) {
				change = change.withNote("may be a rename to " + rename.name() + " (see below)");
			}
			phases.dropTables.add(change);
		}
	}

	private static void create(List<Table> created, List<Table> dropped, Phases phases) {
		Dependencies order = Dependencies.order(created);
		for (Table table : order.tables()) {
			Change change = Change.of(new CreateTable(table.withIndexes(List.of())));
			Table rename = likelyRename(table, dropped);
			if (rename != null) {
				change = change.withNote("may be a rename of " + rename.name() + ": to keep its rows, write 'rename"
						+ " table " + rename.name() + " to " + table.name() + "' and change its columns instead of"
						+ " the drop and this line");
			}
			phases.createTables.add(change);
			for (Index index : table.indexes()) {
				phases.createTables.add(Change.of(new CreateIndex(table.name(), index)));
			}
		}
		for (Map.Entry<Table, List<ForeignKey>> entry : order.deferred().entrySet()) {
			for (ForeignKey key : entry.getValue()) {
				String table = entry.getKey().name();
				phases.addForeignKeys.add(Change.of(new AddForeignKey(table, ConstraintDiffer.named(table, key))));
			}
		}
	}

	// The table among others that shares the most column names with this one, if any shares one, or the only one.
	private static @Nullable Table likelyRename(Table table, List<Table> others) {
		Table best = null;
		long bestShared = 0;
		for (Table other : others) {
			long shared = table.columns().stream().map(Column::name)
				.filter((name) -> other.column(name).isPresent())
				.count();
			if (shared > bestShared) {
				best = other;
				bestShared = shared;
			}
		}
		return (best == null && others.size() == 1) ? others.get(0) : best;
	}

}
