package dev.migrations.core.runtime;

import java.sql.Connection;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.migrations.core.api.BaselineResult;
import dev.migrations.core.api.BaselineResult.Decision;
import dev.migrations.core.api.Step;
import dev.migrations.core.error.AmbiguousRevisionException;
import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;
import dev.migrations.core.revision.RevisionGraph;
import dev.migrations.core.revision.Target;

/**
 * {@code baseline REV}, like Flyway's {@code baselineOnMigrate}: a database created before the migrations (it has
 * tables but no version table) is stamped at a revision, whose changes (and its ancestors') it is taken to have
 * already, so that only the revisions after it run. A database that already has a version table is left alone if the
 * revision is applied there, and refused otherwise; an empty database is left to the upgrade.
 */
public final class BaselineCommand {

	private static final Logger logger = LoggerFactory.getLogger(BaselineCommand.class);

	private final Engine engine;

	/**
	 * Creates the command.
	 * @param engine the engine it runs on
	 */
	public BaselineCommand(Engine engine) {
		this.engine = engine;
	}

	/**
	 * Baselines the database, under the migration lock, so that of several instances starting together exactly one
	 * stamps.
	 * @param revision the baseline revision (an id, unambiguous prefix or branch label), or {@code null} for the
	 * single base revision
	 * @return what was decided, and the version rows after
	 */
	public BaselineResult run(@Nullable String revision) {
		return this.engine.command("baseline", (revision != null) ? revision : "base revision", () -> {
			String id = baselineRevision(this.engine.scripts().graph(), revision);
			return this.engine.withSession((session) -> session.locked((executor) -> {
				Connection connection = session.connection();
				List<String> rows = session.rows();
				if (session.store().exists(connection) && (!rows.isEmpty() || !session.history(1).isEmpty())) {
					return existing(session, id, rows);
				}
				List<String> tables = session.store().otherTables(connection);
				if (tables.isEmpty()) {
					logger.info("Not baselining '{}' at {}: the database has no tables, so the upgrade runs every"
							+ " revision", this.engine.name(), id);
					return new BaselineResult(Decision.EMPTY_DATABASE, id, List.of(), rows);
				}
				session.store().createIfMissing(connection);
				Plan plan = session.planner().stamp(rows, List.of(Target.parse(id)), false);
				executor.stamp(connection, plan);
				int skipped = plan.after().isEmpty() ? 0
						: this.engine.scripts().graph().ancestorsOrSelf(List.of(id)).size();
				logger.warn("Baselined '{}' ({}) at revision {} without running it: the database had no version table"
						+ " but {} table(s): {}. {} revision(s) up to and including {} are taken as applied; the"
						+ " revisions after it run as usual", this.engine.name(),
						session.dialect().describe(connection).summary(), id, tables.size(), String.join(", ", tables),
						skipped, id);
				return new BaselineResult(Decision.STAMPED, id, tables, session.rows());
			}));
		});
	}

	private BaselineResult existing(Session session, String id, List<String> rows) {
		Set<String> applied = session.planner().applied(session.known(rows));
		if (applied.contains(id)) {
			logger.debug("Not baselining '{}' at {}: the database's version table is at {}, which includes it",
					this.engine.name(), id, Step.describe(rows));
			return new BaselineResult(Decision.ALREADY_APPLIED, id, List.of(), rows);
		}
		throw new MigrationsException(ErrorCode.BASELINE_REFUSED, "Refusing to baseline '" + this.engine.name()
				+ "' at revision " + id + ": the database already has the version table "
				+ this.engine.config().versionTable() + " at " + Step.describe(rows) + ", which does not include "
				+ id + ", so it was not created before the migrations. Remove the baseline setting"
				+ " (migrations.baseline-on-startup), or, if the database really has the changes of " + id
				+ ", run 'stamp " + id + "'");
	}

	// The named revision, or the single base revision: "true" in the properties, for the revision that creates the
	// schema a database made before the migrations already has.
	static String baselineRevision(RevisionGraph graph, @Nullable String revision) {
		if (revision != null) {
			return graph.resolve(revision).id();
		}
		List<String> bases = graph.bases();
		if (bases.isEmpty()) {
			throw new MigrationsException(ErrorCode.UNKNOWN_REVISION,
					"Cannot baseline at the base revision: there are no revision files");
		}
		if (bases.size() > 1) {
			throw new AmbiguousRevisionException("true", bases, "Cannot baseline at the base revision: there are "
					+ bases.size() + " base revisions (" + String.join(", ", bases) + "). Name the one the existing"
					+ " database is at, such as migrations.baseline-on-startup=" + bases.get(0));
		}
		return bases.get(0);
	}

}
