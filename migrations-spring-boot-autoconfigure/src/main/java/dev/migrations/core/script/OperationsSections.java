package dev.migrations.core.script;

import java.util.List;

import dev.migrations.core.api.Direction;
import dev.migrations.core.api.Section;
import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;

/**
 * Which markers open a {@code -- migrations:operations} section, and how such sections may be combined with SQL
 * ones. Apart from {@link OperationsParser}, which reads their bodies, so that a start reading files of SQL sections
 * does not load the operations grammar.
 */
final class OperationsSections {

	private OperationsSections() {
	}

	/**
	 * Whether a marker starts an operations section: {@code -- migrations:operations}, or
	 * {@code -- migrations:upgrade operations} and {@code -- migrations:downgrade operations}.
	 * @param name the word after {@code migrations:}
	 * @param options the rest of the marker line
	 * @return {@code true} for an operations section
	 */
	static boolean marks(String name, String options) {
		return name.equals("operations") || ((name.equals("upgrade") || name.equals("downgrade"))
				&& options.strip().equalsIgnoreCase("operations"));
	}

	static Direction direction(String name) {
		return name.equals("downgrade") ? Direction.DOWNGRADE : Direction.UPGRADE;
	}

	// A direction is SQL sections or one operations section, not both: the order between them would be a guess.
	// Loops, not streams: this runs for every file on every start.
	static void check(ScriptResource resource, List<Section> sections) {
		for (Direction direction : Direction.values()) {
			Section first = null;
			boolean sql = false;
			for (Section section : sections) {
				if (section.direction() != direction) {
					continue;
				}
				if (!section.operations()) {
					sql = true;
				}
				else if (first == null) {
					first = section;
				}
				else {
					throw new MigrationsException(ErrorCode.INVALID_REVISION_FILE, resource.description() + ":"
							+ (section.firstLine() - 1) + ": a second " + direction.label() + " operations"
							+ " section; put all the operations in one section");
				}
			}
			if (first != null && sql) {
				throw new MigrationsException(ErrorCode.INVALID_REVISION_FILE, resource.description() + ":"
						+ (first.firstLine() - 1) + ": the " + direction.label() + " has both SQL and"
						+ " operations sections; write the SQL as an operation ('execute $$...$$', optionally per"
						+ " dialect: 'execute sqlite $$...$$ postgresql $$...$$') in the operations section");
			}
		}
	}

}
