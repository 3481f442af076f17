package dev.migrations.actuate;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;

import dev.migrations.core.Migrations;
import dev.migrations.core.api.DatabaseStatus;
import dev.migrations.core.api.Direction;
import dev.migrations.core.api.HistoryRecord;
import dev.migrations.core.api.MigrationsReport;
import dev.migrations.core.api.Outcome;
import dev.migrations.core.api.Problem;
import dev.migrations.core.api.RevisionDetail;
import dev.migrations.core.api.Section;
import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;

/**
 * The {@code migrations} endpoint: for each migrated DataSource, where its database stands ({@code GET
 * /actuator/migrations}), and one revision with its SQL ({@code GET /actuator/migrations/{revision}}). It only
 * reports; see {@link MigrationsUpgradeWebExtension} for the optional upgrade. The JSON shape is documented in
 * {@code src/docs/actuator.md}.
 */
@Endpoint(id = "migrations")
public class MigrationsEndpoint {

	private final ListableBeanFactory beanFactory;

	private final int defaultHistoryLimit;

	/**
	 * Creates the endpoint over every {@link Migrations} bean of a context.
	 * @param beanFactory the context
	 * @param defaultHistoryLimit the most history rows to return when the request names no limit
	 */
	public MigrationsEndpoint(ListableBeanFactory beanFactory, int defaultHistoryLimit) {
		this.beanFactory = beanFactory;
		this.defaultHistoryLimit = defaultHistoryLimit;
	}

	/**
	 * Reports every migrated DataSource. A database that cannot be read is reported with its error, beside the
	 * others.
	 * @param limit the most history rows per DataSource, newest first
	 * @return the reports, by DataSource name
	 */
	@ReadOperation
	public MigrationsDescriptor migrations(@Nullable Integer limit) {
		int historyLimit = (limit != null) ? limit : this.defaultHistoryLimit;
		if (historyLimit < 0) {
			throw new InvalidEndpointRequestException("limit must be 0 or more, but is " + historyLimit,
					"Invalid limit");
		}
		SortedMap<String, DataSourceDescriptor> dataSources = new TreeMap<>();
		MigrationsBeans.byDataSource(this.beanFactory).forEach((name, migrations) -> {
			try {
				dataSources.put(name, ReportDescriptor.of(migrations.report(historyLimit)));
			}
			catch (MigrationsException ex) {
				dataSources.put(name, new FailureDescriptor(ErrorDescriptor.of(ex)));
			}
		});
		return new MigrationsDescriptor(dataSources);
	}

	/**
	 * Shows one revision, with its SQL, for every DataSource whose revision files have it.
	 * @param revision a full revision id or an unambiguous prefix
	 * @return the revision by DataSource name, or {@code null} (404) when no DataSource has it
	 */
	@ReadOperation
	public @Nullable RevisionsDescriptor revision(@Selector String revision) {
		SortedMap<String, RevisionDescriptor> dataSources = new TreeMap<>();
		MigrationsBeans.byDataSource(this.beanFactory).forEach((name, migrations) -> {
			try {
				dataSources.put(name, RevisionDescriptor.of(migrations.revisionDetail(revision)));
			}
			catch (MigrationsException ex) {
				if (ex.getCode() == ErrorCode.AMBIGUOUS_REVISION) {
					throw new InvalidEndpointRequestException(ex.getMessage(), "Ambiguous revision");
				}
				if (ex.getCode() != ErrorCode.UNKNOWN_REVISION) {
					throw ex;
				}
			}
		});
		return dataSources.isEmpty() ? null : new RevisionsDescriptor(dataSources);
	}

	/**
	 * The response of {@code GET /actuator/migrations}.
	 *
	 * @param dataSources each migrated DataSource's report, by name
	 */
	public record MigrationsDescriptor(Map<String, DataSourceDescriptor> dataSources) implements OperationResponseBody {

	}

	/**
	 * What the endpoint says about one DataSource: a {@link ReportDescriptor}, or a {@link FailureDescriptor} when its
	 * database could not be read.
	 */
	public sealed interface DataSourceDescriptor permits ReportDescriptor, FailureDescriptor {

	}

	/**
	 * Where one database stands.
	 *
	 * @param dialect the dialect, such as {@code postgresql}
	 * @param databaseProduct the database product the driver reports
	 * @param databaseVersion the product version the driver reports
	 * @param url the JDBC URL, passwords masked
	 * @param status where the database stands against the revision files
	 * @param problems what needs attention, most severe first
	 * @param current the version rows
	 * @param heads the heads of the revision files
	 * @param pending the revisions an upgrade to the heads would apply, in order
	 * @param history the newest rows of the history table, newest first
	 */
	public record ReportDescriptor(String dialect, String databaseProduct, String databaseVersion, String url,
			DatabaseStatus status, List<ProblemDescriptor> problems, List<String> current, List<String> heads,
			List<PendingDescriptor> pending, List<HistoryDescriptor> history) implements DataSourceDescriptor {

		static ReportDescriptor of(MigrationsReport report) {
			return new ReportDescriptor(report.database().dialect(), report.database().product(),
					report.database().version(), report.database().url(), report.status(),
					report.problems().stream().map(ProblemDescriptor::of).toList(), report.current(), report.heads(),
					report.pending().stream()
						.map((info) -> new PendingDescriptor(info.revision().id(), info.revision().message(),
								info.file()))
						.toList(),
					report.history().stream().map(HistoryDescriptor::of).toList());
		}

	}

