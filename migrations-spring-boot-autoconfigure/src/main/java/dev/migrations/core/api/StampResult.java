package dev.migrations.core.api;

import java.util.List;

/**
 * What a stamp did: the version rows before and after. No revision ran.
 *
 * @param before the current revisions before the command
 * @param current the current revisions after the command
 */
public record StampResult(List<String> before, List<String> current) {

	public StampResult {
		before = List.copyOf(before);
		current = List.copyOf(current);
	}

}
