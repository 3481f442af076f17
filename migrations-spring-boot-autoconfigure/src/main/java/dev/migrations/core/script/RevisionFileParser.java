package dev.migrations.core.script;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.CRC32C;

import org.jspecify.annotations.Nullable;

import dev.migrations.core.api.Direction;
import dev.migrations.core.api.Revision;
import dev.migrations.core.api.Section;
import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;

/**
 * Reads the SQL revision file format: a comment header ({@code -- Revision: ...}, {@code -- Revises: ...}) followed
 * by {@code -- migrations:upgrade} and {@code -- migrations:downgrade} sections, each optionally limited to one
 * dialect. Every error names the file and the line.
 */
public final class RevisionFileParser {

	private static final List<String> HEADER_KEYS = List.of("revision", "revises", "create date", "branch labels",
			"depends on", "transactional");

	private final Set<String> dialects;

	private final Placeholders placeholders;

	/**
	 * Creates a parser that accepts sections for the given dialect names.
	 * @param dialects the dialect names a section may name
	 */
	public RevisionFileParser(Set<String> dialects) {
		this(dialects, Placeholders.NONE);
	}

	/**
	 * Creates a parser that accepts sections for the given dialect names and puts placeholder values in their SQL.
	 * @param dialects the dialect names a section may name
	 * @param placeholders the values of {@code ${name}} placeholders
	 */
	public RevisionFileParser(Set<String> dialects, Placeholders placeholders) {
		this.dialects = Set.copyOf(dialects);
		this.placeholders = placeholders;
	}

	/**
	 * Parses a revision file.
	 * @param resource where the content comes from, for messages
	 * @param content the file content
	 * @return the parsed file
	 * @throws MigrationsException with {@link ErrorCode#INVALID_REVISION_FILE} or
	 * {@link ErrorCode#INVALID_REVISION_ID} naming the file and line
	 */
	public RevisionFile parse(ScriptResource resource, String content) {
		String text = (content.indexOf('\r') < 0) ? content : content.replace("\r\n", "\n").replace('\r', '\n');
		int[] starts = lineStarts(text);
		Map<String, String> header = new HashMap<>();
		String message = null;
		int index = 0;
		Marker marker = null;
		for (; index < starts.length; index++) {
			String line = strippedLine(text, starts, index);
			if (line.isEmpty()) {
				continue;
			}
			if (!line.startsWith("--")) {
				throw error(resource, index + 1, "SQL before the first '-- migrations:upgrade' marker;"
						+ " put the SQL below a marker");
			}
			marker = Marker.of(line);
			if (marker != null) {
				break;
			}
			String comment = line.substring(2).strip();
			String key = headerKey(comment);
			if (key != null) {
				String value = comment.substring(comment.indexOf(':', key.length()) + 1);
				if (header.put(key, withoutTrailingComment(value)) != null) {
					throw error(resource, index + 1, "'" + comment.substring(0, key.length())
							+ "' appears twice in the header");
				}
			}
			else if (message == null && header.isEmpty() && !comment.isEmpty()) {
				message = comment;
			}
		}
		String id = header.get("revision");
		if (id == null || id.isEmpty()) {
			throw error(resource, 1, "no '-- Revision: <id>' line in the header; add one");
		}
		Revision.checkId(id, resource.description());
		String revises = header.get("revises");
		if (revises == null) {
			throw error(resource, 1, "no '-- Revises: <id>' line in the header; add one (empty for a base revision)");
		}
		Revision revision = new Revision(id, HeaderValues.list(revises),
				HeaderValues.list(header.getOrDefault("depends on", "")),
				new LinkedHashSet<>(HeaderValues.list(header.getOrDefault("branch labels", ""))),
				(message != null) ? message : "", resource.description());
		boolean transactional = HeaderValues.bool(resource, text, header.getOrDefault("transactional", "true"));
		List<Section> sections = sections(resource, text, starts, index, marker);
		if (!hasUpgrade(sections)) {
			throw error(resource, starts.length, "no '-- migrations:upgrade' section; add one with the upgrade SQL");
		}
		return new RevisionFile(revision, transactional, crc(text), sections);
	}

