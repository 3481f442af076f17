package dev.migrations.core.schema.diff;

import java.util.List;
import java.util.Locale;

/**
 * Names for the constraints an operation must name but the model leaves unnamed: {@code uq_users_email},
 * {@code fk_tasks_user_id}, {@code ck_users_1}; at most 63 characters, PostgreSQL's limit, with a hash when cut.
 */
final class GeneratedNames {

	private static final int MAX = 63;

	private GeneratedNames() {
	}

	static String of(String prefix, String table, List<String> parts) {
		String name = (prefix + "_" + table + "_" + String.join("_", parts)).toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9_]+", "_")
			.replaceAll("_+", "_")
			.replaceAll("_$", "");
		if (name.length() <= MAX) {
			return name;
		}
		String hash = Integer.toHexString(name.hashCode());
		return name.substring(0, MAX - hash.length() - 1) + "_" + hash;
	}

}
