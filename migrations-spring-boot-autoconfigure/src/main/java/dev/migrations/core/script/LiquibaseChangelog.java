package dev.migrations.core.script;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import liquibase.Scope;
import liquibase.change.Change;
import liquibase.change.DbmsTargetedChange;
import liquibase.change.core.AddColumnChange;
import liquibase.change.core.DropColumnChange;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.database.Database;
import liquibase.database.DatabaseList;
import liquibase.database.OfflineConnection;
import liquibase.database.core.H2Database;
import liquibase.database.core.MariaDBDatabase;
import liquibase.database.core.MySQLDatabase;
import liquibase.database.core.PostgresDatabase;
import liquibase.database.core.SQLiteDatabase;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.resource.ResourceAccessor;
import liquibase.sql.Sql;
import liquibase.sqlgenerator.SqlGeneratorFactory;
import liquibase.sqlgenerator.core.AddColumnGenerator;
import liquibase.sqlgenerator.core.DropColumnGenerator;
import liquibase.statement.SqlStatement;
import liquibase.statement.core.AddColumnStatement;
import liquibase.statement.core.DropColumnStatement;
import org.jspecify.annotations.Nullable;

import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;

/**
 * The changesets of a Liquibase changelog (XML, YAML, JSON or formatted SQL, includes followed), parsed by Liquibase
 * itself and rendered to each dialect's SQL by Liquibase's generators, with their rollbacks. What cannot be rendered
 * faithfully offline is named, not dropped.
 *
 * @param changesets the changesets, in changelog order
 * @param notConverted what was left out, each with the reason
 */
public record LiquibaseChangelog(List<LiquibaseChangelog.Changeset> changesets, List<String> notConverted) {

	/**
	 * One changeset rendered per dialect.
	 *
	 * @param id the changeset id
	 * @param author the author
	 * @param filePath the changelog file as Liquibase records it in {@code DATABASECHANGELOG}
	 * @param comment the comment, or {@code null}
	 * @param upgrade each dialect's SQL, in dialect order; a dialect the changeset is not for is missing
	 * @param downgrade each dialect's rollback SQL, or {@code null} when a change cannot be rolled back
	 */
	public record Changeset(String id, String author, String filePath, @Nullable String comment,
			Map<String, String> upgrade, @Nullable Map<String, String> downgrade) {

		/**
		 * Returns how the changeset is named in messages: {@code file::id::author}, as Liquibase names it.
		 * @return the name
		 */
		public String name() {
			return this.filePath + "::" + this.id + "::" + this.author;
		}

	}

	/**
	 * Reads a changelog.
	 * @param root the directory the changelog's paths are relative to, such as {@code src/main/resources}
	 * @param changelog the changelog's path below it
	 * @param dialects the dialects to render, by name
	 * @return the changesets
	 * @throws MigrationsException with {@link ErrorCode#IMPORT_REFUSED} when Liquibase cannot parse the changelog
	 */
	public static LiquibaseChangelog read(Path root, String changelog, List<String> dialects) {
		try {
			return Scope.child(Map.of(), () -> parse(root, changelog, dialects));
		}
		catch (MigrationsException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new MigrationsException(ErrorCode.IMPORT_REFUSED, "Liquibase cannot read the changelog " + changelog
					+ " below " + root + ": " + ex.getMessage() + "; check that 'liquibase update-sql' reads it", ex);
		}
	}

	private static LiquibaseChangelog parse(Path root, String changelog, List<String> dialects) throws Exception {
		ResourceAccessor accessor = new DirectoryResourceAccessor(root);
		DatabaseChangeLog parsed = ChangeLogParserFactory.getInstance().getParser(changelog, accessor)
			.parse(changelog, new ChangeLogParameters(), accessor);
		Map<String, Database> databases = new LinkedHashMap<>();
		for (String dialect : dialects) {
			Database database = database(dialect);
			database.setConnection(new OfflineConnection("offline:" + database.getShortName(), accessor));
			databases.put(dialect, database);
		}
		List<Changeset> changesets = new ArrayList<>();
		List<String> notConverted = new ArrayList<>();
		for (ChangeSet changeSet : parsed.getChangeSets()) {
			String name = changeSet.getFilePath() + "::" + changeSet.getId() + "::" + changeSet.getAuthor();
			if (changeSet.isAlwaysRun() || changeSet.isRunOnChange()) {
				notConverted.add(name + ": runAlways/runOnChange is imported as a revision that runs once");
			}
			Map<String, String> upgrade = new LinkedHashMap<>();
			Map<String, String> downgrade = new LinkedHashMap<>();
			String irreversible = null;
			for (Map.Entry<String, Database> entry : databases.entrySet()) {
				Database database = entry.getValue();
				if (changeSet.getDbmsSet() != null && !changeSet.getDbmsSet().isEmpty()
						&& !DatabaseList.definitionMatches(changeSet.getDbmsSet(), database, true)) {
					continue;
				}
				Rendered up = render(changeSet.getChanges(), database, false);
				if (up.problem() != null) {
					notConverted.add(name + " on " + entry.getKey() + ": " + up.problem()
							+ "; write that dialect's section by hand");
					continue;
				}
				upgrade.put(entry.getKey(), up.sql());
				Rendered down = changeSet.getRollback().getChanges().isEmpty()
						? render(changeSet.getChanges(), database, true)
						: render(changeSet.getRollback().getChanges(), database, false);
				if (down.problem() != null) {
					irreversible = down.problem() + " on " + entry.getKey();
				}
				else {
					downgrade.put(entry.getKey(), down.sql());
				}
			}
			if (irreversible != null) {
				notConverted.add(name + ": no rollback (" + irreversible + "), so the revision has no downgrade"
						+ " section; add a rollback to the changeset or write the downgrade by hand");
			}
			changesets.add(new Changeset(changeSet.getId(), changeSet.getAuthor(), changeSet.getFilePath(),
					changeSet.getComments(), upgrade, (irreversible == null) ? downgrade : null));
		}
		return new LiquibaseChangelog(changesets, notConverted);
	}

