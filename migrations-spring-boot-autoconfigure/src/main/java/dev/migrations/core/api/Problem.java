package dev.migrations.core.api;

/**
 * One thing about a database that needs attention, as reports and health checks show it.
 *
 * @param status the status it causes: {@code FAILED}, {@code CHECKSUM_MISMATCH} or {@code AHEAD}
 * @param revision the revision it concerns
 * @param message what is wrong and what to do
 */
public record Problem(DatabaseStatus status, String revision, String message) {

}
