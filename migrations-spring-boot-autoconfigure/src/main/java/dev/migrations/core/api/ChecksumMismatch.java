package dev.migrations.core.api;

/**
 * An applied revision whose file changed after it was applied.
 *
 * @param revision the revision id
 * @param script the file as it is now
 * @param recorded the checksum the history table recorded for the revision
 * @param actual the checksum of the file now
 */
public record ChecksumMismatch(String revision, String script, String recorded, String actual) {

}
