package dev.migrations.core.schema.diff;

import java.util.ArrayList;
import java.util.List;

import dev.migrations.core.schema.operation.DropColumn;
import dev.migrations.core.schema.operation.DropTable;
import dev.migrations.core.schema.operation.Operation;

/**
 * One operation of a difference, with the notes a reviewer should read above it in the revision file ("may be a
 * rename of ...", "destructive: ...").
 *
 * @param operation the operation
 * @param notes the notes, one line each, without the comment marker
 */
public record Change(Operation operation, List<String> notes) {

	/**
	 * Creates a change.
	 * @param operation the operation
	 * @param notes the notes
	 */
	public Change {
		notes = List.copyOf(notes);
	}

	/**
	 * Creates a change without notes.
	 * @param operation the operation
	 * @return the change
	 */
	public static Change of(Operation operation) {
		return new Change(operation, List.of());
	}

	/**
	 * Returns this change with one more note.
	 * @param note the note
	 * @return the change
	 */
	public Change withNote(String note) {
		List<String> more = new ArrayList<>(this.notes);
		more.add(note);
		return new Change(this.operation, more);
	}

	/**
	 * Whether the change loses data: a dropped table or column.
	 * @return {@code true} for a drop of a table or column
	 */
	public boolean destructive() {
		return this.operation instanceof DropTable || this.operation instanceof DropColumn;
	}

}
