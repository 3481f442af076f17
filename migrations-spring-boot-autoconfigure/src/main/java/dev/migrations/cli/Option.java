package dev.migrations.cli;

import org.jspecify.annotations.Nullable;

/**
 * An option a command accepts.
 *
 * @param name the long name, without dashes
 * @param alias a one-letter alias, or {@code null}
 * @param value the value's placeholder for help, or {@code null} for a flag
 * @param help one line of help
 */
record Option(String name, @Nullable String alias, @Nullable String value, String help) {

	static Option flag(String name, String help) {
		return new Option(name, null, null, help);
	}

	static Option value(String name, String value, String help) {
		return new Option(name, null, value, help);
	}

	boolean takesValue() {
		return this.value != null;
	}

	String usage() {
		String names = ((this.alias != null) ? "-" + this.alias + ", " : "") + "--" + this.name;
		return (this.value != null) ? names + " " + this.value : names;
	}

}
