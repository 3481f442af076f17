package dev.migrations.cli;

import java.util.List;

import dev.migrations.core.Migrations;

/**
 * One command of the command line, a thin layer over one {@link Migrations} method.
 */
interface CliCommand {

	/** Exit code of a command that succeeded. */
	int OK = 0;

	/** Exit code of {@code check} when it finds a problem. */
	int CHECK_FAILED = 3;

	String name();

	String summary();

	String usage();

	List<Option> options();

	int run(Migrations migrations, Arguments arguments, Console console, Settings settings);

}
