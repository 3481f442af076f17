package dev.migrations.core.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.migrations.core.api.Direction;
import dev.migrations.core.api.Revision;
import dev.migrations.core.api.Section;
import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;

/**
 * A loaded revision and where its SQL is. The SQL itself is not kept here: the {@link ScriptDirectory} keeps what
 * it read when that is little, and the file is read again when the revision runs otherwise, so a large history costs
 * little memory.
 *
 * @param revision the revision
 * @param resource the file it came from
 * @param checksum the checksum of the file content
 * @param transactional whether it runs in one transaction with its version row
 * @param sqlOnly whether the file is known to hold no operations section, so that running it reads it once
 */
public record RevisionScript(Revision revision, ScriptResource resource, String checksum, boolean transactional,
		boolean sqlOnly) {

	/**
	 * Creates a script that may hold operations sections.
	 * @param revision the revision
	 * @param resource the file it came from
	 * @param checksum the checksum of the file content
	 * @param transactional whether it runs in one transaction with its version row
	 */
	public RevisionScript(Revision revision, ScriptResource resource, String checksum, boolean transactional) {
		this(revision, resource, checksum, transactional, false);
	}

	/**
	 * Reads the file again and returns its portable operations for one direction: those of its operations section,
	 * or, for a downgrade without a downgrade section, the reverses of the upgrade's operations in reverse order.
	 * @param parser the parser to read the file with
	 * @param direction upgrade or downgrade
	 * @return the operations with their lines, or empty when this direction is SQL
	 * @throws MigrationsException with {@link ErrorCode#IRREVERSIBLE_REVISION} when a derived downgrade meets an
	 * operation that cannot be reversed, naming it, its line and what to write
	 */
	public Optional<List<LocatedOperation>> operations(RevisionFileParser parser, Direction direction) {
		return this.sqlOnly ? Optional.empty() : operations(parser, read(parser), direction);
	}

	// The operations of one direction among the file's sections.
	Optional<List<LocatedOperation>> operations(RevisionFileParser parser, List<Section> sections,
			Direction direction) {
		for (Section section : sections) {
			if (section.direction() == direction && section.operations()) {
				return Optional.of(parser.operations(this.resource, section));
			}
		}
		boolean sql = sections.stream().anyMatch((section) -> section.direction() == direction);
		Optional<Section> upgrade = sections.stream()
			.filter((section) -> section.direction() == Direction.UPGRADE && section.operations()).findFirst();
		if (direction != Direction.DOWNGRADE || sql || upgrade.isEmpty()) {
			return Optional.empty();
		}
		List<LocatedOperation> forward = parser.operations(this.resource, upgrade.get());
		List<LocatedOperation> reversed = new ArrayList<>(forward.size());
		for (int i = forward.size() - 1; i >= 0; i--) {
			LocatedOperation located = forward.get(i);
			if (!located.operation().reversible()) {
				throw new MigrationsException(ErrorCode.IRREVERSIBLE_REVISION, "Revision '" + this.revision.id()
						+ "' cannot be downgraded: its downgrade is derived from its operations, and "
						+ this.resource.description() + ":" + located.line() + " '" + located.operation().describe()
						+ "' cannot be reversed: " + located.operation().irreversibleReason());
			}
			reversed.add(new LocatedOperation(located.operation().reverse(), located.line()));
		}
		return Optional.of(List.copyOf(reversed));
	}

	/**
	 * Reads the file again and returns all its sections, in file order.
	 * @param parser the parser to read the file with
	 * @return the sections
	 */
	public List<Section> read(RevisionFileParser parser) {
		return parser.parse(this.resource, this.resource.read()).sections();
	}

	/**
	 * Returns the SQL sections for one direction and dialect among the file's sections.
	 * @param sections the file's sections, as {@link #read} returns them
	 * @param direction upgrade or downgrade
	 * @param dialect the dialect name
	 * @return the sections that apply, in file order
	 * @throws MigrationsException with {@link ErrorCode#IRREVERSIBLE_REVISION} when there is no downgrade, or
	 * {@link ErrorCode#INVALID_REVISION_FILE} when no section applies to the dialect
	 */
	List<Section> sections(List<Section> sections, Direction direction, String dialect) {
		List<Section> all = new ArrayList<>();
		for (Section section : sections) {
			if (section.direction() == direction && !section.operations()) {
				all.add(section);
			}
		}
		if (all.isEmpty()) {
			throw new MigrationsException(ErrorCode.IRREVERSIBLE_REVISION, "Revision '" + this.revision.id() + "' ("
					+ this.resource.description() + ") has no '-- migrations:" + direction.label()
					+ "' section; add one (it may be empty) to make it reversible. Adding it to the file of an applied"
					+ " revision changes the file's checksum: accept the edit with 'migrations accept-checksum "
					+ this.revision.id() + "', then run the " + direction.label() + " again");
		}
		List<Section> applicable = new ArrayList<>(all.size());
		for (Section section : all) {
			if (section.appliesTo(dialect)) {
				applicable.add(section);
			}
		}
		if (applicable.isEmpty()) {
			throw new MigrationsException(ErrorCode.INVALID_REVISION_FILE, "Revision '" + this.revision.id() + "' ("
					+ this.resource.description() + ") has no " + direction.label() + " section for " + dialect
					+ "; add '-- migrations:" + direction.label() + " dialect=" + dialect
					+ "' or a section without a dialect");
		}
		return applicable;
	}

}