	/**
	 * A DataSource whose database could not be read.
	 *
	 * @param error what went wrong
	 */
	public record FailureDescriptor(ErrorDescriptor error) implements DataSourceDescriptor {

	}

	/**
	 * An error, as the command line prints it with {@code --json}.
	 *
	 * @param code the {@link ErrorCode}
	 * @param message what failed, where, and what to do
	 */
	public record ErrorDescriptor(String code, String message) {

		static ErrorDescriptor of(MigrationsException ex) {
			return new ErrorDescriptor(ex.getCode().name(), ex.getMessage());
		}

	}

	/**
	 * One thing about a database that needs attention.
	 *
	 * @param status the status it causes
	 * @param revision the revision it concerns
	 * @param message what is wrong and what to do
	 */
	public record ProblemDescriptor(DatabaseStatus status, String revision, String message) {

		static ProblemDescriptor of(Problem problem) {
			return new ProblemDescriptor(problem.status(), problem.revision(), problem.message());
		}

	}

	/**
	 * A revision an upgrade would apply.
	 *
	 * @param revision the revision id
	 * @param message its message
	 * @param file the file that declares it
	 */
	public record PendingDescriptor(String revision, String message, String file) {

	}

	/**
	 * A row of the history table.
	 *
	 * @param revision the revision id
	 * @param direction {@code upgrade} or {@code downgrade}
	 * @param message the revision's message
	 * @param file the file the revision came from
	 * @param checksum the checksum of that file when the step ran
	 * @param startedAt when the step started
	 * @param finishedAt when it finished; absent if it did not
	 * @param durationMs how long it took, in milliseconds; absent if it did not finish
	 * @param user the database user that ran it
	 * @param outcome {@code SUCCESS}, {@code FAILED} or {@code STARTED}
	 */
	public record HistoryDescriptor(String revision, String direction, String message, String file, String checksum,
			Instant startedAt, @Nullable Instant finishedAt, @Nullable Long durationMs, String user, Outcome outcome) {

		static HistoryDescriptor of(HistoryRecord record) {
			return new HistoryDescriptor(record.revision(), record.direction().label(), record.message(),
					record.script(), record.checksum(), record.startedAt(), record.finishedAt(),
					record.durationMillis(), record.installedBy(), record.outcome());
		}

	}

	/**
	 * The response of {@code GET /actuator/migrations/{revision}}.
	 *
	 * @param dataSources the revision, by the name of each DataSource whose revision files have it
	 */
	public record RevisionsDescriptor(Map<String, RevisionDescriptor> dataSources) implements OperationResponseBody {

	}

	/**
	 * One revision with its SQL.
	 *
	 * @param revision the revision id
	 * @param message its message
	 * @param file the file that declares it
	 * @param revises its parents
	 * @param dependsOn the revisions it depends on across branches
	 * @param branchLabels its branch labels
	 * @param checksum the checksum of its file now
	 * @param transactional whether it runs in one transaction with its version row
	 * @param head whether nothing revises it
	 * @param current whether the version table holds it
	 * @param applied whether the database has it applied
	 * @param upgrade its upgrade SQL sections, in file order
	 * @param downgrade its downgrade SQL sections, in file order; empty for an irreversible revision
	 */
	public record RevisionDescriptor(String revision, String message, String file, List<String> revises,
			List<String> dependsOn, List<String> branchLabels, String checksum, boolean transactional, boolean head,
			boolean current, boolean applied, List<SectionDescriptor> upgrade, List<SectionDescriptor> downgrade) {

		static RevisionDescriptor of(RevisionDetail detail) {
			return new RevisionDescriptor(detail.revision().id(), detail.revision().message(), detail.file(),
					detail.revision().parents(), detail.revision().dependsOn(),
					detail.revision().branchLabels().stream().sorted().toList(), detail.checksum(),
					detail.transactional(), detail.head(), detail.current(), detail.applied(),
					sections(detail, Direction.UPGRADE), sections(detail, Direction.DOWNGRADE));
		}

		private static List<SectionDescriptor> sections(RevisionDetail detail, Direction direction) {
			return detail.sections().stream().filter((section) -> section.direction() == direction)
				.map(SectionDescriptor::of).toList();
		}

	}

	/**
	 * The SQL below one section marker.
	 *
	 * @param dialect the only dialect it runs on; absent when it runs on every dialect
	 * @param line the file line after its marker, where its SQL starts
	 * @param sql the SQL text
	 */
	public record SectionDescriptor(@Nullable String dialect, int line, String sql) {

		static SectionDescriptor of(Section section) {
			return new SectionDescriptor(section.dialect(), section.firstLine(), section.sql().strip());
		}

	}

}
