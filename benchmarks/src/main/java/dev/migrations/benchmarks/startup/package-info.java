/**
 * The Spring startup benchmark: one small application started with no migration tool, with this starter, and with
 * Spring Boot's own Flyway and Liquibase integration.
 */
@NullMarked
package dev.migrations.benchmarks.startup;

import org.jspecify.annotations.NullMarked;
