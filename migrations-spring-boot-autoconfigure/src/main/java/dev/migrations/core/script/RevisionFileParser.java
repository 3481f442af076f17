package dev.migrations.core.script;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32C;

import org.jspecify.annotations.Nullable;

import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;
import dev.migrations.core.revision.Direction;
import dev.migrations.core.revision.Revision;

/**
 * Reads the SQL revision file format: a comment header ({@code -- Revision: ...}, {@code -- Revises: ...}) followed
 * by {@code -- migrations:upgrade} and {@code -- migrations:downgrade} sections, each optionally limited to one
 * dialect. Every error names the file and the line.
 */
public final class RevisionFileParser {

	private static final Pattern HEADER = Pattern.compile(
			"(revision|revises|create date|branch labels|depends on|transactional)\\s*:(.*)", Pattern.CASE_INSENSITIVE);

	private static final Pattern MARKER = Pattern.compile("--\\s*migrations:(\\S*)(.*)");

	private static final Pattern DIALECT = Pattern.compile("\\s*dialect\\s*=\\s*([A-Za-z0-9_]+)\\s*");

	private static final Pattern TRAILING_COMMENT = Pattern.compile("\\s+--.*$");

	private static final Pattern PARENTHESISED = Pattern.compile("\\([^)]*\\)");

	private static final Set<String> NONE = Set.of("", "none", "<base>", "base");

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
		String text = content.replace("\r\n", "\n").replace('\r', '\n');
		int[] starts = lineStarts(text);
		Map<String, String> header = new HashMap<>();
		String message = null;
		int index = 0;
		for (; index < starts.length; index++) {
			String line = strippedLine(text, starts, index);
			if (line.isEmpty()) {
				continue;
			}
			if (!line.startsWith("--")) {
				throw error(resource, index + 1, "SQL before the first '-- migrations:upgrade' marker;"
						+ " put the SQL below a marker");
			}
			if (isMarker(line)) {
				break;
			}
			String comment = line.substring(2).strip();
			Matcher matcher = isHeaderCandidate(comment) ? HEADER.matcher(comment) : null;
			if (matcher != null && matcher.matches()) {
				String key = matcher.group(1).toLowerCase(Locale.ROOT);
				if (header.put(key, withoutTrailingComment(matcher.group(2))) != null) {
					throw error(resource, index + 1, "'" + matcher.group(1) + "' appears twice in the header");
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
		Revision revision = new Revision(id, list(revises), list(header.getOrDefault("depends on", "")),
				new LinkedHashSet<>(list(header.getOrDefault("branch labels", ""))), (message != null) ? message : "",
				resource.description());
		boolean transactional = bool(resource, text, header.getOrDefault("transactional", "true"));
		List<Section> sections = sections(resource, text, starts, index);
		if (!hasUpgrade(sections)) {
			throw error(resource, starts.length, "no '-- migrations:upgrade' section; add one with the upgrade SQL");
		}
		return new RevisionFile(revision, transactional, checksum(text), sections);
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
		CRC32C crc = new CRC32C();
		byte[] bytes = content.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8);
		crc.update(bytes, 0, bytes.length);
		return HexFormat.of().toHexDigits((int) crc.getValue());
	}

	// Line i runs from starts[i] to the character before starts[i + 1] (a '\n'), the last line to the end: the lines
	// of text.split("\n", -1), without copying them.
	private static int[] lineStarts(String text) {
		int count = 1;
		for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
			count++;
		}
		int[] starts = new int[count];
		int line = 1;
		for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
			starts[line++] = i + 1;
		}
		return starts;
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

	// The MARKER pattern, tested by hand on the prefix every marker has: "--", regex blanks, "migrations:".
	private static boolean isMarker(String line) {
		if (!line.startsWith("--")) {
			return false;
		}
		int i = 2;
		while (i < line.length() && isRegexBlank(line.charAt(i))) {
			i++;
		}
		return line.startsWith("migrations:", i) && MARKER.matcher(line).matches();
	}

	// Every header key starts with one of these letters, in either case.
	private static boolean isHeaderCandidate(String comment) {
		return !comment.isEmpty() && "rcbdtRCBDT".indexOf(comment.charAt(0)) >= 0;
	}

