package dev.migrations.core;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.migrations.core.api.DatabaseStatus;
import dev.migrations.core.api.Direction;
import dev.migrations.core.api.HistoryRecord;
import dev.migrations.core.api.MigrationsReport;
import dev.migrations.core.api.RevisionDetail;
import dev.migrations.core.api.RevisionInfo;
import dev.migrations.core.api.Section;
import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;
import dev.migrations.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The queries operators' tools are built on: {@code report} and {@code revisionDetail}.
 */
class MigrationsReportTests {

	private static final String R1 = "1a2b3c4d5e6f";

	private static final String R2 = "2b3c4d5e6f7a";

	private static final String R3 = "3c4d5e6f7a8b";

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void reportsAFreshDatabaseAsPendingWithoutCreatingTheVersionTables(TestDatabase database) {
		Migrations migrations = migrations(database).name("main").build();
		MigrationsReport report = migrations.report(10);
		assertThat(report.name()).isEqualTo("main");
		assertThat(report.status()).isEqualTo(DatabaseStatus.PENDING);
		assertThat(report.problems()).isEmpty();
		assertThat(report.current()).isEmpty();
		assertThat(report.heads()).containsExactly(R3);
		assertThat(report.pending()).extracting((info) -> info.revision().id()).containsExactly(R1, R2, R3);
		assertThat(report.pending()).extracting(RevisionInfo::file)
			.allSatisfy((file) -> assertThat(file).endsWith(".sql"));
		assertThat(report.pending()).extracting(RevisionInfo::head).containsExactly(false, false, true);
		assertThat(report.history()).isEmpty();
		assertThat(report.database().dialect()).isEqualTo(database.dialect());
		assertThat(report.database().product()).containsIgnoringCase(database.dialect().substring(0, 6));
		assertThat(report.database().version()).matches("\\d+\\.\\d+.*");
		assertThat(report.database().url()).startsWith("jdbc:" + database.dialect());
		assertThat(migrations.current()).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void reportsPendingRevisionsAndHistoryNewestFirstAsTheDatabaseMoves(TestDatabase database) {
		Migrations migrations = migrations(database).build();
		migrations.upgrade("2b3c");
		MigrationsReport partial = migrations.report(1);
		assertThat(partial.status()).isEqualTo(DatabaseStatus.PENDING);
		assertThat(partial.current()).containsExactly(R2);
		assertThat(partial.pending()).extracting((info) -> info.revision().id()).containsExactly(R3);
		assertThat(partial.history()).extracting(HistoryRecord::revision).containsExactly(R2);
		migrations.upgrade("heads");
		MigrationsReport full = migrations.report(10);
		assertThat(full.status()).isEqualTo(DatabaseStatus.UP_TO_DATE);
		assertThat(full.pending()).isEmpty();
		assertThat(full.history()).extracting(HistoryRecord::revision).containsExactly(R3, R2, R1);
		assertThat(migrations.report(0).history()).isEmpty();
		migrations.downgrade("-1");
		assertThat(migrations.report(1).history()).singleElement().satisfies((record) -> {
			assertThat(record.revision()).isEqualTo(R3);
			assertThat(record.direction()).isEqualTo(Direction.DOWNGRADE);
		});
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void detailsARevisionWithItsSqlAndWhetherItIsApplied(TestDatabase database) {
		Migrations migrations = migrations(database).build();
		RevisionDetail before = migrations.revisionDetail("3c4d");
		assertThat(before.revision().id()).isEqualTo(R3);
		assertThat(before.revision().message()).isEqualTo("Add task priority");
		assertThat(before.revision().parents()).containsExactly(R2);
		assertThat(before.file()).endsWith("2026_02_01_1000-3c4d5e6f7a8b_add_task_priority.sql");
		assertThat(before.checksum()).matches("[0-9a-f]{8}");
		assertThat(before.transactional()).isTrue();
		assertThat(before.head()).isTrue();
		assertThat(before.current()).isFalse();
		assertThat(before.applied()).isFalse();
		assertThat(before.sections()).extracting(Section::direction).containsExactly(Direction.UPGRADE,
				Direction.DOWNGRADE);
		assertThat(before.sections().get(0).sql()).contains("ALTER TABLE tasks ADD COLUMN priority INTEGER");
		migrations.upgrade("heads");
		RevisionDetail after = migrations.revisionDetail(R2);
		assertThat(after.current()).isFalse();
		assertThat(after.applied()).isTrue();
		assertThat(migrations.revisionDetail(R3).current()).isTrue();
		assertThatExceptionOfType(MigrationsException.class).isThrownBy(() -> migrations.revisionDetail("ffff"))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(ErrorCode.UNKNOWN_REVISION));
	}

	private static MigrationsBuilder migrations(TestDatabase database) {
		return Migrations.builder(database.dataSource()).locations(List.of(MigrationsTests.location("linear")));
	}

}
