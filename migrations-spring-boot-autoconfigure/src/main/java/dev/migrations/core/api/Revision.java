package dev.migrations.core.api;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;

/**
 * One node of the revision graph: its id, the revisions it revises (several for a merge), the revisions it depends on
 * across branches, its branch labels and message. {@code source} names where it was declared, for error messages.
 *
 * @param id the revision id, at most {@value #MAX_ID_LENGTH} letters, digits or {@code _}
 * @param parents the revisions this one revises; empty for a base
 * @param dependsOn revisions or branch labels that must be applied first, without being parents
 * @param branchLabels the labels this revision declares; its descendants inherit them
 * @param message what the revision does, one line
 * @param source the file or class that declared the revision
 */
public record Revision(String id, List<String> parents, List<String> dependsOn, Set<String> branchLabels,
		String message, String source) {

	/** The longest revision id the version table stores. */
	public static final int MAX_ID_LENGTH = 32;

	private static final Set<String> KEYWORDS = Set.of("head", "heads", "base");

	public Revision {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(message, "message");
		Objects.requireNonNull(source, "source");
		checkId(id, source);
		parents = List.copyOf(parents);
		dependsOn = List.copyOf(dependsOn);
		branchLabels = Set.copyOf(branchLabels);
		for (String label : branchLabels) {
			checkLabel(label, source);
		}
	}

	/**
	 * Creates a revision with only an id and parents, for graphs written as literals.
	 * @param id the revision id
	 * @param parents the revisions it revises
	 * @return the revision
	 */
	public static Revision of(String id, String... parents) {
		return new Revision(id, List.of(parents), List.of(), Set.of(), "", id);
	}

	/**
	 * Returns a new random revision id: 12 hexadecimal digits, as Alembic makes them.
	 * @return the id
	 */
	public static String randomId() {
		byte[] bytes = new byte[6];
		RandomSource.RANDOM.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	/**
	 * Checks that {@code id} can be a revision id and be stored in the version table.
	 * @param id the candidate id
	 * @param source where it was declared, for the message
	 * @throws MigrationsException with {@link ErrorCode#INVALID_REVISION_ID} if it cannot
	 */
	public static void checkId(String id, String source) {
		String problem = null;
		if (id.length() > MAX_ID_LENGTH) {
			problem = "is " + id.length() + " characters long; the version table holds at most " + MAX_ID_LENGTH;
		}
		else if (!isIdCharacters(id)) {
			problem = "may only contain letters, digits and '_'";
		}
		else if (KEYWORDS.contains(id.toLowerCase(Locale.ROOT))) {
			problem = "is a target keyword";
		}
		if (problem != null) {
			throw new MigrationsException(ErrorCode.INVALID_REVISION_ID,
					"Revision id '" + id + "' in " + source + " " + problem + "; choose another id");
		}
	}

	// What "[A-Za-z0-9_]+" matches, without a regex: every start checks the id of every revision file. '-' and
	// '+' would make 'REV-N' and 'REV+N' ambiguous, '@' 'LABEL@REV': Alembic forbids them too.
	static boolean isIdCharacters(String id) {
		if (id.isEmpty()) {
			return false;
		}
		for (int i = 0; i < id.length(); i++) {
			char c = id.charAt(i);
			if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) {
				return false;
			}
		}
		return true;
	}

	private static void checkLabel(String label, String source) {
		String problem = null;
		if (!LabelPatterns.LABEL.matcher(label).matches()) {
			problem = "may only contain letters, digits, '_', '.' and '-'";
		}
		else if (KEYWORDS.contains(label.toLowerCase(Locale.ROOT))) {
			problem = "is a target keyword";
		}
		else if (LabelPatterns.ENDS_LIKE_A_STEP.matcher(label).matches()) {
			problem = "ends like a relative step ('-1', '+2'), which targets could not tell apart";
		}
		if (problem != null) {
			throw new MigrationsException(ErrorCode.INVALID_BRANCH_LABEL,
					"Branch label '" + label + "' in " + source + " " + problem + "; choose another label");
		}
	}

	/**
	 * Whether this revision revises nothing.
	 * @return {@code true} for a base revision
	 */
	public boolean isBase() {
		return this.parents.isEmpty();
	}

	/**
	 * Whether this revision revises several revisions.
	 * @return {@code true} for a merge point
	 */
	public boolean isMerge() {
		return this.parents.size() > 1;
	}

	// Seeded on first use: a start reads revisions but makes none, and seeding loads the security providers.
	private static final class RandomSource {

		static final SecureRandom RANDOM = new SecureRandom();

	}

	// Compiled on first use: most revisions have no branch label, and a start compiles no regex it does not need.
	private static final class LabelPatterns {

		static final Pattern LABEL = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.\\-]{0,99}");

		static final Pattern ENDS_LIKE_A_STEP = Pattern.compile(".*[+-][0-9]+");

	}

}
