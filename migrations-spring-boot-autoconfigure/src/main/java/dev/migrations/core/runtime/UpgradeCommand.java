package dev.migrations.core.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.migrations.core.api.MigrationResult;
import dev.migrations.core.error.MigrationsException;
import dev.migrations.core.revision.Target;

/**
 * {@code upgrade TARGET}: applies the revisions the target needs that are not applied yet. A database already at
 * the target, with a clean history, is only read, without the lock.
 */
public final class UpgradeCommand {

	private final Engine engine;

	/**
	 * Creates the command.
	 * @param engine the engine it runs on
	 */
	public UpgradeCommand(Engine engine) {
		this.engine = engine;
	}

	/**
	 * Upgrades the database.
	 * @param target the target expression
	 * @return the steps that ran and the resulting version rows
	 */
	public MigrationResult run(String target) {
		return this.engine.command("upgrade", target, () -> {
			Target parsed = Target.parse(target);
			return this.engine.withSession((session) -> {
				MigrationResult settled = alreadyAt(session, parsed);
				return (settled != null) ? settled : session.migrate((planner, rows) -> session.aheadOfTheCode(rows)
						? new Plan(rows, List.of(), rows) : planner.upgrade(rows, parsed));
			});
		});
	}

	// The check every service start pays, on the connection the upgrade then locks if it must migrate. A database
	// already at the target, whose history records no failed or unfinished step and no edited file, needs nothing but
	// reading: no lock, no tables created. Anything else, an invalid target included, takes the locked path, which
	// waits for other processes and fails as it always did. Another process's migration in progress shows as version
	// rows below the target or a STARTED history row.
	private @Nullable MigrationResult alreadyAt(Session session, Target target) throws SQLException {
		VersionStore.HeadReading reading = read(session);
		List<String> rows = reading.rows();
		Map<String, String> checksums = reading.checksums();
		if (checksums == null) {
			return null;
		}
		Set<String> applied = reached(session.planner(), rows, target);
		if (applied == null || (this.engine.config().validateChecksums() && !HistoryAudit
			.ofFinishedSteps(checksums).checksumMismatches(applied, session.scripts()).isEmpty())) {
			return null;
		}
		MigrationResult result = new MigrationResult(rows, List.of(), rows);
		session.summarize(result);
		return result;
	}

	// One query when this engine found both tables before (a statement on a dropped table fails, in auto-commit,
	// and the catalog is asked then); else the catalog first, then each table.
	private VersionStore.HeadReading read(Session session) throws SQLException {
		VersionStore store = session.store();
		Connection connection = session.connection();
		if (this.engine.tablesFound()) {
			try {
				return store.readHead(connection);
			}
			catch (SQLException ex) {
				this.engine.tablesFound(false);
			}
		}
		VersionStore.Tables tables = store.tables(connection);
		if (tables.versionTable() && tables.historyTable()) {
			VersionStore.HeadReading reading = store.readHead(connection);
			this.engine.tablesFound(true);
			return reading;
		}
		return new VersionStore.HeadReading(store.rows(connection, tables.versionTable()),
				store.historyTable().finishedChecksums(connection, tables.historyTable()));
	}

	// The applied revisions when the target is reached, else null; null too for what the locked path must report.
	private static @Nullable Set<String> reached(Planner planner, List<String> rows, Target target) {
		try {
			Set<String> applied = planner.applied(rows);
			return planner.reached(rows, applied, target) ? applied : null;
		}
		catch (MigrationsException ex) {
			return null;
		}
	}

}
