package dev.migrations.core.schema.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.migrations.core.schema.Column;
import dev.migrations.core.schema.Index;
import dev.migrations.core.schema.Names;
import dev.migrations.core.schema.Schema;
import dev.migrations.core.schema.Table;
import dev.migrations.core.schema.operation.AddColumn;
import dev.migrations.core.schema.operation.DropColumn;
import dev.migrations.core.schema.operation.Operation;
import dev.migrations.core.schema.operation.RenameColumn;

/**
 * SQLite's "move and copy" of one table, for the changes its {@code ALTER TABLE} cannot make: create the table as
 * the operations leave it under a temporary name, copy the rows (the new columns' affinities convert them), keep the
 * {@code AUTOINCREMENT} counter, drop the old table, rename the new one with {@code legacy_alter_table} on (so that
 * references elsewhere are not rewritten), then create its indexes and triggers again. Every column, default,
 * collation, key, foreign key and named or unnamed check comes from the model of the table, so nothing is lost. It
 * runs inside the revision's transaction, with foreign keys not enforced (so that no {@code ON DELETE CASCADE}
 * fires), and the caller checks the table's foreign keys afterwards.
 */
final class SqliteRebuild {

	private final SqliteRenderer renderer;

	private final Table before;

	private final Table after;

	private final List<Operation> operations;

	private final List<String> triggers;

	SqliteRebuild(SqliteRenderer renderer, Schema schema, List<Operation> operations, List<String> triggers) {
		this.renderer = renderer;
		String name = operations.get(0).table();
		this.before = schema.table(name).orElseThrow(() -> new IllegalArgumentException("there is no table '" + name
				+ "'"));
		Schema after = schema;
		for (Operation operation : operations) {
			after = operation.apply(after);
		}
		this.after = after.table(this.before.name()).orElseThrow();
		this.operations = operations;
		this.triggers = triggers;
	}

	Rendering render() {
		String table = this.before.name();
		String temporary = "_migrations_new_" + table;
		List<String> statements = new ArrayList<>();
		Table created = this.after.withName(temporary).withIndexes(List.of());
		statements.addAll(this.renderer.tableSql(created));
		Map<String, String> sources = sources();
		List<String> targets = new ArrayList<>();
		List<String> values = new ArrayList<>();
		for (Column column : this.after.columns()) {
			// No CAST: the new column's affinity converts what converts without loss, and keeps the rest as it is.
			targets.add(q(column.name()));
			values.add(sources.get(Names.key(column.name())));
		}
		statements.add("INSERT INTO " + q(temporary) + " (" + String.join(", ", targets) + ") SELECT "
				+ String.join(", ", values) + " FROM " + q(table));
		if (autoIncrement(this.before) && autoIncrement(this.after)) {
			statements.add("DELETE FROM sqlite_sequence WHERE name = " + literal(temporary));
			statements.add("INSERT INTO sqlite_sequence (name, seq) SELECT " + literal(temporary)
					+ ", seq FROM sqlite_sequence WHERE name = " + literal(table));
		}
		else if (autoIncrement(this.after)) {
			// A column that becomes AUTOINCREMENT counts on from the largest value, as SQLite would have recorded it.
			String column = q(this.after.columns().stream().filter(Column::autoIncrement).findFirst().orElseThrow()
				.name());
			statements.add("INSERT INTO sqlite_sequence (name, seq) SELECT " + literal(temporary) + ", MAX(" + column
					+ ") FROM " + q(table) + " HAVING MAX(" + column + ") IS NOT NULL");
		}
		statements.add("DROP TABLE " + q(table));
		statements.add("PRAGMA legacy_alter_table = ON");
		statements.add("ALTER TABLE " + q(temporary) + " RENAME TO " + q(table));
		statements.add("PRAGMA legacy_alter_table = OFF");
		for (Index index : this.after.indexes()) {
			statements.add(this.renderer.createIndex(table, index));
		}
		statements.addAll(this.triggers);
		return new Rendering(statements, List.of(table), false);
	}

	// Each column of the new table mapped to the SQL of its values: the old column it is copied from or, for a column
	// the batch adds, the default it had when added (NULL without one), as ALTER TABLE ADD COLUMN fills existing rows.
	private Map<String, String> sources() {
		Map<String, String> sources = new LinkedHashMap<>();
		for (Column column : this.before.columns()) {
			sources.put(Names.key(column.name()), q(column.name()));
		}
		for (Operation operation : this.operations) {
			if (operation instanceof RenameColumn rename) {
				String source = sources.remove(Names.key(rename.column()));
				sources.put(Names.key(rename.newName()), source);
			}
			else if (operation instanceof AddColumn add) {
				String value = add.column().defaultSql();
				sources.put(Names.key(add.column().name()), (value != null) ? value : "NULL");
			}
			else if (operation instanceof DropColumn drop) {
				sources.remove(Names.key(drop.column()));
			}
		}
		return sources;
	}

	private static boolean autoIncrement(Table table) {
		return table.columns().stream().anyMatch(Column::autoIncrement);
	}

	private String q(String name) {
		return this.renderer.quoted(name);
	}

	private static String literal(String text) {
		return "'" + text.replace("'", "''") + "'";
	}

}
