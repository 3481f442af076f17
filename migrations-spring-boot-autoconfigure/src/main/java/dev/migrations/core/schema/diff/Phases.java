package dev.migrations.core.schema.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * The changes of a difference sorted into the order they can run in: foreign keys dropped first (so that tables and
 * columns can go), then other constraints and indexes, tables dropped, sequences dropped, enum types created (and
 * labels appended) and sequences created, tables created, each kept table changed, enum types dropped (no column
 * uses them any more), and foreign keys added last (so that what they reference exists).
 */
final class Phases {

	final List<Change> dropForeignKeys = new ArrayList<>();

	final List<Change> dropConstraints = new ArrayList<>();

	final List<Change> dropTables = new ArrayList<>();

	final List<Change> dropSequences = new ArrayList<>();

	final List<Change> dropTypes = new ArrayList<>();

	final List<Change> createTypes = new ArrayList<>();

	final List<Change> createSequences = new ArrayList<>();

	final List<Change> createTables = new ArrayList<>();

	final List<Change> changeTables = new ArrayList<>();

	final List<Change> addForeignKeys = new ArrayList<>();

	final List<String> manual = new ArrayList<>();

	SchemaDiff result() {
		List<Change> changes = new ArrayList<>();
		changes.addAll(this.dropForeignKeys);
		changes.addAll(this.dropConstraints);
		changes.addAll(this.dropTables);
		changes.addAll(this.dropSequences);
		changes.addAll(this.createTypes);
		changes.addAll(this.createSequences);
		changes.addAll(this.createTables);
		changes.addAll(this.changeTables);
		changes.addAll(this.dropTypes);
		changes.addAll(this.addForeignKeys);
		return new SchemaDiff(changes, this.manual);
	}

}
