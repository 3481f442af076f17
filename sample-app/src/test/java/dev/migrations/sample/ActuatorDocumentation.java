package dev.migrations.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON examples of {@code src/docs/actuator.md}, each introduced by a {@code <!-- example: NAME -->} comment.
 */
final class ActuatorDocumentation {

	static final Path FILE = Path.of("..", "src", "docs", "actuator.md");

	private static final Pattern EXAMPLE = Pattern.compile("<!-- example: ([a-z-]+) -->\\s*```json\\n(.*?)\\n```",
			Pattern.DOTALL);

	private ActuatorDocumentation() {
	}

	/**
	 * Returns one example, parsed.
	 * @param name the example's name
	 * @return the JSON
	 * @throws IOException when the documentation cannot be read
	 */
	static JsonNode example(String name) throws IOException {
		Matcher matcher = EXAMPLE.matcher(Files.readString(FILE));
		while (matcher.find()) {
			if (matcher.group(1).equals(name)) {
				return JsonMapper.builder().build().readTree(matcher.group(2));
			}
		}
		throw new IllegalStateException("No example '" + name + "' in " + FILE.toAbsolutePath());
	}

}
