package dev.migrations.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a command writes: its result on standard output (one JSON object with {@code --json}), errors on standard
 * error, or as a JSON error object on standard output with {@code --json}.
 */
final class Console {

	private final PrintStream out;

	private final PrintStream err;

	private final boolean json;

	Console(PrintStream out, PrintStream err, boolean json) {
		this.out = out;
		this.err = err;
		this.json = json;
	}

	boolean isJson() {
		return this.json;
	}

	void line(String text) {
		this.out.println(text);
	}

	void json(Map<String, ?> object) {
		this.out.println(Json.write(object));
	}

	void error(String code, String message) {
		if (this.json) {
			Map<String, Object> error = new LinkedHashMap<>();
			error.put("code", code);
			error.put("message", message);
			json(Map.of("error", error));
		}
		else {
			this.err.println("ERROR [" + code + "] " + message);
		}
		this.out.flush();
		this.err.flush();
	}

}