	// TRAILING_COMMENT.matcher(value).replaceFirst("").strip(), without a regex for the usual value with no "--".
	private static String withoutTrailingComment(String value) {
		return (value.contains("--") ? TRAILING_COMMENT.matcher(value).replaceFirst("") : value).strip();
	}

	private static boolean isRegexBlank(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
	}

	private List<Section> sections(ScriptResource resource, String text, int[] starts, int start) {
		List<Section> sections = new ArrayList<>();
		Direction direction = null;
		String dialect = null;
		int sectionStart = 0;
		for (int index = start; index <= starts.length; index++) {
			Matcher marker = null;
			String line = (index < starts.length) ? commentLine(text, starts, index) : null;
			if (line != null && isMarker(line)) {
				marker = MARKER.matcher(line);
				marker.matches();
			}
			if (index == starts.length || marker != null) {
				if (direction != null) {
					sections.add(new Section(direction, dialect, sectionStart + 1,
							this.placeholders.replace(lines(text, starts, sectionStart, index), resource, sectionStart + 1)));
				}
				if (marker != null) {
					direction = direction(resource, index + 1, marker.group(1));
					dialect = dialect(resource, index + 1, marker.group(2));
					sectionStart = index + 1;
				}
			}
		}
		return sections;
	}

	// The lines from..to (exclusive) joined with '\n', as one substring of the text.
	private static String lines(String text, int[] starts, int from, int to) {
		if (from >= to) {
			return "";
		}
		return text.substring(starts[from], lineEnd(text, starts, to - 1));
	}

	private static Direction direction(ScriptResource resource, int line, String name) {
		for (Direction direction : Direction.values()) {
			if (direction.label().equals(name)) {
				return direction;
			}
		}
		throw error(resource, line, "unknown marker 'migrations:" + name
				+ "'; use '-- migrations:upgrade' or '-- migrations:downgrade'");
	}

	private @Nullable String dialect(ScriptResource resource, int line, String options) {
		if (options.isBlank()) {
			return null;
		}
		Matcher matcher = DIALECT.matcher(options);
		if (!matcher.matches()) {
			throw error(resource, line, "cannot read '" + options.strip() + "' after the marker; write 'dialect=<name>'");
		}
		String dialect = matcher.group(1).toLowerCase(Locale.ROOT);
		if (!this.dialects.contains(dialect)) {
			throw error(resource, line, "unknown dialect '" + dialect + "'; use one of " + String.join(", ",
					this.dialects.stream().sorted().toList()));
		}
		return dialect;
	}

	private static boolean bool(ScriptResource resource, String text, String value) {
		switch (value.toLowerCase(Locale.ROOT)) {
			case "true":
			case "yes":
				return true;
			case "false":
			case "no":
				return false;
			default:
				throw error(resource, lineOf(text.split("\n", -1), "transactional"), "'Transactional: " + value
						+ "' must be true or false");
		}
	}

	private static int lineOf(String[] lines, String key) {
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].toLowerCase(Locale.ROOT).contains(key)) {
				return i + 1;
			}
		}
		return 1;
	}

	private static List<String> list(String raw) {
		String value = ((raw.indexOf('(') >= 0) ? PARENTHESISED.matcher(raw).replaceAll("") : raw).strip();
		if (NONE.contains(value.toLowerCase(Locale.ROOT))) {
			return List.of();
		}
		// value.split("[,\\s]+") without its empty items, without compiling the pattern on every call
		List<String> items = new ArrayList<>(2);
		int from = -1;
		for (int i = 0; i <= value.length(); i++) {
			boolean separator = (i == value.length()) || value.charAt(i) == ',' || isRegexBlank(value.charAt(i));
			if (separator && from >= 0) {
				items.add(value.substring(from, i));
				from = -1;
			}
			else if (!separator && from < 0) {
				from = i;
			}
		}
		return List.copyOf(items);
	}

	private static MigrationsException error(ScriptResource resource, int line, String problem) {
		return new MigrationsException(ErrorCode.INVALID_REVISION_FILE,
				resource.description() + ":" + line + ": " + problem);
	}

}
