package dev.migrations.benchmarks.contestant;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import dev.migrations.core.Migrations;

/**
 * This project's engine through its Java API, with a plain DataSource and no Spring context.
 */
public final class OursContestant implements Contestant {

	private @Nullable Migrations last;

	@Override
	public void apply(Run run) {
		migrations(run).upgrade("heads");
	}

	@Override
	public void atHead(Run run) {
		Migrations migrations = migrations(run);
		migrations.upgrade("heads");
		this.last = migrations;
	}

	@Override
	public void atHeadAgain(Run run) {
		Objects.requireNonNull(this.last, "atHead first").upgrade("heads");
	}

	@Override
	public void downgrade(Run run) {
		migrations(run).downgrade("base");
	}

	private static Migrations migrations(Run run) {
		return Migrations.builder(run.dataSource())
			.locations(List.of("filesystem:" + run.files().revisions()))
			.build();
	}

}
