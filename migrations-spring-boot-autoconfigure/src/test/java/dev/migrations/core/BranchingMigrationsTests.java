package dev.migrations.core;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.migrations.core.api.CreatedRevision;
import dev.migrations.core.api.Direction;
import dev.migrations.core.api.HistoryRecord;
import dev.migrations.core.api.MigrationResult;
import dev.migrations.core.api.Outcome;
import dev.migrations.core.api.Revision;
import dev.migrations.core.api.StampResult;
import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;
import dev.migrations.core.error.MultipleHeadsException;
import dev.migrations.testsupport.SchemaSnapshot;
import dev.migrations.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Branches, merges, stamps and dependencies through the facade, on SQLite and PostgreSQL. The {@code branches}
 * fixture is {@code a -> b}, then {@code b -> c1 -> d1} (label {@code cart}) and {@code b -> c2 -> d2} (label
 * {@code billing}); {@code branches-merged} adds {@code e}, merging {@code d1} and {@code d2}. The {@code dependencies}
 * fixture has two bases: {@code users} ({@code a1 -> a2}) and {@code audit} ({@code b1 -> b2}, where {@code b2} depends
 * on the label {@code users}).
 */
class BranchingMigrationsTests {

	private static final String A = "a1b2c3d4e5f6";

	private static final String B = "b2c3d4e5f6a7";

	private static final String C1 = "c1d2e3f4a5b6";

	private static final String D1 = "d1e2f3a4b5c6";

	private static final String C2 = "c2d3e4f5a6b7";

	private static final String D2 = "d2e3f4a5b6c7";

	private static final String E = "e1f2a3b4c5d6";

	private static final String USERS = "aa11aa11aa11";

	private static final String EMAIL = "aa22aa22aa22";

	private static final String AUDIT = "bb11bb11bb11";

