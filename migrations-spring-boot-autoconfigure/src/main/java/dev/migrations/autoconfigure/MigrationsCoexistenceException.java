package dev.migrations.autoconfigure;

/**
 * Thrown when Spring Boot's Flyway or Liquibase support, or its {@code spring.sql.init} scripts, would change a
 * database that the starter migrates too.
 */
final class MigrationsCoexistenceException extends RuntimeException {

	private final String tool;

	MigrationsCoexistenceException(String tool, String toolBean, String engineBean) {
		super("Both the migrations starter (engine '" + engineBean + "') and Spring Boot's " + tool
				+ (tool.equals("spring.sql.init") ? " scripts" : " support") + " (bean '" + toolBean
				+ "') would migrate the same database at startup");
		this.tool = tool;
	}

	String getTool() {
		return this.tool;
	}

}
