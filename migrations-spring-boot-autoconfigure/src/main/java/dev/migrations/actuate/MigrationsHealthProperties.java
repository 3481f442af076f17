package dev.migrations.actuate;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration properties of the {@code migrations} health indicator, under {@code management.health.migrations.*}.
 */
@ConfigurationProperties("management.health.migrations")
public class MigrationsHealthProperties {

	/**
	 * Health status to report while revisions are pending, such as OUT_OF_SERVICE or UP.
	 */
	private String pendingStatus = "OUT_OF_SERVICE";

	public String getPendingStatus() {
		return this.pendingStatus;
	}

	public void setPendingStatus(String pendingStatus) {
		this.pendingStatus = pendingStatus;
	}

}
