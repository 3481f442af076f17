package dev.migrations.core.schema.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.migrations.core.schema.CheckConstraint;
import dev.migrations.core.schema.ForeignKey;
import dev.migrations.core.schema.Index;
import dev.migrations.core.schema.Names;
import dev.migrations.core.schema.PrimaryKey;
import dev.migrations.core.schema.ReferentialAction;
import dev.migrations.core.schema.Table;
import dev.migrations.core.schema.UniqueConstraint;
import dev.migrations.core.schema.operation.AddCheck;
import dev.migrations.core.schema.operation.AddForeignKey;
import dev.migrations.core.schema.operation.AddPrimaryKey;
import dev.migrations.core.schema.operation.AddUnique;
import dev.migrations.core.schema.operation.CreateIndex;
import dev.migrations.core.schema.operation.DropCheck;
import dev.migrations.core.schema.operation.DropForeignKey;
import dev.migrations.core.schema.operation.DropIndex;
import dev.migrations.core.schema.operation.DropPrimaryKey;
import dev.migrations.core.schema.operation.DropUnique;

/**
 * The keys, indexes, foreign keys and checks of a table kept by the model. Constraints are matched by what they
 * do, not by name, so that a name the database gave an unnamed constraint ({@code users_email_key}) is no
 * difference: unique constraints by columns (a unique index on the same columns counts, as some databases report
 * one for the other), foreign keys by columns and referenced columns, checks by normalised condition. Indexes are
 * matched by name. A changed one is dropped and added again.
 */
final class ConstraintDiffer {

	// The databases whose generated columns need not be in a key.
	private static final Set<String> UNKEYED_IDENTITIES = Set.of("postgresql", "h2");

	private final DiffOptions options;

	ConstraintDiffer(DiffOptions options) {
		this.options = options;
	}

	void diff(Table database, Table model, boolean referenced, Phases phases) {
		primaryKey(database, model, referenced, phases);
		List<Index> databaseIndexes = new ArrayList<>(database.indexes());
		List<Index> modelIndexes = new ArrayList<>(model.indexes());
		uniques(database, model, databaseIndexes, modelIndexes, phases);
		indexes(database.name(), databaseIndexes, modelIndexes, phases);
		checks(database, model, phases);
		foreignKeys(database, model, phases);
	}

	// A changed key is dropped and added, unless foreign keys the model keeps reference it or, on SQLite and MySQL, a
	// generated column is in it (SQLite's AUTOINCREMENT must be the whole key, MySQL's AUTO_INCREMENT must lead one,
	// also between the drop and the add): those are left to a person. PostgreSQL's and H2's identities need no key.
	private void primaryKey(Table database, Table model, boolean referenced, Phases phases) {
		PrimaryKey before = database.primaryKey();
		PrimaryKey after = model.primaryKey();
		if (Comparison.key(columns(before)).equals(Comparison.key(columns(after)))) {
			return;
		}
		boolean keyedGeneration = !UNKEYED_IDENTITIES.contains(this.options.dialect());
		String reason = (before != null && referenced) ? "foreign keys the model keeps reference it"
				: keyedGeneration && (generated(database, before) || generated(model, after))
						? "a generated column is in the key" : null;
		if (reason != null) {
			phases.manual.add("the primary key of " + database.name() + " is " + describe(columns(before))
					+ " in the database but " + describe(columns(after)) + " in the model, and " + reason);
			return;
		}
		if (before != null) {
			phases.dropConstraints.add(Change.of(new DropPrimaryKey(database.name(), before)));
		}
		if (after != null) {
			phases.changeTables.add(Change.of(new AddPrimaryKey(database.name(), after)));
		}
	}

	private static boolean generated(Table table, @Nullable PrimaryKey key) {
		return key != null && table.columns().stream()
			.anyMatch((column) -> column.autoIncrement()
					&& key.columns().stream().anyMatch((name) -> Names.same(name, column.name())));
	}

	private static List<String> columns(@Nullable PrimaryKey key) {
		return (key != null) ? key.columns() : List.of();
	}

	private static String describe(List<String> columns) {
		return columns.isEmpty() ? "none" : "(" + String.join(", ", columns) + ")";
	}

