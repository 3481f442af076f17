package dev.migrations.actuate;

import java.util.List;
import java.util.SortedMap;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.boot.actuate.endpoint.web.annotation.EndpointWebExtension;

import dev.migrations.actuate.MigrationsEndpoint.ErrorDescriptor;
import dev.migrations.core.Migrations;
import dev.migrations.core.api.MigrationResult;
import dev.migrations.core.api.StepResult;
import dev.migrations.core.error.MigrationsException;

/**
 * {@code POST /actuator/migrations}: upgrades one DataSource's database. It exists only when
 * {@code migrations.endpoint.upgrade-enabled=true}, because whoever can reach it can change the database: secure it
 * (Spring Security, a management port that only operators reach) before enabling it.
 */
@EndpointWebExtension(endpoint = MigrationsEndpoint.class)
public class MigrationsUpgradeWebExtension {

	private final ListableBeanFactory beanFactory;

	/**
	 * Creates the extension over every {@link Migrations} bean of a context.
	 * @param beanFactory the context
	 */
	public MigrationsUpgradeWebExtension(ListableBeanFactory beanFactory) {
		this.beanFactory = beanFactory;
	}

	/**
	 * Upgrades a database, as {@code migrations upgrade TARGET} does.
	 * @param target the target, {@code heads} when absent
	 * @param dataSource the name of the DataSource; may be absent when there is only one
	 * @return 200 with the steps that ran; 400 for a bad request (unknown DataSource, invalid target), 500 when the
	 * upgrade failed, each with {@code {"error": {"code": ..., "message": ...}}}
	 */
	@WriteOperation
	public WebEndpointResponse<OperationResponseBody> upgrade(@Nullable String target, @Nullable String dataSource) {
		SortedMap<String, Migrations> engines = MigrationsBeans.byDataSource(this.beanFactory);
		String name = (dataSource != null) ? dataSource : (engines.size() == 1) ? engines.firstKey() : null;
		Migrations migrations = (name != null) ? engines.get(name) : null;
		if (migrations == null) {
			String problem = (dataSource != null) ? "No migrated DataSource named '" + dataSource + "'"
					: "Several DataSources are migrated";
			return new WebEndpointResponse<>(new FailureResponse(new ErrorDescriptor("UNKNOWN_DATASOURCE", problem
					+ "; name one of " + String.join(", ", engines.keySet()) + " in \"dataSource\"")),
					WebEndpointResponse.STATUS_BAD_REQUEST);
		}
		try {
			MigrationResult result = migrations.upgrade((target != null) ? target : "heads");
			return new WebEndpointResponse<>(UpgradeResponse.of(name, result));
		}
		catch (MigrationsException ex) {
			return new WebEndpointResponse<>(new FailureResponse(ErrorDescriptor.of(ex)), ex.getCode().isUsageError()
					? WebEndpointResponse.STATUS_BAD_REQUEST : WebEndpointResponse.STATUS_INTERNAL_SERVER_ERROR);
		}
	}

	/**
	 * What an upgrade did.
	 *
	 * @param dataSource the DataSource it upgraded
	 * @param before the version rows before it
	 * @param steps the steps that ran, in order
	 * @param current the version rows after it
	 */
	public record UpgradeResponse(String dataSource, List<String> before, List<StepDescriptor> steps,
			List<String> current) implements OperationResponseBody {

		static UpgradeResponse of(String dataSource, MigrationResult result) {
			return new UpgradeResponse(dataSource, result.before(),
					result.steps().stream().map(StepDescriptor::of).toList(), result.current());
		}

	}

	/**
	 * A step that ran.
	 *
	 * @param revision the revision id
	 * @param direction {@code upgrade}
	 * @param message the revision's message
	 * @param durationMs how long it took, in milliseconds
	 */
	public record StepDescriptor(String revision, String direction, String message, long durationMs) {

		static StepDescriptor of(StepResult result) {
			return new StepDescriptor(result.step().revision().id(), result.step().direction().label(),
					result.step().revision().message(), result.duration().toMillis());
		}

	}

	/**
	 * A request that failed.
	 *
	 * @param error what went wrong and what to do
	 */
	public record FailureResponse(ErrorDescriptor error) implements OperationResponseBody {

	}

}
