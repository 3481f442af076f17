package dev.migrations.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.boot.bootstrap.ConfigurableBootstrapContext;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.CommandLinePropertySource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;

import dev.migrations.core.Migrations;
import dev.migrations.core.api.MigrationsConfig;
import dev.migrations.core.error.MigrationsException;

/**
 * Turns an application started with {@code migrations <command> ...} into a command-line tool: no web server, no
 * startup migration, logs on standard error, the command's result on standard output, and the command's exit code.
 * Runs before the application's own runners, which therefore do not run.
 */
class CommandLineRunListener implements SpringApplicationRunListener, Ordered {

	static final String FIRST_ARGUMENT = "migrations";

	private static final String PROPERTY_SOURCE = "migrationsCommandLine";

	private static final String SETTINGS_SOURCE = "migrationsCommandLineSettings";

	// The bean name of a migrations.instances.<name> engine is <name>Migrations.
	private static final String INSTANCE_SUFFIX = "Migrations";

	private static final Map<String, String> HIBERNATE_DIALECTS = Map.of("postgresql",
			"org.hibernate.dialect.PostgreSQLDialect", "h2", "org.hibernate.dialect.H2Dialect", "mysql",
			"org.hibernate.dialect.MySQLDialect", "mariadb", "org.hibernate.dialect.MariaDBDialect", "sqlite",
			"org.hibernate.community.dialect.SQLiteDialect");

	// Spring creates the EntityManagerFactory eagerly whatever lazy-initialization says: the light path leaves JPA
	// out of the commands that do not compare with the JPA model (some 5,700 of the sample's 12,700 classes).
	private static final List<String> JPA_AUTO_CONFIGURATIONS = List.of(
			"org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
			"org.springframework.boot.hibernate.autoconfigure.metrics.HibernateMetricsAutoConfiguration",
			"org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration");

	// A command is a process of a second: metrics, health and actuator endpoints would be set up for nobody, and
	// meter binders are created eagerly once a registry exists.
	private static final List<String> OBSERVABILITY_AUTO_CONFIGURATIONS = List.of("org.springframework.boot.micrometer.*",
			"org.springframework.boot.health.*", "org.springframework.boot.actuate.*",
			"org.springframework.boot.jdbc.autoconfigure.metrics.*", "org.springframework.boot.jdbc.autoconfigure.health.*",
			"dev.migrations.actuate.*");

	// What only a running service uses: HTTP message converters, task executors and schedulers, build and git info.
	// Their conditions and bean types would be evaluated and introspected for a command that never asks for them.
	private static final List<String> SERVICE_AUTO_CONFIGURATIONS = List.of(
			"org.springframework.boot.http.converter.*", "org.springframework.boot.autoconfigure.task.*",
			"org.springframework.boot.autoconfigure.info.*");

	private final List<String> args;

	private final SpringApplication application;

	private @Nullable PrintStream stdout;

	private @Nullable String revisionSource;

