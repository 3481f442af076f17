package dev.migrations.test;

import org.springframework.boot.SpringBootConfiguration;

/**
 * The application a {@link MigrationsTest} of this module finds, as a project's own main class.
 */
@SpringBootConfiguration
class KitTestApplication {

}
