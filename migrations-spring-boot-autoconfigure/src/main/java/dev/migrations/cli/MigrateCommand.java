package dev.migrations.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.migrations.core.Migrations;
import dev.migrations.core.api.Direction;
import dev.migrations.core.api.MigrationResult;
import dev.migrations.core.api.Range;
import dev.migrations.core.api.Step;
import dev.migrations.core.api.StepResult;

/**
 * {@code upgrade [TARGET]} and {@code downgrade TARGET}, online or, with {@code --sql}, as a script.
 */
final class MigrateCommand implements CliCommand {

	/** The values {@code --dialect} takes. */
	static final List<String> DIALECTS = List.of("postgresql", "sqlite", "h2", "mysql", "mariadb");

	private final Direction direction;

	private final boolean upgrade;

	MigrateCommand(Direction direction) {
		this.direction = direction;
		this.upgrade = direction == Direction.UPGRADE;
	}

	@Override
	public String name() {
		return this.upgrade ? "upgrade" : "downgrade";
	}

	@Override
	public String summary() {
		return this.upgrade ? "Apply revisions up to TARGET (default: heads)" : "Revert revisions down to TARGET";
	}

	@Override
	public String usage() {
		return this.upgrade ? "upgrade [TARGET | START:END] [--sql [--dialect NAME]]"
				: "downgrade TARGET [--sql START:END [--dialect NAME]]";
	}

	@Override
	public List<Option> options() {
		return List.of(Option.flag("sql", "print the SQL instead of running it; connects to no database"),
				Option.value("dialect", "NAME",
						"the dialect of --sql (postgresql, sqlite, h2, mysql, mariadb); default: from the URL"));
	}

	@Override
	public int run(Migrations migrations, Arguments arguments, Console console, Settings settings) {
		String target = target(arguments);
		if (arguments.flag("sql")) {
			String dialect = dialect(arguments, settings);
			String sql = migrations.sql(Range.parseOrEnd(target), this.direction, dialect);
			if (console.isJson()) {
				console.json(Map.of("dialect", dialect, "sql", sql));
			}
			else {
				console.line(sql.stripTrailing());
			}
			return OK;
		}
		MigrationResult result = this.upgrade ? migrations.upgrade(target) : migrations.downgrade(target);
		if (console.isJson()) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("steps", result.steps().stream().map(MigrateCommand::step).toList());
			json.put("current", result.current());
			console.json(json);
		}
		else {
			for (StepResult step : result.steps()) {
				console.line(line(step));
			}
			if (result.steps().isEmpty()) {
				console.line("Nothing to " + name() + ": the database is at " + Step.describe(result.current()));
			}
		}
		return OK;
	}

	static String line(StepResult result) {
		return "Running " + result.step().direction().label() + " " + result.step().transition() + ", "
				+ result.step().revision().message() + " (" + result.duration().toMillis() + " ms)";
	}

	static Map<String, Object> step(StepResult result) {
		Map<String, Object> step = new LinkedHashMap<>();
		step.put("revision", result.step().revision().id());
		step.put("direction", result.step().direction().label());
		step.put("message", result.step().revision().message());
		step.put("durationMs", result.duration().toMillis());
		return step;
	}

	static String dialect(Arguments arguments, Settings settings) {
		String dialect = arguments.value("dialect");
		if (dialect != null) {
			if (!DIALECTS.contains(dialect)) {
				throw new UsageException("Unknown dialect '" + dialect + "' for --dialect; use one of "
						+ String.join(", ", DIALECTS));
			}
			return dialect;
		}
		if (settings.url() == null) {
			throw new UsageException("No database URL configured to tell the dialect of --sql or --offline; pass --dialect NAME");
		}
		return Migrations.dialectOf(settings.url());
	}

	private String target(Arguments arguments) {
		List<String> positional = arguments.positional();
		if (positional.size() > 1) {
			throw new UsageException(name() + " takes one target, not " + positional.size() + ": " + positional);
		}
		if (positional.isEmpty()) {
			if (!this.upgrade) {
				throw new UsageException("downgrade needs a TARGET, such as -1, base or a revision id");
			}
			return "heads";
		}
		return positional.get(0);
	}

}
