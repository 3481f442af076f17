package dev.migrations.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;

/**
 * Compares the shape of two JSON documents: the same field names at every level, and values of the same kind (text,
 * number, boolean, object, array). Arrays are compared by their first element when both have one. A field documented
 * as {@code null} may be absent or null.
 */
final class JsonShape {

	private JsonShape() {
	}

	/**
	 * Lists how an actual document differs in shape from the documented one.
	 * @param documented the example
	 * @param actual a real response
	 * @return the differences, each with its JSON path; empty when the shapes agree
	 */
	static List<String> differences(JsonNode documented, JsonNode actual) {
		List<String> differences = new ArrayList<>();
		compare("$", documented, actual, differences);
		return differences;
	}

	private static void compare(String path, JsonNode documented, JsonNode actual, List<String> differences) {
		if (documented.isNull()) {
			return;
		}
		if (!kind(documented).equals(kind(actual))) {
			differences.add(path + ": documented as " + kind(documented) + " but is " + kind(actual));
			return;
		}
		if (documented.isObject()) {
			Set<String> documentedNames = new TreeSet<>(documented.propertyNames());
			Set<String> actualNames = new TreeSet<>(actual.propertyNames());
			for (String name : documentedNames) {
				if (!actualNames.contains(name)) {
					if (!documented.get(name).isNull()) {
						differences.add(path + "." + name + ": documented but missing");
					}
				}
				else {
					compare(path + "." + name, documented.get(name), actual.get(name), differences);
				}
			}
			for (String name : actualNames) {
				if (!documentedNames.contains(name)) {
					differences.add(path + "." + name + ": present but not documented");
				}
			}
		}
		else if (documented.isArray() && !documented.isEmpty() && !actual.isEmpty()) {
			compare(path + "[0]", documented.get(0), actual.get(0), differences);
		}
	}

	private static String kind(JsonNode node) {
		if (node.isObject()) {
			return "object";
		}
		if (node.isArray()) {
			return "array";
		}
		if (node.isNumber()) {
			return "number";
		}
		if (node.isBoolean()) {
			return "boolean";
		}
		return node.isNull() ? "null" : "text";
	}

}
