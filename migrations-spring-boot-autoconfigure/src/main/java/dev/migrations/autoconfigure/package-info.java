/**
 * Spring Boot auto-configuration: properties, the startup initializer and its ordering before database users.
 */
@NullMarked
package dev.migrations.autoconfigure;

import org.jspecify.annotations.NullMarked;
