package dev.migrations.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.migrations.core.Migrations;
import dev.migrations.core.api.Direction;
import dev.migrations.core.error.MigrationsException;

/**
 * Parses {@code migrations <command> [options]}, runs the command against the {@link Migrations} facade, prints its
 * result and returns the exit code: 0 success, 1 any error the engine reports (a revision, the graph, the
 * database, the configuration), 2 a command line the argument parser cannot read, 3 {@code check} found a problem.
 */
final class CommandLineInterface {

	static final int MIGRATION_ERROR = 1;

	static final int USAGE_ERROR = 2;

	private static final List<Option> COMMON = List.of(Option.flag("json", "print one JSON object on standard output"),
			Option.value("instance", "NAME", "run on the database of migrations.instances.NAME"),
			new Option("help", "h", null, "show this help"));

	private final List<CliCommand> commands = List.of(new MigrateCommand(Direction.UPGRADE), new MigrateCommand(Direction.DOWNGRADE),
			new CurrentCommand(), new HistoryCommand(), new HeadsCommand(), new BranchesCommand(), new ShowCommand(),
			new StampCommand(), new BaselineCommand(), new RevisionCommand(), new MergeCommand(), new CheckCommand(), new ResolveCommand(),
			new AcceptChecksumCommand(), new ImportCommand(), new SchemaCommand());

	private final PrintStream out;

	private final PrintStream err;

	CommandLineInterface(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	/**
	 * Runs a command.
	 * @param args the arguments after {@code migrations}
	 * @param migrations the facade, or empty when the application has no DataSource
	 * @param settings the application's settings for commands
	 * @return the exit code
	 */
	int run(List<String> args, Optional<Migrations> migrations, Settings settings) {
		return run(args, Engines.of(migrations.orElse(null), settings));
	}

	/**
	 * Runs a command on the engine {@code --instance} picks.
	 * @param args the arguments after {@code migrations}
	 * @param engines the application's engine and its instances
	 * @return the exit code
	 */
	int run(List<String> args, Engines engines) {
		Console console = new Console(this.out, this.err, args.contains("--json"));
		try {
			if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("-h") || args.get(0).equals("help")) {
				this.out.println(help());
				return args.isEmpty() ? USAGE_ERROR : CliCommand.OK;
			}
			CliCommand command = command(args.get(0));
			List<Option> options = new ArrayList<>(command.options());
			options.addAll(COMMON);
			Arguments arguments = Arguments.parse(args.subList(1, args.size()), options);
			if (arguments.flag("help")) {
				this.out.println(help(command));
				return CliCommand.OK;
			}
			String instance = arguments.value("instance");
			Settings settings = engines.settings(instance);
			if (settings.revisionSource() != null && !console.isJson()
					&& (command.name().equals("history") || arguments.flag("verbose"))) {
				this.err.println("Revisions: " + settings.revisionSource());
			}
			return command.run(engines.select(instance), arguments, console, settings);
		}
		catch (UsageException ex) {
			console.error("USAGE", ex.getMessage());
			return USAGE_ERROR;
		}
		catch (MigrationsException ex) {
			console.error(ex.getCode().name(), ex.getMessage());
			return MIGRATION_ERROR;
		}
	}

	private CliCommand command(String name) {
		return this.commands.stream().filter((command) -> command.name().equals(name)).findFirst()
			.orElseThrow(() -> new UsageException("Unknown command '" + name + "'; commands: "
					+ String.join(", ", this.commands.stream().map(CliCommand::name).toList())));
	}

	private String help() {
		StringBuilder text = new StringBuilder("Usage: migrations <command> [options] [--json] [--spring.property=value ...]\n\n");
		text.append("Commands:\n");
		for (CliCommand command : this.commands) {
			text.append(String.format("  %-16s %s%n", command.name(), command.summary()));
		}
		text.append("\nRun 'migrations <command> --help' for a command's options.\n");
		text.append("Exit codes: 0 success, 1 an error with its code (revisions, graph, database), 2 a command line"
				+ " that cannot be read, 3 check found a problem.");
		return text.toString();
	}

	private static String help(CliCommand command) {
		StringBuilder text = new StringBuilder("Usage: migrations ").append(command.usage()).append("\n\n");
		text.append(command.summary()).append(".\n\nOptions:\n");
		List<Option> options = new ArrayList<>(command.options());
		options.addAll(COMMON);
		for (Option option : options) {
			text.append(String.format("  %-28s %s%n", option.usage(), option.help()));
		}
		return text.toString().stripTrailing();
	}

}
