package dev.migrations.actuate;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import dev.migrations.core.Migrations;
import dev.migrations.core.api.MigrationsReport;
import dev.migrations.core.api.Problem;

/**
 * The health of one migrated database: {@code UP} at the heads, {@code pendingStatus} ({@code OUT_OF_SERVICE} by
 * default) while revisions are pending, {@code DOWN} when the database is ahead of the code, diverged from it, has an
 * applied revision whose file changed, or has a revision that failed half-way, and when it cannot be read. Include it
 * in the readiness group so an instance takes no traffic until its database is ready for its code.
 */
public class MigrationsHealthIndicator extends AbstractHealthIndicator {

	private final Migrations migrations;

	private final Status pendingStatus;

	/**
	 * Creates the indicator of one engine.
	 * @param migrations the engine
	 * @param pendingStatus the status while revisions are pending
	 */
	public MigrationsHealthIndicator(Migrations migrations, Status pendingStatus) {
		super("Migrations health check failed");
		this.migrations = migrations;
		this.pendingStatus = pendingStatus;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		MigrationsReport report = this.migrations.report(0);
		Status status = switch (report.status()) {
			case UP_TO_DATE -> Status.UP;
			case PENDING -> this.pendingStatus;
			case AHEAD, DIVERGED, CHECKSUM_MISMATCH, FAILED -> Status.DOWN;
		};
		builder.status(status)
			.withDetail("dialect", report.database().dialect())
			.withDetail("status", report.status())
			.withDetail("current", report.current())
			.withDetail("heads", report.heads())
			.withDetail("pending", report.pending().stream().map((info) -> info.revision().id()).toList());
		if (!report.problems().isEmpty()) {
			builder.withDetail("problems", report.problems().stream().map(Problem::message).toList());
		}
	}

}