	private static final String AUDIT_USERS = "bb22bb22bb22";

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#every")
	void upgradingOneBranchLeavesTheOtherBranchsRow(TestDatabase database) throws SQLException {
		Migrations migrations = migrations(database, "branches");
		MigrationResult cart = migrations.upgrade("cart@head");
		assertThat(ids(cart)).containsExactly(A, B, C1, D1);
		assertThat(cart.current()).containsExactly(D1);
		MigrationResult billing = migrations.upgrade("billing@+1");
		assertThat(ids(billing)).containsExactly(C2);
		assertThat(billing.steps().get(0).step().removedRows()).isEmpty();
		assertThat(migrations.current()).containsExactlyInAnyOrder(D1, C2);
		assertThat(SchemaSnapshot.of(database).tables()).containsKeys("accounts", "orders", "carts", "cart_items",
				"invoices").doesNotContainKey("invoice_lines");
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#every")
	void headWithTwoHeadsFailsNamingThemAndChangesNothing(TestDatabase database) throws SQLException {
		Migrations migrations = migrations(database, "branches");
		migrations.upgrade(B);
		SchemaSnapshot before = SchemaSnapshot.of(database);
		assertThatExceptionOfType(MultipleHeadsException.class).isThrownBy(() -> migrations.upgrade("head"))
			.satisfies((ex) -> {
				assertThat(ex.getCode()).isEqualTo(ErrorCode.MULTIPLE_HEADS);
				assertThat(ex.heads()).containsExactly(D1, D2);
				assertThat(ex.getMessage()).contains(D1 + ", " + D2).contains("'heads'")
					.contains("'cart@head', 'billing@head'");
			});
		assertThat(SchemaSnapshot.of(database)).isEqualTo(before);
		assertThat(migrations.upgrade("heads").current()).containsExactlyInAnyOrder(D1, D2);
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#every")
	void upgradingIntoAMergeCollapsesTheRowsAndDowngradingOutOfItSplitsThem(TestDatabase database)
			throws SQLException {
		migrations(database, "branches").upgrade("heads");
		Migrations merged = migrations(database, "branches", "branches-merged");
		assertThat(merged.heads()).containsExactly(E);
		MigrationResult up = merged.upgrade("head");
		assertThat(ids(up)).containsExactly(E);
		assertThat(up.steps().get(0).step().removedRows()).containsExactly(D1, D2);
		assertThat(versionRows(database)).containsExactly(E);
		MigrationResult down = merged.downgrade("-1");
		assertThat(ids(down)).containsExactly(E);
		assertThat(down.steps().get(0).step().addedRows()).containsExactly(D1, D2);
		assertThat(versionRows(database)).containsExactlyInAnyOrder(D1, D2);
		assertThat(SchemaSnapshot.of(database).tables()).doesNotContainKey("checkouts").containsKeys("cart_items",
				"invoice_lines");
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#every")
	void branchDowngradeRevertsOnlyThatBranch(TestDatabase database) throws SQLException {
		Migrations migrations = migrations(database, "branches");
		migrations.upgrade("heads");
		MigrationResult down = migrations.downgrade("billing@base");
		assertThat(ids(down)).containsExactly(D2, C2);
		assertThat(down.current()).containsExactly(D1);
		assertThat(SchemaSnapshot.of(database).tables()).containsKeys("accounts", "orders", "carts", "cart_items")
			.doesNotContainKeys("invoices", "invoice_lines");
		assertThat(migrations.downgrade("cart@" + B.substring(0, 4)).current()).containsExactly(B);
		assertThat(SchemaSnapshot.of(database).tables()).containsKeys("accounts", "orders")
			.doesNotContainKeys("carts", "cart_items");
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#every")
	void branchDowngradeThatWouldRevertTheSharedTrunkFailsAndChangesNothing(TestDatabase database)
			throws SQLException {
		Migrations migrations = migrations(database, "branches");
		migrations.upgrade("heads");
		SchemaSnapshot before = SchemaSnapshot.of(database);
		assertThatExceptionOfType(MigrationsException.class).isThrownBy(() -> migrations.downgrade("cart@" + A))
			.satisfies((ex) -> {
				assertThat(ex.getCode()).isEqualTo(ErrorCode.CROSS_BRANCH_DOWNGRADE);
				assertThat(ex.getMessage()).contains(C2 + ", " + D2);
			});
		assertThatExceptionOfType(MigrationsException.class).isThrownBy(() -> migrations.downgrade("-1"))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(ErrorCode.MULTIPLE_HEADS));
		assertThat(SchemaSnapshot.of(database)).isEqualTo(before);
		assertThat(migrations.downgrade(A).current()).containsExactly(A);
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#every")
	void stampMovesTheRowsWithoutRunningSqlAndRecordsIt(TestDatabase database) throws SQLException {
		Migrations migrations = migrations(database, "branches");
		migrations.upgrade("cart@head");
		Map<String, String> tables = userTables(database);
		StampResult stamped = migrations.stamp(List.of("billing@head"), false);
		assertThat(stamped.before()).containsExactly(D1);
		assertThat(stamped.current()).containsExactlyInAnyOrder(D1, D2);
		assertThat(userTables(database)).isEqualTo(tables);
		assertThat(migrations.historyRecords(1)).singleElement().satisfies((record) -> {
			assertThat(record.revision()).isEqualTo(D2);
			assertThat(record.direction()).isEqualTo(Direction.UPGRADE);
			assertThat(record.outcome()).isEqualTo(Outcome.STAMPED);
			assertThat(record.durationMillis()).isZero();
			assertThat(record.script()).endsWith("create_invoice_lines.sql");
		});
		assertThat(migrations.stamp(List.of(C1), false).current()).containsExactlyInAnyOrder(C1, D2);
		assertThat(migrations.historyRecords(2)).extracting(HistoryRecord::revision, HistoryRecord::direction)
			.containsExactlyInAnyOrder(tuple(D1, Direction.DOWNGRADE), tuple(C1, Direction.UPGRADE));
		assertThat(migrations.stamp(List.of("base"), false).current()).isEmpty();
		assertThat(migrations.stamp(List.of("cart@head", "billing"), false).current()).containsExactlyInAnyOrder(D1,
				C2);
		assertThat(userTables(database)).isEqualTo(tables);
		assertThat(migrations.pending()).extracting(Revision::id).containsExactly(D2);
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#every")
	void stampWithPurgeReplacesARevisionTheCodeDoesNotKnow(TestDatabase database) throws SQLException {
		Migrations migrations = migrations(database, "branches");
		migrations.upgrade(B);
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			statement.executeUpdate(
					"UPDATE " + database.quote("migrations_version") + " SET version_num = 'ffffffffffff'");
		}
		assertThatExceptionOfType(MigrationsException.class).isThrownBy(() -> migrations.upgrade("heads"))
			.satisfies((ex) -> {
				assertThat(ex.getCode()).isEqualTo(ErrorCode.UNKNOWN_DATABASE_REVISION);
				assertThat(ex.getMessage()).contains("ffffffffffff").contains("stamp --purge");
			});
		assertThatExceptionOfType(MigrationsException.class)
			.isThrownBy(() -> migrations.stamp(List.of(B), false))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(ErrorCode.UNKNOWN_DATABASE_REVISION));
		StampResult purged = migrations.stamp(List.of(B), true);
		assertThat(purged.before()).containsExactly("ffffffffffff");
		assertThat(purged.current()).containsExactly(B);
		assertThat(migrations.historyRecords(2))
			.extracting(HistoryRecord::revision, HistoryRecord::direction, HistoryRecord::outcome)
			.containsExactlyInAnyOrder(tuple("ffffffffffff", Direction.DOWNGRADE, Outcome.STAMPED),
					tuple(B, Direction.UPGRADE, Outcome.STAMPED));
		assertThat(migrations.historyRecords(2)).filteredOn((record) -> record.revision().equals("ffffffffffff"))
			.singleElement().extracting(HistoryRecord::script).isEqualTo("(no revision file)");
		assertThat(ids(migrations.upgrade("heads"))).containsExactly(C1, D1, C2, D2);
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#every")
	void dependsOnAppliesTheDependencyFirstWithoutStoringIt(TestDatabase database) throws SQLException {
		Migrations migrations = migrations(database, "dependencies");
		MigrationResult audit = migrations.upgrade("audit@head");
		assertThat(ids(audit)).containsExactly(USERS, AUDIT, AUDIT_USERS);
		assertThat(audit.current()).containsExactly(AUDIT_USERS);
		assertThat(migrations.upgrade("users@head").current()).containsExactlyInAnyOrder(AUDIT_USERS, EMAIL);
		SchemaSnapshot before = SchemaSnapshot.of(database);
		assertThatExceptionOfType(MigrationsException.class).isThrownBy(() -> migrations.downgrade("users@base"))
			.satisfies((ex) -> {
				assertThat(ex.getCode()).isEqualTo(ErrorCode.CROSS_BRANCH_DOWNGRADE);
				assertThat(ex.getMessage()).contains(AUDIT_USERS);
			});
		assertThat(SchemaSnapshot.of(database)).isEqualTo(before);
		MigrationResult down = migrations.downgrade("audit@base");
		assertThat(ids(down)).containsExactly(AUDIT_USERS, AUDIT);
		assertThat(down.current()).containsExactly(EMAIL);
		assertThat(SchemaSnapshot.of(database).tables()).containsKey("users").doesNotContainKeys("audit_log",
				"audit_users");
		assertThat(ids(migrations.downgrade("users@base"))).containsExactly(EMAIL, USERS);
		assertThat(migrations.current()).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#every")
	void mergeWritesARevisionRevisingTheHeadsWithoutTouchingTheDatabase(TestDatabase database, @TempDir Path directory)
			throws Exception {
		Migrations migrations = migrations(database, "branches");
		CreatedRevision created = migrations.merge(List.of("heads"), "merge cart and billing", null, directory);
		Revision merge = created.revision();
		assertThat(Files.readString(created.file())).contains("-- Revision: " + merge.id())
			.contains("-- Revises: " + D1 + ", " + D2);
		assertThat(merge.parents()).containsExactly(D1, D2);
		assertThat(merge.id()).matches("[0-9a-f]{12}");
		assertThat(merge.message()).isEqualTo("merge cart and billing");
		assertThat(migrations.merge(List.of("billing@head", "cart@head"), "again", "f00d", directory).revision().parents())
			.containsExactly(D2, D1);
		assertThatExceptionOfType(MigrationsException.class)
			.isThrownBy(() -> migrations.merge(List.of("cart", "billing@head"), "no", null, directory))
			.satisfies((ex) -> {
				assertThat(ex.getCode()).isEqualTo(ErrorCode.INVALID_TARGET);
				assertThat(ex.getMessage()).contains("'" + C1 + "' is not a head").contains(D1);
			});
		assertThatExceptionOfType(MigrationsException.class)
			.isThrownBy(() -> migrations.merge(List.of("heads"), "clash", A, directory))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(ErrorCode.DUPLICATE_REVISION));
		assertThat(SchemaSnapshot.of(database).tables()).isEmpty();
	}

	private static Migrations migrations(TestDatabase database, String... fixtures) {
		return Migrations.builder(database.dataSource())
			.locations(Arrays.stream(fixtures).map(MigrationsTests::location).toList())
			.build();
	}

	private static List<String> ids(MigrationResult result) {
		return result.steps().stream().map((step) -> step.step().revision().id()).toList();
	}

	private static List<String> versionRows(TestDatabase database) throws SQLException {
		try (Connection connection = database.connect(); Statement statement = connection.createStatement();
				ResultSet result = statement
					.executeQuery("SELECT version_num FROM " + database.quote("migrations_version"))) {
			List<String> rows = new ArrayList<>();
			while (result.next()) {
				rows.add(result.getString(1));
			}
			return rows;
		}
	}

	// The application's tables, without the version and history tables a stamp writes to.
	private static Map<String, String> userTables(TestDatabase database) throws SQLException {
		Map<String, String> tables = new TreeMap<>(SchemaSnapshot.of(database).tables());
		tables.keySet().removeIf((name) -> name.startsWith("migrations_"));
		return tables;
	}

}