	CommandLineRunListener(SpringApplication application, String[] args) {
		this.application = application;
		this.args = (args.length > 0 && FIRST_ARGUMENT.equals(args[0])) ? List.of(args).subList(1, args.length) : null;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	public void starting(ConfigurableBootstrapContext bootstrapContext) {
		if (this.args != null) {
			this.stdout = System.out;
			System.setOut(System.err);
		}
	}

	@Override
	public void environmentPrepared(ConfigurableBootstrapContext bootstrapContext, ConfigurableEnvironment environment) {
		if (this.args == null) {
			return;
		}
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("spring.main.web-application-type", "none");
		properties.put("spring.main.banner-mode", "off");
		properties.put("spring.main.log-startup-info", "false");
		properties.put("migrations.startup", "none");
		properties.put("logging.level.root", "WARN");
		// The light path: only the beans a command asks for are created, so no EntityManagerFactory validates a
		// schema the command is about to migrate, and no script or runner touches the database.
		properties.put("spring.main.lazy-initialization", "true");
		properties.put("spring.sql.init.mode", "never");
		properties.put("spring.jpa.hibernate.ddl-auto", "none");
		List<String> skipped = new ArrayList<>(OBSERVABILITY_AUTO_CONFIGURATIONS);
		skipped.addAll(SERVICE_AUTO_CONFIGURATIONS);
		if (!needsTheModel(this.args)) {
			skipped.addAll(JPA_AUTO_CONFIGURATIONS);
		}
		properties.put(CommandLineAutoConfigurationFilter.PROPERTY, String.join(",", skipped));
		MutablePropertySources sources = environment.getPropertySources();
		MapPropertySource source = new MapPropertySource(PROPERTY_SOURCE, properties);
		if (sources.contains(CommandLinePropertySource.COMMAND_LINE_PROPERTY_SOURCE_NAME)) {
			sources.addAfter(CommandLinePropertySource.COMMAND_LINE_PROPERTY_SOURCE_NAME, source);
		}
		else {
			sources.addFirst(source);
		}
	}

	// What depends on the application's own settings waits for its properties files and profiles, which Spring Boot
	// loads after the environment above is prepared: a profile's datasource URL or locations count too.
	@Override
	public void contextPrepared(ConfigurableApplicationContext context) {
		if (this.args == null) {
			return;
		}
		ConfigurableEnvironment environment = context.getEnvironment();
		Map<String, Object> properties = new LinkedHashMap<>();
		hibernateWithoutConnecting(environment, properties);
		SourceTree.find(this.application.getMainApplicationClass(), Path.of(""))
			.ifPresent((tree) -> readFromSourceTree(tree, environment, properties));
		environment.getPropertySources().addAfter(PROPERTY_SOURCE, new MapPropertySource(SETTINGS_SOURCE, properties));
	}

	// 'check' and 'revision --autogenerate' compare with the schema model, which reads JPA's settings.
	private static boolean needsTheModel(List<String> args) {
		return !args.isEmpty() && (args.get(0).equals("check") || args.contains("--autogenerate"));
	}

	// Where the application starts Hibernate, it learns the dialect from the URL instead of a connection: an offline
	// command (--sql, revision, history) connects to nothing.
	private static void hibernateWithoutConnecting(ConfigurableEnvironment environment, Map<String, Object> properties) {
		String url = environment.getProperty("migrations.url", environment.getProperty("spring.datasource.url"));
		if (url == null || environment.containsProperty("spring.jpa.properties.hibernate.dialect")) {
			return;
		}
		String dialect;
		try {
			dialect = HIBERNATE_DIALECTS.get(Migrations.dialectOf(url));
		}
		catch (MigrationsException ex) {
			return;
		}
		if (dialect != null) {
			properties.put("spring.jpa.properties.hibernate.boot.allow_jdbc_metadata_access", "false");
			properties.put("spring.jpa.properties.hibernate.dialect", dialect);
		}
	}

	// In a checkout, the revisions are the source tree's, whatever the current directory: 'revision' then 'upgrade'
	// applies the new file, and a second 'revision' revises the first.
	private void readFromSourceTree(SourceTree tree, ConfigurableEnvironment environment, Map<String, Object> properties) {
		List<String> configured = Binder.get(environment)
			.bind("migrations.locations", Bindable.listOf(String.class))
			.orElse(List.of(MigrationsConfig.DEFAULT_LOCATION));
		List<String> locations = tree.locations(configured);
		properties.put("migrations.locations", String.join(",", locations));
		String directory = environment.getProperty("migrations.revision.directory",
				MigrationsConfig.DEFAULT_REVISION_DIRECTORY);
		Path source = tree.sourceOf(configured.get(0));
		if (directory.equals(MigrationsConfig.DEFAULT_REVISION_DIRECTORY) && source != null) {
			properties.put("migrations.revision.directory", source.toString());
		}
		else if (!Path.of(directory).isAbsolute()) {
			properties.put("migrations.revision.directory", tree.root().resolve(directory).normalize().toString());
		}
		properties.put("migrations.project-root", tree.root().toString());
		this.revisionSource = String.join(", ", locations) + " (the source tree of " + tree.root() + ")";
	}

	@Override
	public void started(ConfigurableApplicationContext context, Duration timeTaken) {
		if (this.args == null) {
			return;
		}
		if (!context.getEnvironment().getProperty("migrations.enabled", Boolean.class, true)) {
			new Console(this.stdout, System.err, this.args.contains("--json")).error("INVALID_CONFIGURATION",
					"migrations.enabled=false switches the starter off for this application, so there is nothing to"
							+ " run the command on; pass --migrations.enabled=true to run it anyway");
			System.exit(SpringApplication.exit(context, () -> CommandLineInterface.MIGRATION_ERROR));
		}
		int code = new CommandLineInterface(this.stdout, System.err).run(this.args, engines(context, this.revisionSource));
		System.exit(SpringApplication.exit(context, () -> code));
	}

	// The application's engine (the default candidate) and each migrations.instances.<name> engine, by name.
	private static Engines engines(ConfigurableApplicationContext context, @Nullable String revisionSource) {
		ConfigurableEnvironment environment = context.getEnvironment();
		Settings primarySettings = new Settings(
				environment.getProperty("migrations.url", environment.getProperty("spring.datasource.url")),
				revisionSource);
		Migrations primary = context.getBeanProvider(Migrations.class).stream().findFirst().orElse(null);
		Map<String, Migrations> instances = new LinkedHashMap<>();
		Map<String, Settings> instanceSettings = new LinkedHashMap<>();
		context.getBeansOfType(Migrations.class).forEach((bean, engine) -> {
			if (engine != primary && bean.endsWith(INSTANCE_SUFFIX)) {
				String name = bean.substring(0, bean.length() - INSTANCE_SUFFIX.length());
				instances.put(name, engine);
				instanceSettings.put(name, new Settings(environment.getProperty("migrations.instances." + name + ".url")));
			}
		});
		return new Engines(primary, primarySettings, instances, instanceSettings);
	}

	@Override
	public void failed(@Nullable ConfigurableApplicationContext context, Throwable exception) {
		if (this.args == null) {
			return;
		}
		Console console = new Console(this.stdout, System.err, this.args.contains("--json"));
		MigrationsException cause = migrationsCause(exception);
		if (cause != null) {
			console.error(cause.getCode().name(), cause.getMessage());
			System.exit(CommandLineInterface.MIGRATION_ERROR);
		}
		console.error("STARTUP_FAILED", "The application failed to start: " + rootMessage(exception));
		System.exit(CommandLineInterface.MIGRATION_ERROR);
	}

	private static @Nullable MigrationsException migrationsCause(Throwable exception) {
		for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
			if (cause instanceof MigrationsException migrationsException) {
				return migrationsException;
			}
		}
		return null;
	}

	private static String rootMessage(Throwable exception) {
		Throwable root = exception;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		return root.getMessage();
	}


}
