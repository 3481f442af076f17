package dev.migrations.actuate;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration properties of the {@code migrations} actuator endpoint, under {@code migrations.endpoint.*}.
 */
@ConfigurationProperties("migrations.endpoint")
public class MigrationsEndpointProperties {

	/**
	 * Whether POST /actuator/migrations may upgrade the database. Anyone who can reach the endpoint can then change
	 * the database: secure it first.
	 */
	private boolean upgradeEnabled;

	/**
	 * Maximum number of history rows GET /actuator/migrations returns per DataSource when the request has no limit.
	 */
	private int historyLimit = 100;

	public boolean isUpgradeEnabled() {
		return this.upgradeEnabled;
	}

	public void setUpgradeEnabled(boolean upgradeEnabled) {
		this.upgradeEnabled = upgradeEnabled;
	}

	public int getHistoryLimit() {
		return this.historyLimit;
	}

	public void setHistoryLimit(int historyLimit) {
		this.historyLimit = historyLimit;
	}

}
