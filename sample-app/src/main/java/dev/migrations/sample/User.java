package dev.migrations.sample;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A user account.
 *
 * @param id the user id
 * @param email the email address, unique
 * @param createdAt when the account was created
 */
public record User(UUID id, String email, LocalDateTime createdAt) {

}
