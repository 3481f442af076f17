package dev.migrations.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Alembic, where the machine's Python has it: the reference figure beside the command line's cold start. A minimal
 * project (an {@code alembic.ini}, an {@code env.py} that connects, no revisions) on a SQLite file.
 */
final class Alembic {

	private static final String ENV = """
			from alembic import context
			from sqlalchemy import engine_from_config, pool

			config = context.config
			connectable = engine_from_config(config.get_section(config.config_ini_section), prefix="sqlalchemy.",
			                                 poolclass=pool.NullPool)
			with connectable.connect() as connection:
			    context.configure(connection=connection, target_metadata=None)
			    with context.begin_transaction():
			        context.run_migrations()
			""";

	private Alembic() {
	}

	/**
	 * Whether {@code python3 -c 'import alembic'} succeeds.
	 * @return {@code true} where Alembic can run
	 */
	static boolean available() {
		try {
			Process process = new ProcessBuilder("python3", "-c", "import alembic").redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			return process.waitFor() == 0;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/**
	 * Writes the project.
	 * @param directory where
	 * @return the directory
	 * @throws IOException when it cannot be written
	 */
	static Path project(Path directory) throws IOException {
		Files.createDirectories(directory.resolve("migrations/versions"));
		Files.writeString(directory.resolve("migrations/env.py"), ENV);
		Files.writeString(directory.resolve("alembic.ini"), "[alembic]\nscript_location = "
				+ directory.resolve("migrations") + "\nsqlalchemy.url = sqlite:///" + directory.resolve("alembic.db")
				+ "\n");
		return directory;
	}

	/**
	 * Returns the command that runs {@code alembic current} on the project.
	 * @param project the project
	 * @return the command
	 */
	static List<String> current(Path project) {
		return List.of("python3", "-m", "alembic", "-c", project.resolve("alembic.ini").toString(), "current");
	}

}
