package dev.migrations.maven;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A class file with {@code @SpringBootApplication}, for {@link MainClassTests}; never started.
 */
@SpringBootApplication
class FixtureApplication {

}
