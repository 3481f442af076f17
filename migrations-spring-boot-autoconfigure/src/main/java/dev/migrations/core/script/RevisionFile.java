package dev.migrations.core.script;

import java.util.List;

import dev.migrations.core.api.Revision;
import dev.migrations.core.api.Section;

/**
 * A revision file read completely: its revision, options, checksum and SQL sections.
 *
 * @param revision the revision the header declares
 * @param transactional whether each direction runs in one transaction with its version row
 * @param checksum the checksum of the file content, line endings normalised
 * @param sections the SQL sections in file order
 */
public record RevisionFile(Revision revision, boolean transactional, String checksum, List<Section> sections) {

	public RevisionFile {
		sections = List.copyOf(sections);
	}

}
