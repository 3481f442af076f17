package dev.migrations.core.api;


/**
 * A revision as {@code history} shows it: the revision, its file, and whether it is a head, current or a branch point.
 *
 * @param revision the revision
 * @param file where it was declared
 * @param head whether no revision revises it (a revision others only depend on is still a head)
 * @param current whether the database's version table holds it
 * @param branchPoint whether several revisions revise it
 */
public record RevisionInfo(Revision revision, String file, boolean head, boolean current, boolean branchPoint) {

}