	// The SQL of some changes on one database, in order; for a rollback, each change's inverse in reverse order.
	private static Rendered render(List<Change> changes, Database database, boolean rollback) throws Exception {
		StringBuilder sql = new StringBuilder();
		List<Change> ordered = new ArrayList<>(changes);
		if (rollback) {
			Collections.reverse(ordered);
		}
		for (Change change : ordered) {
			if (change instanceof DbmsTargetedChange targeted && targeted.getDbms() != null
					&& !targeted.getDbms().isBlank() && !DatabaseList.definitionMatches(targeted.getDbms(), database, true)) {
				continue;
			}
			if (rollback && !change.supportsRollback(database)) {
				return new Rendered("", change.getSerializedObjectName() + " has no automatic rollback");
			}
			SqlStatement[] statements = sqliteDrops(change, database, rollback);
			if (statements == null) {
				statements = rollback ? change.generateRollbackStatements(database) : change.generateStatements(database);
			}
			for (SqlStatement statement : statements) {
				for (Sql generated : generate(statement, database)) {
					String text = generated.toSql();
					if (database instanceof SQLiteDatabase && text.contains("_temporary")) {
						return new Rendered("", change.getSerializedObjectName() + " needs a table rebuild that"
								+ " Liquibase plans from a live database");
					}
					sql.append(text).append(';').append('\n');
				}
			}
		}
		return new Rendered(sql.toString(), null);
	}

	// Dropping a column (a dropColumn, or an addColumn rolled back) needs no rebuild on SQLite 3.35 and later.
	private static SqlStatement @Nullable [] sqliteDrops(Change change, Database database, boolean rollback) {
		if (!(database instanceof SQLiteDatabase)) {
			return null;
		}
		if (rollback && change instanceof AddColumnChange add) {
			return add.getColumns().stream()
				.map((column) -> new DropColumnStatement(add.getCatalogName(), add.getSchemaName(), add.getTableName(),
						column.getName()))
				.toArray(SqlStatement[]::new);
		}
		if (!rollback && change instanceof DropColumnChange drop && drop.getColumnName() != null) {
			return new SqlStatement[] { new DropColumnStatement(drop.getCatalogName(), drop.getSchemaName(),
					drop.getTableName(), drop.getColumnName()) };
		}
		return null;
	}

	// SQLite adds and drops a column natively; Liquibase's SQLite generators rebuild the table from a snapshot.
	private static Sql[] generate(SqlStatement statement, Database database) {
		if (database instanceof SQLiteDatabase && statement instanceof AddColumnStatement addColumn
				&& !addColumn.isMultiple()) {
			return new AddColumnGenerator().generateSql(addColumn, database, null);
		}
		if (database instanceof SQLiteDatabase && statement instanceof DropColumnStatement dropColumn
				&& !dropColumn.isMultiple()) {
			return new DropColumnGenerator().generateSql(dropColumn, database, null);
		}
		return SqlGeneratorFactory.getInstance().generateSql(statement, database);
	}

	private static Database database(String dialect) {
		Supplier<Database> supplier = switch (dialect) {
			case "postgresql" -> PostgresDatabase::new;
			case "sqlite" -> SQLiteDatabase::new;
			case "h2" -> H2Database::new;
			case "mysql" -> MySQLDatabase::new;
			case "mariadb" -> MariaDBDatabase::new;
			default -> throw new MigrationsException(ErrorCode.IMPORT_REFUSED,
					"Liquibase has no database for dialect '" + dialect + "'");
		};
		return supplier.get();
	}

	private record Rendered(String sql, @Nullable String problem) {
	}

}
