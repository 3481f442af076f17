package dev.migrations.sample;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A task of a user.
 *
 * @param id the task id
 * @param userId the owner
 * @param title the title
 * @param description the details, if any
 * @param completed whether it is done
 * @param dueDate when it is due, if ever
 */
public record Task(long id, UUID userId, String title, @Nullable String description, boolean completed,
		@Nullable LocalDate dueDate) {

}
