package dev.migrations.test;

import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;

import dev.migrations.core.Migrations;

/**
 * The base class of a project's migration tests: extend it in a {@link MigrationsTest} class and every revision is
 * tested (see {@link MigrationsChecks}). Override {@link #checks(MigrationsChecks)} to declare heads, irreversible
 * revisions or the dialects of offline SQL, and {@link #migrations()} to test an engine built by hand.
 */
public abstract class MigrationsTestSuite {

	@Autowired(required = false)
	private @Nullable Migrations migrations;

	/**
	 * Returns the engine whose revisions are tested: the application's, in a {@link MigrationsTest}.
	 * @return the engine
	 */
	protected Migrations migrations() {
		if (this.migrations == null) {
			throw new IllegalStateException("No Migrations engine: annotate " + getClass().getSimpleName()
					+ " with @MigrationsTest, or override migrations() to build one");
		}
		return this.migrations;
	}

	/**
	 * Adjusts the checks: expected heads, irreversible revisions, offline dialects.
	 * @param checks the default checks
	 * @return the checks to run
	 */
	protected MigrationsChecks checks(MigrationsChecks checks) {
		return checks;
	}

	/**
	 * Runs the checks.
	 * @return the dynamic tests
	 */
	@TestFactory
	Stream<DynamicNode> revisions() {
		return checks(MigrationsChecks.of(migrations())).tests();
	}

}
