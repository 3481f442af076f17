package dev.migrations.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.autoconfigure.OverrideAutoConfiguration;
import org.springframework.boot.test.context.filter.annotation.TypeExcludeFilters;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.test.context.BootstrapWith;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A test slice for the application's revisions, like {@code @JdbcTest}: it starts the application's DataSource and
 * the migrations engine only (no web server, no JPA, no components), with {@code migrations.startup=none} so that
 * the tests, not the startup, move the database. Put it on a class that extends {@link MigrationsTestSuite}:
 *
 * <pre class="code">
 * &#64;MigrationsTest
 * class SchemaMigrationsTest extends MigrationsTestSuite {
 * }
 * </pre>
 *
 * The database must be one the tests may empty: the suite downgrades it to base.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@BootstrapWith(MigrationsTestContextBootstrapper.class)
@ExtendWith(SpringExtension.class)
@OverrideAutoConfiguration(enabled = false)
@TypeExcludeFilters(MigrationsTypeExcludeFilter.class)
@AutoConfigureMigrations
public @interface MigrationsTest {

	/**
	 * Properties in {@code key=value} form added to the environment, such as {@code spring.datasource.url=...}.
	 * @return the properties
	 */
	String[] properties() default {};

	/**
	 * Whether the default filters find components; none are included by default.
	 * @return whether to use the default filters
	 */
	boolean useDefaultFilters() default true;

	/**
	 * Components to include in the context after all.
	 * @return the include filters
	 */
	Filter[] includeFilters() default {};

	/**
	 * Components to exclude from the context.
	 * @return the exclude filters
	 */
	Filter[] excludeFilters() default {};

}