	private static void uniques(Table database, Table model, List<Index> databaseIndexes, List<Index> modelIndexes,
			Phases phases) {
		String table = database.name();
		List<UniqueConstraint> remaining = new ArrayList<>(database.uniqueConstraints());
		for (UniqueConstraint unique : model.uniqueConstraints()) {
			UniqueConstraint match = remaining.stream()
				.filter((each) -> Comparison.sameNames(each.columns(), unique.columns())).findFirst().orElse(null);
			if (match != null) {
				remaining.remove(match);
				continue;
			}
			Index index = uniqueIndex(databaseIndexes, unique.columns());
			if (index != null) {
				databaseIndexes.remove(index);
				continue;
			}
			String name = (unique.name() != null) ? unique.name() : GeneratedNames.of("uq", table, unique.columns());
			phases.changeTables.add(Change.of(new AddUnique(table, new UniqueConstraint(name, unique.columns()))));
		}
		for (UniqueConstraint unique : remaining) {
			Index index = uniqueIndex(modelIndexes, unique.columns());
			if (index != null) {
				modelIndexes.remove(index);
				continue;
			}
			String name = (unique.name() != null) ? unique.name() : GeneratedNames.of("uq", table, unique.columns());
			phases.dropConstraints.add(Change.of(new DropUnique(table, name, unique)));
		}
	}

	private static @Nullable Index uniqueIndex(List<Index> indexes, List<String> columns) {
		return indexes.stream().filter((index) -> index.unique() && index.where() == null
				&& Comparison.sameNames(index.columns(), columns)).findFirst().orElse(null);
	}

	private static void indexes(String table, List<Index> database, List<Index> model, Phases phases) {
		for (Index index : model) {
			Index before = database.stream().filter((each) -> Names.same(each.name(), index.name())).findFirst()
				.orElse(null);
			if (before == null || !same(before, index)) {
				phases.changeTables.add(Change.of(new CreateIndex(table, index)));
			}
		}
		for (Index index : database) {
			Index after = model.stream().filter((each) -> Names.same(each.name(), index.name())).findFirst()
				.orElse(null);
			if (after == null || !same(index, after)) {
				phases.dropConstraints.add(Change.of(new DropIndex(table, index.name(), index)));
			}
		}
	}

	private static boolean same(Index first, Index second) {
		return first.unique() == second.unique() && Comparison.sameNames(first.columns(), second.columns())
				&& Comparison.sameExpression(first.where(), second.where());
	}

	private static void checks(Table database, Table model, Phases phases) {
		String table = database.name();
		List<CheckConstraint> remaining = new ArrayList<>(database.checks());
		int number = 0;
		for (CheckConstraint check : model.checks()) {
			number++;
			CheckConstraint match = remaining.stream()
				.filter((each) -> Comparison.sameExpression(each.expression(), check.expression())).findFirst()
				.orElse(null);
			if (match != null) {
				remaining.remove(match);
				continue;
			}
			String name = (check.name() != null) ? check.name() : GeneratedNames.of("ck", table, List.of("" + number));
			phases.changeTables.add(Change.of(new AddCheck(table, new CheckConstraint(name, check.expression()))));
		}
		number = 0;
		for (CheckConstraint check : remaining) {
			number++;
			String name = (check.name() != null) ? check.name()
					: GeneratedNames.of("ck", table, List.of("old", "" + number));
			phases.dropConstraints.add(Change.of(new DropCheck(table, name, check)));
		}
	}

	private void foreignKeys(Table database, Table model, Phases phases) {
		String table = database.name();
		List<ForeignKey> remaining = new ArrayList<>(database.foreignKeys());
		for (ForeignKey key : model.foreignKeys()) {
			ForeignKey match = remaining.stream().filter((each) -> same(each, key)).findFirst().orElse(null);
			if (match != null) {
				remaining.remove(match);
				continue;
			}
			phases.addForeignKeys.add(Change.of(new AddForeignKey(table, named(table, key))));
		}
		for (ForeignKey key : remaining) {
			String name = (key.name() != null) ? key.name() : GeneratedNames.of("fk", table, key.columns());
			phases.dropForeignKeys.add(Change.of(new DropForeignKey(table, name, key)));
		}
	}

	// Whether the model's table has a foreign key of the database's, so that the diff leaves it in place.
	boolean keeps(Table model, ForeignKey key) {
		return model.foreignKeys().stream().anyMatch((each) -> same(key, each));
	}

	static ForeignKey named(String table, ForeignKey key) {
		return (key.name() != null) ? key : new ForeignKey(GeneratedNames.of("fk", table, key.columns()),
				key.columns(), key.referencedTable(), key.referencedColumns(), key.onDelete(), key.onUpdate());
	}

	private boolean same(ForeignKey first, ForeignKey second) {
		return Comparison.sameNames(first.columns(), second.columns())
				&& Names.same(first.referencedTable(), second.referencedTable())
				&& Comparison.sameNames(first.referencedColumns(), second.referencedColumns())
				&& action(first.onDelete()) == action(second.onDelete())
				&& action(first.onUpdate()) == action(second.onUpdate());
	}

	private ReferentialAction action(ReferentialAction action) {
		return (this.options.restrictIsNoAction() && action == ReferentialAction.RESTRICT)
				? ReferentialAction.NO_ACTION : Objects.requireNonNull(action);
	}

}
