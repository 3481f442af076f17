package dev.migrations.autoconfigure;

import java.util.Locale;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains why the starter refuses to share a database with Spring Boot's Flyway or Liquibase support, and how to
 * choose one of them.
 */
class MigrationsCoexistenceFailureAnalyzer extends AbstractFailureAnalyzer<MigrationsCoexistenceException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MigrationsCoexistenceException cause) {
		String tool = cause.getTool();
		if (tool.equals("spring.sql.init")) {
			return new FailureAnalysis(cause.getMessage() + ". Its schema and data scripts would run beside the"
					+ " revisions, outside their history, on every start.", "Set spring.sql.init.mode=never and move the"
							+ " scripts into a first revision with 'migrations import sql-init' (then 'migrations"
							+ " baseline' on databases the scripts created), or set migrations.enabled=false to keep"
							+ " spring.sql.init.", cause);
		}
		String module = tool.toLowerCase(Locale.ROOT);
		String description = cause.getMessage() + ". Each tool keeps its own history table and would apply its own"
				+ " migrations to the schema the other one manages, so one database has one migration tool.";
		String action = "Choose one tool for this database. To migrate with the migrations starter, remove"
				+ " spring-boot-starter-" + module + " (or spring-boot-" + module + ") from the dependencies, or set"
				+ " spring." + module + ".enabled=false. To keep " + tool + ", set migrations.enabled=false, or point"
				+ " one of the two at another DataSource.";
		return new FailureAnalysis(description, action, cause);
	}

}
