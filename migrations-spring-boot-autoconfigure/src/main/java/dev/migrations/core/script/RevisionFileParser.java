package dev.migrations.core.script;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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
		String[] lines = text.split("\n", -1);
		Map<String, String> header = new HashMap<>();
		String message = null;
		int index = 0;
		for (; index < lines.length; index++) {
			String line = lines[index].strip();
			if (MARKER.matcher(line).matches()) {
				break;
			}
			if (line.isEmpty()) {
				continue;
			}
			if (!line.startsWith("--")) {
				throw error(resource, index + 1, "SQL before the first '-- migrations:upgrade' marker;"
						+ " put the SQL below a marker");
			}
			String comment = line.substring(2).strip();
			Matcher matcher = HEADER.matcher(comment);
			if (matcher.matches()) {
				String key = matcher.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
				if (header.put(key, TRAILING_COMMENT.matcher(matcher.group(2)).replaceFirst("").strip()) != null) {
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
		boolean transactional = bool(resource, lines, header.getOrDefault("transactional", "true"));
		List<Section> sections = sections(resource, lines, index);
		if (sections.stream().noneMatch((section) -> section.direction() == Direction.UPGRADE)) {
			throw error(resource, lines.length, "no '-- migrations:upgrade' section; add one with the upgrade SQL");
		}
		return new RevisionFile(revision, transactional, checksum(text), sections);
	}

	/**
	 * Computes the checksum the version history stores for a file's content.
	 * @param content the file content
	 * @return the checksum as 8 hexadecimal digits
	 */
	public static String checksum(String content) {
		CRC32C crc = new CRC32C();
		byte[] bytes = content.replace("\r\n", "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
		crc.update(bytes, 0, bytes.length);
		return String.format("%08x", crc.getValue());
	}

	private List<Section> sections(ScriptResource resource, String[] lines, int start) {
		List<Section> sections = new ArrayList<>();
		Direction direction = null;
		String dialect = null;
		int sectionStart = 0;
		for (int index = start; index <= lines.length; index++) {
			Matcher marker = (index < lines.length) ? MARKER.matcher(lines[index].strip()) : null;
			if (index == lines.length || marker.matches()) {
				if (direction != null) {
					String sql = String.join("\n", Arrays.asList(lines).subList(sectionStart, index));
					sections.add(new Section(direction, dialect, sectionStart + 1,
							this.placeholders.replace(sql, resource, sectionStart + 1)));
				}
				if (index < lines.length) {
					direction = direction(resource, index + 1, marker.group(1));
					dialect = dialect(resource, index + 1, marker.group(2));
					sectionStart = index + 1;
				}
			}
		}
		return sections;
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

	private static boolean bool(ScriptResource resource, String[] lines, String value) {
		switch (value.toLowerCase(Locale.ROOT)) {
			case "true":
			case "yes":
				return true;
			case "false":
			case "no":
				return false;
			default:
				throw error(resource, lineOf(lines, "transactional"), "'Transactional: " + value
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
		String value = PARENTHESISED.matcher(raw).replaceAll("").strip();
		if (NONE.contains(value.toLowerCase(Locale.ROOT))) {
			return List.of();
		}
		return Arrays.stream(value.split("[,\\s]+")).filter((item) -> !item.isEmpty()).toList();
	}

	private static MigrationsException error(ScriptResource resource, int line, String problem) {
		return new MigrationsException(ErrorCode.INVALID_REVISION_FILE,
				resource.description() + ":" + line + ": " + problem);
	}

}
