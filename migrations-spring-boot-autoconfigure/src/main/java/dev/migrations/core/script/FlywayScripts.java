package dev.migrations.core.script;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import dev.migrations.core.api.Revision;
import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;

/**
 * The SQL migrations of a Flyway location, read with Flyway's naming rules: versioned {@code V1.1__what.sql} in
 * version order, each with its {@code U1.1__what.sql} undo script when there is one, and the repeatable
 * {@code R__what.sql} scripts, which have no place in a revision graph and are only named.
 *
 * @param versioned the versioned migrations, in version order
 * @param repeatables the file names of the repeatable migrations, in name order
 * @param unnamed the {@code .sql} files that are not named as Flyway migrations, which Flyway does not run either
 */
public record FlywayScripts(List<FlywayScripts.Migration> versioned, List<String> repeatables, List<String> unnamed) {

	private static final Pattern NAME = Pattern.compile("([VUR])(.*?)__(.+)\\.sql", Pattern.CASE_INSENSITIVE);

	/**
	 * One versioned Flyway migration.
	 *
	 * @param version the version as Flyway prints it, {@code _} written as {@code .}: {@code 1.1}
	 * @param description the description, {@code _} written as a space
	 * @param fileName the script's file name
	 * @param sql the script, unchanged
	 * @param undoSql the undo script, or {@code null} when there is none
	 */
	public record Migration(String version, String description, String fileName, String sql,
			@Nullable String undoSql) {

		/**
		 * Returns the id of the revision this migration becomes: {@code v} and the version, {@code .} written as
		 * {@code _}, so that the same version always maps to the same revision.
		 * @return the revision id, such as {@code v1_1}
		 */
		public String revisionId() {
			return "v" + this.version.replace('.', '_');
		}

	}

	/**
	 * Reads the scripts of a Flyway location.
	 * @param resources the {@code .sql} files of the location
	 * @param location the location, for messages
	 * @return the migrations
	 * @throws MigrationsException with {@link ErrorCode#IMPORT_REFUSED} for two scripts of one version, an undo
	 * script without its migration, or a version Flyway would not accept
	 */
	public static FlywayScripts read(List<ScriptResource> resources, String location) {
		Map<String, ScriptResource> versioned = new HashMap<>();
		Map<String, ScriptResource> undo = new HashMap<>();
		List<String> repeatables = new ArrayList<>();
		List<String> unnamed = new ArrayList<>();
		for (ScriptResource resource : resources) {
			Matcher matcher = NAME.matcher(resource.fileName());
			if (!matcher.matches()) {
				unnamed.add(resource.fileName());
				continue;
			}
			String prefix = matcher.group(1).toUpperCase(Locale.ROOT);
			if (prefix.equals("R")) {
				repeatables.add(resource.fileName());
				continue;
			}
			String version = version(matcher.group(2), resource);
			Map<String, ScriptResource> target = prefix.equals("V") ? versioned : undo;
			ScriptResource previous = target.put(version, resource);
			if (previous != null) {
				throw refused("Flyway version " + version + " is declared twice in " + location + ": "
						+ previous.description() + " and " + resource.description() + "; keep one");
			}
		}
		for (Map.Entry<String, ScriptResource> entry : undo.entrySet()) {
			if (!versioned.containsKey(entry.getKey())) {
				throw refused("Undo script " + entry.getValue().description() + " has no versioned migration V"
						+ entry.getKey() + "; remove it or add the migration");
			}
		}
		List<Migration> migrations = versioned.entrySet().stream()
			.sorted(Comparator.comparing(Map.Entry::getKey, FlywayScripts::compareVersions))
			.map((entry) -> migration(entry.getKey(), entry.getValue(), undo.get(entry.getKey())))
			.toList();
		for (int i = 1; i < migrations.size(); i++) {
			if (compareVersions(migrations.get(i - 1).version(), migrations.get(i).version()) == 0) {
				throw refused("Flyway versions " + migrations.get(i - 1).version() + " and "
						+ migrations.get(i).version() + " are the same version (" + migrations.get(i - 1).fileName()
						+ ", " + migrations.get(i).fileName() + "), which Flyway refuses too; keep one");
			}
		}
		return new FlywayScripts(migrations, repeatables.stream().sorted().toList(), unnamed.stream().sorted().toList());
	}

	private static Migration migration(String version, ScriptResource resource, @Nullable ScriptResource undo) {
		Matcher matcher = NAME.matcher(resource.fileName());
		matcher.matches();
		String description = matcher.group(3).replace('_', ' ').strip();
		return new Migration(version, description, resource.fileName(), resource.read(),
				(undo != null) ? undo.read() : null);
	}

	private static String version(String raw, ScriptResource resource) {
		String version = raw.replace('_', '.');
		if (!version.matches("[0-9]+(\\.[0-9]+)*")) {
			throw refused("Cannot read the Flyway version of " + resource.description() + ": '" + raw
					+ "' is not digits separated by '.' or '_'; rename it like V1_1__description.sql");
		}
		String id = "v" + version.replace('.', '_');
		if (id.length() > Revision.MAX_ID_LENGTH) {
			throw refused("Flyway version " + version + " of " + resource.description() + " is too long for a"
					+ " revision id (" + id + ", at most " + Revision.MAX_ID_LENGTH
					+ " characters)");
		}
		return version;
	}

	/**
	 * Compares two Flyway versions part by part, numerically, {@code 1.10} after {@code 1.9} and {@code 1.0} equal
	 * to {@code 1}.
	 * @param first a version
	 * @param second another version
	 * @return the comparison
	 */
	public static int compareVersions(String first, String second) {
		String[] a = first.split("\\.");
		String[] b = second.split("\\.");
		for (int i = 0; i < Math.max(a.length, b.length); i++) {
			BigInteger x = (i < a.length) ? new BigInteger(a[i]) : BigInteger.ZERO;
			BigInteger y = (i < b.length) ? new BigInteger(b[i]) : BigInteger.ZERO;
			int compared = x.compareTo(y);
			if (compared != 0) {
				return compared;
			}
		}
		return 0;
	}

	private static MigrationsException refused(String message) {
		return new MigrationsException(ErrorCode.IMPORT_REFUSED, message);
	}

}
