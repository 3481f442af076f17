package dev.migrations.core.api;

import java.util.List;

/**
 * One revision in full, as the actuator endpoint shows it: its header, its file and checksum, where it stands in the
 * database, and its SQL sections.
 *
 * @param revision the revision
 * @param file where it was declared
 * @param checksum the checksum of its file now
 * @param transactional whether it runs in one transaction with its version row
 * @param head whether nothing revises it
 * @param current whether the version table holds it
 * @param applied whether the version rows imply it is applied
 * @param sections the upgrade and downgrade SQL sections, in file order, for every dialect
 */
public record RevisionDetail(Revision revision, String file, String checksum, boolean transactional, boolean head,
		boolean current, boolean applied, List<Section> sections) {

	public RevisionDetail {
		sections = List.copyOf(sections);
	}

}
