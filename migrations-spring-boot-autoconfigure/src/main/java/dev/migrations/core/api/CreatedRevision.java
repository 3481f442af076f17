package dev.migrations.core.api;

import java.nio.file.Path;

/**
 * A revision file the {@code revision} or {@code merge} command wrote.
 *
 * @param revision the new revision
 * @param file the new file
 */
public record CreatedRevision(Revision revision, Path file) {

}
