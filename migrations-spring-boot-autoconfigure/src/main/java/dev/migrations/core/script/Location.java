package dev.migrations.core.script;

import java.io.File;
import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;

/**
 * A place revision files live: {@code classpath:db/migrations} (directories and jars, Spring Boot's nested jars
 * included) or {@code filesystem:/path/to/dir}. A location without a prefix is a classpath location.
 *
 * @param expression the location as configured
 * @param classpath whether it names a classpath directory
 * @param path the directory, without the prefix
 */
public record Location(String expression, boolean classpath, String path) {

	private static final Logger logger = LoggerFactory.getLogger(Location.class);

	private static final String CLASSPATH = "classpath:";

	private static final String FILESYSTEM = "filesystem:";

	/**
	 * Parses location expressions, in order. A loop, not a stream: a start that has used no stream yet would load
	 * about 16 of the JDK's stream classes for it.
	 * @param expressions the expressions, as {@link #parse} takes them
	 * @return the locations
	 */
	public static List<Location> parseAll(List<String> expressions) {
		List<Location> locations = new ArrayList<>(expressions.size());
		for (String expression : expressions) {
			locations.add(parse(expression));
		}
		return List.copyOf(locations);
	}

	/**
	 * Parses a location expression.
	 * @param expression {@code classpath:...}, {@code filesystem:...} or a bare classpath directory
	 * @return the location
	 */
	public static Location parse(String expression) {
		String text = expression.strip();
		if (text.startsWith(FILESYSTEM)) {
			return new Location(text, false, text.substring(FILESYSTEM.length()));
		}
		String path = text.startsWith(CLASSPATH) ? text.substring(CLASSPATH.length()) : text;
		if (text.contains(":") && !text.startsWith(CLASSPATH)) {
			throw new MigrationsException(ErrorCode.INVALID_CONFIGURATION, "Location '" + expression
					+ "' has an unknown prefix; use 'classpath:' or 'filesystem:'");
		}
		return new Location(text, true, trimSlashes(path));
	}

	/**
	 * Lists the {@code .sql} files below this location, in no particular order.
	 * @param classLoader the class loader for classpath locations
	 * @return the files
	 * @throws MigrationsException with {@link ErrorCode#UNREADABLE_LOCATION} when a filesystem location is missing
	 * or a location cannot be read
	 */
	public List<ScriptResource> scan(ClassLoader classLoader) {
		try {
			return this.classpath ? scanClasspath(classLoader) : scanDirectory(Path.of(this.path), true);
		}
		catch (IOException | URISyntaxException | RuntimeException ex) {
			if (ex instanceof MigrationsException migrationsException) {
				throw migrationsException;
			}
			throw new MigrationsException(ErrorCode.UNREADABLE_LOCATION,
					"Cannot read revision location '" + this.expression + "': " + ex.getMessage(), ex);
		}
	}

	private List<ScriptResource> scanClasspath(ClassLoader classLoader) throws IOException, URISyntaxException {
		List<ScriptResource> found = new ArrayList<>();
		Enumeration<URL> roots = classLoader.getResources(this.path);
		boolean any = false;
		while (roots.hasMoreElements()) {
			any = true;
			URL root = roots.nextElement();
			if ("file".equals(root.getProtocol())) {
				found.addAll(scanDirectory(Path.of(root.toURI()), false));
			}
			else {
				found.addAll(scanJar(root, classLoader));
			}
		}
		if (!any) {
			logger.warn("Revision location '{}' does not exist on the classpath; no revisions loaded from it",
					this.expression);
		}
		return found;
	}

	private List<ScriptResource> scanJar(URL root, ClassLoader classLoader) throws IOException {
		URLConnection connection = root.openConnection();
		if (!(connection instanceof JarURLConnection jarConnection)) {
			throw new MigrationsException(ErrorCode.UNREADABLE_LOCATION, "Cannot list revision location '"
					+ this.expression + "' at " + root + ": unsupported URL protocol '" + root.getProtocol() + "'");
		}
		String prefix = jarConnection.getEntryName() + "/";
		List<ScriptResource> found = new ArrayList<>();
		JarFile jar = jarConnection.getJarFile();
		Enumeration<JarEntry> entries = jar.entries();
		while (entries.hasMoreElements()) {
			String name = entries.nextElement().getName();
			if (name.startsWith(prefix) && isSql(name)) {
				URL url = classLoader.getResource(name);
				if (url != null) {
					found.add(new ScriptResource(name.substring(name.lastIndexOf('/') + 1),
							CLASSPATH + name, url));
				}
			}
		}
		return found;
	}

	private List<ScriptResource> scanDirectory(Path directory, boolean required) throws IOException {
		if (!Files.isDirectory(directory)) {
			if (required) {
				throw new MigrationsException(ErrorCode.UNREADABLE_LOCATION, "Revision location '" + this.expression
						+ "' is not a readable directory (" + directory.toAbsolutePath() + "); create it or fix the location");
			}
			return List.of();
		}
		List<ScriptResource> found = new ArrayList<>();
		collect(directory.toFile(), found);
		return found;
	}

	// What Files.walk finds, at a third of its cost in a fresh JVM: java.io.File lists names without a stat, and
	// one stat per entry tells files (links to files included) from directories (links to them not followed). Those
	// stats are most of the cost, so in a large directory the revision files are told apart in parallel; the other
	// entries are then looked at in their place, which keeps the order of a sequential walk.
	private static void collect(File directory, List<ScriptResource> found) throws IOException {
		String[] names = directory.list();
		if (names == null) {
			throw new IOException("cannot list directory " + directory);
		}
		@Nullable ScriptResource[] files = new ScriptResource[names.length];
		if (ParallelReads.worthIt(names.length)) {
			IntStream.range(0, names.length).parallel().forEach((i) -> files[i] = sqlFile(directory, names[i]));
		}
		else {
			for (int i = 0; i < names.length; i++) {
				files[i] = sqlFile(directory, names[i]);
			}
		}
		for (int i = 0; i < names.length; i++) {
			ScriptResource sqlFile = files[i];
			if (sqlFile != null) {
				found.add(sqlFile);
				continue;
			}
			File other = new File(directory, names[i]);
			if (other.isDirectory() && !Files.isSymbolicLink(other.toPath())) {
				collect(other, found);
			}
		}
	}

	private static @Nullable ScriptResource sqlFile(File directory, String name) {
		if (!isSql(name)) {
			return null;
		}
		File file = new File(directory, name);
		return file.isFile() ? ScriptResource.ofFile(file) : null;
	}

	private static boolean isSql(String name) {
		return name.endsWith(".sql");
	}

	private static String trimSlashes(String path) {
		String trimmed = path;
		while (trimmed.startsWith("/")) {
			trimmed = trimmed.substring(1);
		}
		while (trimmed.endsWith("/")) {
			trimmed = trimmed.substring(0, trimmed.length() - 1);
		}
		return trimmed;
	}

}
