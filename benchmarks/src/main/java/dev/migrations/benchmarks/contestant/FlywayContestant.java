package dev.migrations.benchmarks.contestant;

import java.util.Objects;

import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;

/**
 * Flyway Core's {@code migrate}. Its {@code undo} belongs to the paid editions, so it cannot downgrade.
 */
public final class FlywayContestant implements Contestant {

	private @Nullable Flyway last;

	@Override
	public void apply(Run run) {
		flyway(run).migrate();
	}

	@Override
	public void atHead(Run run) {
		Flyway flyway = flyway(run);
		flyway.migrate();
		this.last = flyway;
	}

	@Override
	public void atHeadAgain(Run run) {
		Objects.requireNonNull(this.last, "atHead first").migrate();
	}

	@Override
	public void downgrade(Run run) {
		throw new UnsupportedOperationException("Flyway's undo is not in the community edition");
	}

	@Override
	public boolean canDowngrade() {
		return false;
	}

	private static Flyway flyway(Run run) {
		return Flyway.configure()
			.dataSource(run.dataSource())
			.locations("filesystem:" + run.files().flyway())
			.load();
	}

}
