/**
 * The JPA model: the schema the application's entities want, read from Hibernate's mapping metadata with the
 * settings and naming strategies Spring Boot applies, for {@code revision --autogenerate} and {@code check}.
 */
@NullMarked
package dev.migrations.autoconfigure.jpa;

import org.jspecify.annotations.NullMarked;
