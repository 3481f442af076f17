package dev.migrations.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A command's parsed arguments: positional values and options. Arguments that look like Spring properties
 * ({@code --spring.datasource.url=...}, {@code --migrations.locations=...}) are left to Spring Boot.
 */
final class Arguments {

	private static final Set<String> SPRING_FLAGS = Set.of("debug", "trace");

	private final List<String> positional;

	private final Map<String, List<String>> options;

	private Arguments(List<String> positional, Map<String, List<String>> options) {
		this.positional = positional;
		this.options = options;
	}

	static Arguments parse(List<String> args, List<Option> accepted) {
		List<String> positional = new ArrayList<>();
		Map<String, List<String>> options = new LinkedHashMap<>();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (!arg.startsWith("-") || arg.equals("-") || arg.matches("-\\d+")) {
				positional.add(arg);
				continue;
			}
			String name = arg.startsWith("--") ? arg.substring(2) : arg.substring(1);
			String value = null;
			int equals = name.indexOf('=');
			if (equals >= 0) {
				value = name.substring(equals + 1);
				name = name.substring(0, equals);
			}
			if (name.contains(".") || SPRING_FLAGS.contains(name)) {
				continue;
			}
			Option option = find(accepted, name, arg.startsWith("--"));
			if (option.takesValue() && value == null) {
				if (i + 1 >= args.size()) {
					throw new UsageException("Option " + arg + " needs a value (" + option.value() + ")");
				}
				value = args.get(++i);
			}
			if (!option.takesValue() && value != null) {
				throw new UsageException("Option --" + option.name() + " takes no value");
			}
			options.computeIfAbsent(option.name(), (key) -> new ArrayList<>()).add((value != null) ? value : "true");
		}
		return new Arguments(List.copyOf(positional), options);
	}

	private static Option find(List<Option> accepted, String name, boolean longName) {
		for (Option option : accepted) {
			if (longName ? option.name().equals(name) : name.equals(option.alias())) {
				return option;
			}
		}
		throw new UsageException("Unknown option " + (longName ? "--" : "-") + name + "; see --help");
	}

	List<String> positional() {
		return this.positional;
	}

	boolean flag(String name) {
		return this.options.containsKey(name);
	}

	@Nullable String value(String name) {
		List<String> values = this.options.get(name);
		return (values != null) ? values.get(values.size() - 1) : null;
	}

	List<String> values(String name) {
		List<String> values = new ArrayList<>();
		for (String value : this.options.getOrDefault(name, List.of())) {
			for (String part : value.split(",")) {
				if (!part.isBlank()) {
					values.add(part.strip());
				}
			}
		}
		return values;
	}

}
