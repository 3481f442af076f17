package dev.migrations.core.runtime;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import dev.migrations.core.api.ImportResult;
import dev.migrations.core.api.Revision;
import dev.migrations.core.dialect.Dialects;
import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;
import dev.migrations.core.script.Location;
import dev.migrations.core.script.ScriptResource;

/**
 * {@code import sql-init}: turns Spring Boot's {@code spring.sql.init} scripts ({@code schema.sql}, {@code data.sql},
 * their {@code -platform} variants and {@code platform/schema.sql} directories) into one first revision, with a
 * section per dialect where the scripts differ and a downgrade that drops what the schema scripts create.
 */
public final class SqlInitImportCommand {

	private static final Pattern SCRIPT = Pattern.compile("(schema|data)(?:-([a-z0-9]+))?\\.sql");

	private static final Pattern CREATED = Pattern.compile(
			"(?im)^\\s*create\\s+(?:or\\s+replace\\s+)?(table|view|sequence)\\s+(?:if\\s+not\\s+exists\\s+)?([\\w.\"`]+)");

	private static final Map<String, String> PLATFORMS = Map.of("postgres", "postgresql", "postgresql", "postgresql",
			"sqlite", "sqlite", "h2", "h2", "mysql", "mysql", "mariadb", "mariadb");

	private final Engine engine;

	/**
	 * Creates the command.
	 * @param engine the engine it runs on
	 */
	public SqlInitImportCommand(Engine engine) {
		this.engine = engine;
	}

	/**
	 * Imports the scripts of a location.
	 * @param location where the scripts are, {@code classpath:} or {@code filesystem:}
	 * @param directory the directory to write the revision to, which must hold none yet
	 * @return the file written and the scripts left out
	 * @throws MigrationsException with {@link ErrorCode#IMPORT_REFUSED} when there are no scripts, or the directory
	 * has revisions already
	 */
	public ImportResult run(String location, Path directory) {
		return this.engine.command("import", "sql-init " + location, () -> {
			Map<String, Scripts> byDialect = new TreeMap<>();
			List<String> notConverted = new ArrayList<>();
			List<String> files = new ArrayList<>();
			List<ScriptResource> resources = Location.parse(location).scan(this.engine.classLoader()).stream()
				.sorted(Comparator.comparing(ScriptResource::description))
				.toList();
			for (ScriptResource resource : resources) {
				Matcher matcher = SCRIPT.matcher(resource.fileName().toLowerCase(Locale.ROOT));
				if (!matcher.matches()) {
					continue;
				}
				String platform = (matcher.group(2) != null) ? matcher.group(2) : directoryPlatform(resource);
				String dialect = (platform == null || platform.equals("all")) ? "" : PLATFORMS.get(platform);
				if (dialect == null || (!dialect.isEmpty() && !Dialects.names().contains(dialect))) {
					notConverted.add(resource.description() + ": no dialect for platform '" + platform + "'");
					continue;
				}
				Scripts scripts = byDialect.computeIfAbsent(dialect, (key) -> new Scripts());
				(matcher.group(1).equals("schema") ? scripts.schema : scripts.data).add(resource.read());
				files.add(resource.description());
			}
			if (byDialect.isEmpty()) {
				throw new MigrationsException(ErrorCode.IMPORT_REFUSED, "No spring.sql.init scripts (schema.sql,"
						+ " data.sql, schema-<platform>.sql, <platform>/schema.sql) in " + location
						+ "; name their directory with --location");
			}
			ImportWriter writer = new ImportWriter(this.engine, directory);
			Revision revision = new Revision(Revision.randomId(), List.of(), List.of(), Set.of(),
					"Schema and data of the spring.sql.init scripts", location);
			List<String> notes = new ArrayList<>(List.of("Imported from spring.sql.init:"));
			files.stream().sorted().forEach((file) -> notes.add("  " + file));
			writer.add(revision, writer.header(revision, notes, true) + sections(byDialect));
			return new ImportResult(writer.write(), notConverted, null, null);
		});
	}

	// Spring Boot runs a platform's scripts, then the generic ones: a dialect's section comes first for the same reason.
	private static String sections(Map<String, Scripts> byDialect) {
		StringBuilder upgrade = new StringBuilder();
		StringBuilder downgrade = new StringBuilder();
		List<String> order = new ArrayList<>(byDialect.keySet());
		order.remove("");
		if (byDialect.containsKey("")) {
			order.add("");
		}
		for (String dialect : order) {
			Scripts scripts = byDialect.get(dialect);
			String suffix = dialect.isEmpty() ? "" : " dialect=" + dialect;
			upgrade.append("-- migrations:upgrade").append(suffix).append('\n');
			scripts.schema.forEach((sql) -> upgrade.append(ImportWriter.withNewline(sql)));
			scripts.data.forEach((sql) -> upgrade.append(ImportWriter.withNewline(sql)));
			upgrade.append('\n');
			downgrade.append("-- migrations:downgrade").append(suffix).append('\n');
			List<String> drops = new ArrayList<>();
			for (String sql : scripts.schema) {
				Matcher created = CREATED.matcher(sql);
				while (created.find()) {
					drops.add(0, "DROP " + created.group(1).toUpperCase(Locale.ROOT) + " IF EXISTS " + created.group(2)
							+ ";");
				}
			}
			drops.forEach((drop) -> downgrade.append(drop).append('\n'));
			downgrade.append('\n');
		}
		return upgrade.toString() + downgrade;
	}

	private static @Nullable String directoryPlatform(ScriptResource resource) {
		String path = resource.description().replace('\\', '/');
		int end = path.lastIndexOf('/');
		int start = path.lastIndexOf('/', end - 1);
		if (end <= 0) {
			return null;
		}
		String parent = path.substring(start + 1, end).toLowerCase(Locale.ROOT);
		return PLATFORMS.containsKey(parent) ? parent : null;
	}

	private static final class Scripts {

		private final List<String> schema = new ArrayList<>();

		private final List<String> data = new ArrayList<>();

	}

}