	// A loop, not a stream: this runs once per file on every start, mostly before the JIT compiler has seen it.
	private static boolean hasUpgrade(List<Section> sections) {
		for (Section section : sections) {
			if (section.direction() == Direction.UPGRADE) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Computes the checksum the version history stores for a file's content.
	 * @param content the file content
	 * @return the checksum as 8 hexadecimal digits
	 */
	public static String checksum(String content) {
		return crc(content.replace("\r\n", "\n"));
	}

	private static String crc(String text) {
		CRC32C crc = new CRC32C();
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		crc.update(bytes, 0, bytes.length);
		return HexFormat.of().toHexDigits((int) crc.getValue());
	}

	// Line i runs from starts[i] to the character before starts[i + 1] (a '\n'), the last line to the end: the lines
	// of text.split("\n", -1), without copying them.
	private static int[] lineStarts(String text) {
		int[] starts = new int[16];
		int count = 1;
		for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
			if (count == starts.length) {
				starts = Arrays.copyOf(starts, count * 2);
			}
			starts[count++] = i + 1;
		}
		return (count == starts.length) ? starts : Arrays.copyOf(starts, count);
	}

	private static int lineEnd(String text, int[] starts, int index) {
		return (index + 1 < starts.length) ? starts[index + 1] - 1 : text.length();
	}

	private static String strippedLine(String text, int[] starts, int index) {
		int from = starts[index];
		int to = lineEnd(text, starts, index);
		String line = text.substring(from, to);
		return (from < to && (Character.isWhitespace(text.charAt(from)) || Character.isWhitespace(text.charAt(to - 1))))
				? line.strip() : line;
	}

	// The stripped line when it starts with "--", which every marker does; null for the SQL lines, without copying them.
	private static @Nullable String commentLine(String text, int[] starts, int index) {
		int to = lineEnd(text, starts, index);
		int first = starts[index];
		while (first < to && Character.isWhitespace(text.charAt(first))) {
			first++;
		}
		return text.startsWith("--", first) ? strippedLine(text, starts, index) : null;
	}

	// What "(revision|revises|...)\s*:(.*)" matches, case-insensitive, without a regex: a key in any ASCII case,
	// regex blanks, a colon, then no line terminator (a '.' of a regex matches none). Returns the key in lower case.
	private static @Nullable String headerKey(String comment) {
		if (comment.isEmpty()) {
			return null;
		}
		char first = comment.charAt(0);
		char lower = (first >= 'A' && first <= 'Z') ? (char) (first + ('a' - 'A')) : first;
		for (String key : HEADER_KEYS) {
			if (key.charAt(0) == lower && PatternChars.regionMatchesIgnoringAsciiCase(comment, 0, key)) {
				int i = PatternChars.skipSpaces(comment, key.length());
				return (i < comment.length() && comment.charAt(i) == ':' && !hasLineTerminator(comment, i + 1)) ? key
						: null;
			}
		}
		return null;
	}

	// indexOf, not a look at each character: this runs for every header line of every file, mostly interpreted.
	private static boolean hasLineTerminator(String text, int from) {
		return text.indexOf('\n', from) >= 0 || text.indexOf('\r', from) >= 0 || text.indexOf('\u0085', from) >= 0
				|| text.indexOf('\u2028', from) >= 0 || text.indexOf('\u2029', from) >= 0;
	}

	// TrailingComment.PATTERN.matcher(value).replaceFirst("").strip(), without a regex for the usual value with no "--".
	private static String withoutTrailingComment(String value) {
		return (value.contains("--") ? TrailingComment.PATTERN.matcher(value).replaceFirst("") : value).strip();
	}

	// The sections from the first marker on (none without one). Each marker is followed by a section, checked as it
	// comes: the marker, then the placeholders of its SQL.
	private List<Section> sections(ScriptResource resource, String text, int[] starts, int first,
			@Nullable Marker firstMarker) {
		List<Section> sections = new ArrayList<>();
		int index = first;
		Marker marker = firstMarker;
		while (marker != null) {
			boolean operations = OperationsSections.marks(marker.name(), marker.options());
			Direction direction = operations ? OperationsSections.direction(marker.name())
					: direction(resource, index + 1, marker.name());
			String dialect = operations ? null : dialect(resource, index + 1, marker.options());
			MarkerLine next = nextMarker(text, starts, index + 1);
			String body = this.placeholders.replace(lines(text, starts, index + 1, next.index()), resource, index + 2);
			if (operations) {
				OperationsParser.parse(resource, body, index + 2, this.dialects);
			}
			sections.add(new Section(direction, dialect, index + 2, body, operations));
			index = next.index();
			marker = next.marker();
		}
		OperationsSections.check(resource, sections);
		return sections;
	}

	// The first marker line from line 'from' on, or the line count and no marker. Every marker holds "migrations:",
	// so indexOf finds the candidates instead of a look at every line of SQL.
	private static MarkerLine nextMarker(String text, int[] starts, int from) {
		int position = (from < starts.length) ? starts[from] : text.length() + 1;
		int found = text.indexOf("migrations:", position);
		while (found >= 0) {
			int index = lineIndex(starts, found);
			String line = commentLine(text, starts, index);
			Marker marker = (line != null) ? Marker.of(line) : null;
			if (marker != null) {
				return new MarkerLine(index, marker);
			}
			found = text.indexOf("migrations:", lineEnd(text, starts, index) + 1);
		}
		return new MarkerLine(starts.length, null);
	}

	private static int lineIndex(int[] starts, int position) {
		int found = Arrays.binarySearch(starts, position);
		return (found >= 0) ? found : -found - 2;
	}

	// The lines from..to (exclusive) joined with '\n', as one substring of the text.
	private static String lines(String text, int[] starts, int from, int to) {
		if (from >= to) {
			return "";
		}
		return text.substring(starts[from], lineEnd(text, starts, to - 1));
	}

	private static Direction direction(ScriptResource resource, int line, String name) {
		if (name.equals(Direction.UPGRADE.label())) {
			return Direction.UPGRADE;
		}
		if (name.equals(Direction.DOWNGRADE.label())) {
			return Direction.DOWNGRADE;
		}
		throw error(resource, line, "unknown marker 'migrations:" + name
				+ "'; use '-- migrations:upgrade' or '-- migrations:downgrade'");
	}

	private @Nullable String dialect(ScriptResource resource, int line, String options) {
		if (options.isBlank()) {
			return null;
		}
		String name = dialectName(options);
		if (name == null) {
			throw error(resource, line, "cannot read '" + options.strip() + "' after the marker; write 'dialect=<name>'");
		}
		String dialect = name.toLowerCase(Locale.ROOT);
		if (!this.dialects.contains(dialect)) {
			throw error(resource, line, "unknown dialect '" + dialect + "'; use one of " + String.join(", ",
					this.dialects.stream().sorted().toList()));
		}
		return dialect;
	}

	// What "\s*dialect\s*=\s*([A-Za-z0-9_]+)\s*" matches, without a regex: the name, or null.
	private static @Nullable String dialectName(String options) {
		int i = PatternChars.skipSpaces(options, 0);
		if (!options.startsWith("dialect", i)) {
			return null;
		}
		i = PatternChars.skipSpaces(options, i + "dialect".length());
		if (i == options.length() || options.charAt(i) != '=') {
			return null;
		}
		int start = PatternChars.skipSpaces(options, i + 1);
		int end = start;
		while (end < options.length() && isWordCharacter(options.charAt(end))) {
			end++;
		}
		return (end > start && PatternChars.skipSpaces(options, end) == options.length()) ? options.substring(start, end)
				: null;
	}

	private static boolean isWordCharacter(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
	}

	/**
	 * Reads the operations of a {@code -- migrations:operations} section of a file this parser read.
	 * @param resource the file
	 * @param section the section
	 * @return the operations with their lines
	 */
	public List<LocatedOperation> operations(ScriptResource resource, Section section) {
		return OperationsParser.parse(resource, section.sql(), section.firstLine(), this.dialects);
	}

	static MigrationsException error(ScriptResource resource, int line, String problem) {
		return new MigrationsException(ErrorCode.INVALID_REVISION_FILE,
				resource.description() + ":" + line + ": " + problem);
	}

	/**
	 * A marker line: what "--\s*migrations:(\S*)(.*)" matches, without a regex, since every file has markers.
	 *
	 * @param name the word after {@code migrations:}, such as {@code upgrade}
	 * @param options the rest of the line
	 */
	private record Marker(String name, String options) {

		// The name runs to the first regex blank; the rest must hold no line terminator, which a regex dot refuses.
		static @Nullable Marker of(String line) {
			if (!line.startsWith("--")) {
				return null;
			}
			int start = PatternChars.skipSpaces(line, 2);
			if (!line.startsWith("migrations:", start)) {
				return null;
			}
			start += "migrations:".length();
			int end = start;
			while (end < line.length() && !PatternChars.isSpace(line.charAt(end))) {
				end++;
			}
			return hasLineTerminator(line, end) ? null : new Marker(line.substring(start, end), line.substring(end));
		}

	}

	// A marker and the index of its line.
	private record MarkerLine(int index, @Nullable Marker marker) {

	}

	// Compiled on first use: a header value seldom holds a comment.
	private static final class TrailingComment {

		static final Pattern PATTERN = Pattern.compile("\\s+--.*$");

	}

}
