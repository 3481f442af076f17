package dev.migrations.core.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import dev.migrations.core.api.MigrationListener;
import dev.migrations.core.api.MigrationsConfig;
import dev.migrations.core.api.SqlIdentifier;
import dev.migrations.core.dialect.Dialect;
import dev.migrations.core.dialect.Dialects;
import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;
import dev.migrations.core.script.Location;
import dev.migrations.core.schema.SchemaModel;
import dev.migrations.core.script.Placeholders;
import dev.migrations.core.script.ScriptDirectory;

/**
 * What every command of one engine shares: the DataSource and its name, the checked settings, the listener and
 * clock, and the revision files, read once on first use and again after a command wrote one. Commands open a
 * {@link Session} on it for each run.
 */
public final class Engine {

	private final DataSource dataSource;

	private final String name;

	private final MigrationsConfig config;

	private final List<Location> locations;

	private final @Nullable SqlIdentifier schema;

	private final SqlIdentifier versionTable;

	private final SqlIdentifier historyTable;

	private final Placeholders placeholders;

	private final MigrationListener listener;

	private final Clock clock;

	private final ClassLoader classLoader;

	private final @Nullable SchemaModel model;

	private volatile @Nullable ScriptDirectory scripts;

	private volatile boolean tablesFound;

	/**
	 * Creates an engine.
	 * @param dataSource the database to migrate
	 * @param name the DataSource's name, as logs and meters show it
	 * @param config the settings, already checked
	 * @param listener the listener, bound to the name
	 * @param clock the clock that times steps
	 * @param classLoader the class loader classpath locations are read with
	 * @param model the model autogenerate and check compare with, or {@code null}
	 */
	public Engine(DataSource dataSource, String name, MigrationsConfig config, MigrationListener listener, Clock clock,
			ClassLoader classLoader, @Nullable SchemaModel model) {
		this.dataSource = dataSource;
		this.name = name;
		this.config = config;
		this.locations = Location.parseAll(config.locations());
		this.schema = config.schemaIdentifier();
		this.versionTable = config.versionTableIdentifier();
		this.historyTable = config.historyTableIdentifier();
		this.placeholders = new Placeholders(config.placeholders());
		this.listener = listener;
		this.clock = clock;
		this.classLoader = classLoader;
		this.model = model;
	}

	/**
	 * Returns the DataSource's name.
	 * @return the name
	 */
	public String name() {
		return this.name;
	}

	/**
	 * Returns the settings.
	 * @return the settings
	 */
	public MigrationsConfig config() {
		return this.config;
	}

	/**
	 * Returns the database this engine migrates.
	 * @return the DataSource
	 */
	public DataSource dataSource() {
		return this.dataSource;
	}

	// The same engine reading revisions from other locations, such as the files an import just wrote.
	Engine withLocations(List<String> newLocations) {
		return new Engine(this.dataSource, this.name, this.config.withLocations(newLocations), this.listener,
				this.clock, this.classLoader, this.model);
	}

	// The model autogenerate and check compare with, or null when the application has none.
	@Nullable SchemaModel model() {
		return this.model;
	}

	ClassLoader classLoader() {
		return this.classLoader;
	}

	Placeholders placeholders() {
		return this.placeholders;
	}

	@Nullable SqlIdentifier schema() {
		return this.schema;
	}

	SqlIdentifier versionTable() {
		return this.versionTable;
	}

	MigrationListener listener() {
		return this.listener;
	}

	Clock clock() {
		return this.clock;
	}

	ScriptDirectory scripts() {
		ScriptDirectory current = this.scripts;
		if (current == null) {
			synchronized (this) {
				current = this.scripts;
				if (current == null) {
					current = ScriptDirectory.load(this.locations, this.classLoader, Dialects.names(),
							this.placeholders);
					this.scripts = current;
				}
			}
		}
		return current;
	}

	// After a command wrote a revision file: the next command reads the files again.
	synchronized void reload() {
		this.scripts = null;
	}

	// Whether the last check at head found both the version and the history table, so that the next one reads them
	// without asking the catalog first.
	boolean tablesFound() {
		return this.tablesFound;
	}

	void tablesFound(boolean found) {
		this.tablesFound = found;
	}

	VersionStore store(Dialect dialect) {
		return new VersionStore(dialect, this.schema, this.versionTable, this.historyTable);
	}

	String lockName(Connection connection, Dialect dialect) throws SQLException {
		return dialect.lockName(connection, this.schema, this.versionTable);
	}

	// Tells the listener a command runs, so meters and traces see it from its start to its end. Only a command that
	// loads the revision files runs the SQL they held then: the files may be edited between commands.
	<T> T command(String command, String target, Supplier<T> work) {
		forgetSections();
		this.listener.commandStarted(command, target);
		try {
			T result = work.get();
			this.listener.commandFinished(command, null);
			return result;
		}
		catch (RuntimeException ex) {
			this.listener.commandFinished(command, ex);
			throw ex;
		}
		finally {
			forgetSections();
		}
	}

	private void forgetSections() {
		ScriptDirectory current = this.scripts;
		if (current != null) {
			current.forgetSections();
		}
	}

	// Runs work on a session of its own connection, in auto-commit mode, restoring the connection's mode after.
	<T> T withSession(SessionWork<T> work) {
		try (Connection connection = this.dataSource.getConnection()) {
			boolean autoCommit = connection.getAutoCommit();
			connection.setAutoCommit(true);
			T result;
			try {
				result = work.run(new Session(this, connection, Dialects.of(connection)));
			}
			catch (RuntimeException | SQLException ex) {
				// Restoring the connection may fail too (it may be broken): that must not hide the first failure.
				try {
					connection.setAutoCommit(autoCommit);
				}
				catch (SQLException restore) {
					ex.addSuppressed(restore);
				}
				throw ex;
			}
			connection.setAutoCommit(autoCommit);
			return result;
		}
		catch (SQLException ex) {
			throw new MigrationsException(ErrorCode.DATABASE_ERROR, "Database error: " + ex.getMessage()
					+ " (SQLState " + ex.getSQLState() + ")", ex);
		}
	}

	@FunctionalInterface
	interface SessionWork<T> {

		T run(Session session) throws SQLException;

	}

}
