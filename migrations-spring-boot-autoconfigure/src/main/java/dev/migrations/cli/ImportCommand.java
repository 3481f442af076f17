package dev.migrations.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.migrations.core.Migrations;
import dev.migrations.core.api.CreatedRevision;
import dev.migrations.core.api.ImportResult;

/**
 * {@code import flyway|liquibase|sql-init}: writes the first revisions of a project from another tool's scripts, and
 * with {@code --stamp} marks a database that Flyway or Liquibase migrated as being at the matching revision.
 */
final class ImportCommand implements CliCommand {

	@Override
	public String name() {
		return "import";
	}

	@Override
	public String summary() {
		return "Write revisions from Flyway, Liquibase or spring.sql.init scripts (--stamp adopts the database)";
	}

	@Override
	public String usage() {
		return "import flyway [--location L] [--stamp] [--flyway-table T] | import liquibase [--root DIR]"
				+ " [--changelog PATH] [--dialect D] [--stamp] | import sql-init [--location L]";
	}

	@Override
	public List<Option> options() {
		return List.of(Option.value("location", "LOCATION",
				"where the scripts are (default: src/main/resources/db/migration for flyway, src/main/resources for"
						+ " sql-init, when present, else the classpath)"),
				Option.flag("stamp", "flyway, liquibase: stamp the database at the revision of its last migration"),
				Option.value("root", "DIR", "liquibase: the directory of the changelog paths (default src/main/resources)"),
				Option.value("changelog", "PATH",
						"liquibase: the master changelog below --root (default db/changelog/db.changelog-master.yaml)"),
				Option.value("dialect", "DIALECT", "liquibase: a dialect to render (repeatable; default: every one)"),
				Option.value("flyway-table", "TABLE", "flyway: Flyway's history table (default flyway_schema_history)"));
	}

	@Override
	public int run(Migrations migrations, Arguments arguments, Console console, Settings settings) {
		List<String> positional = arguments.positional();
		if (positional.size() != 1) {
			throw new UsageException("import needs what to import: 'import flyway', 'import liquibase' or"
					+ " 'import sql-init'");
		}
		Path directory = Path.of(migrations.config().revisionDirectory());
		String location = arguments.value("location");
		ImportResult result = switch (positional.get(0)) {
			case "flyway" -> migrations.imports().flyway(
					(location != null) ? location : defaultLocation("src/main/resources/db/migration", "classpath:db/migration"),
					directory, arguments.flag("stamp"), valueOr(arguments.value("flyway-table"), "flyway_schema_history"));
			case "sql-init" -> {
				if (arguments.flag("stamp")) {
					throw new UsageException("--stamp is for 'import flyway'; after 'import sql-init', run"
							+ " 'baseline' on a database the scripts created");
				}
				yield migrations.imports().sqlInit(
						(location != null) ? location : defaultLocation("src/main/resources", "classpath:"), directory);
			}
			case "liquibase" -> migrations.imports().liquibase(
					Path.of(valueOr(arguments.value("root"), "src/main/resources")),
					valueOr(arguments.value("changelog"), "db/changelog/db.changelog-master.yaml"),
					arguments.values("dialect"), directory, arguments.flag("stamp"));
			default -> throw new UsageException("Unknown import source '" + positional.get(0)
					+ "'; use 'import flyway', 'import liquibase' or 'import sql-init'");
		};
		print(result, console);
		return OK;
	}

	private static String defaultLocation(String directory, String classpath) {
		return Files.isDirectory(Path.of(directory)) ? "filesystem:" + directory : classpath;
	}

	private static String valueOr(@Nullable String value, String fallback) {
		return (value != null) ? value : fallback;
	}

	private static void print(ImportResult result, Console console) {
		if (console.isJson()) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("revisions", result.revisions().stream().map((created) -> created.revision().id()).toList());
			json.put("files", result.revisions().stream().map((created) -> created.file().toString()).toList());
			json.put("notConverted", result.notConverted());
			json.put("sourceVersion", result.sourceVersion());
			json.put("stampedAt", result.stampedAt());
			console.json(json);
			return;
		}
		for (CreatedRevision created : result.revisions()) {
			console.line("Generated " + created.file());
		}
		for (String left : result.notConverted()) {
			console.line("Not converted: " + left);
		}
		if (result.stampedAt() != null) {
			console.line("Stamped the database at " + result.stampedAt() + " (" + result.sourceVersion()
					+ "); 'upgrade heads' runs the revisions after it");
		}
		else if (result.sourceVersion() != null) {
			console.line("Not stamped: the history is at " + result.sourceVersion() + ", before the first script");
		}
	}

}
