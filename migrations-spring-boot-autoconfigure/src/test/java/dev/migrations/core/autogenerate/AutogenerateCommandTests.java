package dev.migrations.core.autogenerate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.migrations.core.Migrations;
import dev.migrations.core.api.AutogenerateResult;
import dev.migrations.core.api.CheckResult;
import dev.migrations.core.api.NewRevision;
import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;
import dev.migrations.core.schema.Column;
import dev.migrations.core.schema.ColumnType;
import dev.migrations.core.schema.EnumType;
import dev.migrations.core.schema.Schema;
import dev.migrations.core.schema.SchemaModel;
import dev.migrations.core.schema.Sequence;
import dev.migrations.testsupport.PortableRevisions;
import dev.migrations.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Autogenerate's refusals, its notes to the reviewer, excluded tables, and {@code check} with a model, against the
 * database and offline.
 */
class AutogenerateCommandTests {

	@TempDir
	Path directory;

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void withoutAModelItRefusesAndSaysWhatToSet(TestDatabase database) {
		Migrations migrations = Migrations.builder(database.dataSource())
			.locations(List.of(PortableRevisions.location(this.directory)))
			.build();
		assertThatExceptionOfType(MigrationsException.class)
			.isThrownBy(() -> migrations.autogenerate().revision(request("users"), false))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(ErrorCode.NO_MODEL))
			.withMessageContaining("set 'migrations.model'");
		assertThat(this.directory).isEmptyDirectory();
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void whenTheDatabaseIsNotAtTheHeadItRefusesAndSaysToUpgrade(TestDatabase database) throws IOException {
		Migrations migrations = migrations(database, Models.of(Models.base()));
		migrations.autogenerate().revision(request("users and tasks"), false);
		assertThatExceptionOfType(MigrationsException.class)
			.isThrownBy(() -> migrations.autogenerate().revision(request("more"), false))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(ErrorCode.PENDING_REVISIONS))
			.withMessageContaining("it is at base and the new revision would revise")
			.withMessageContaining("run 'migrations upgrade head' first");
		try (var files = Files.list(this.directory)) {
			assertThat(files).hasSize(1);
		}
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void dropsAreMarkedDestructiveWithTheirRowsAndADropWithAnAddAsAPossibleRename(TestDatabase database)
			throws Exception {
		migrations(database, Models.of(Models.base())).autogenerate().revision(request("first"), false);
		migrations(database, Models.of(Models.base())).upgrade("head");
		AutogenerateTests.insertRows(database);
		Schema renamed = Models.table(Models.without(Models.base(), "tasks"), "users", (table) -> Models
			.addColumn(Column.of("full_name", ColumnType.varchar(80), true)).apply(Models.dropColumn("name")
				.apply(table)));
		AutogenerateResult result = migrations(database, Models.of(renamed)).autogenerate()
			.revision(request("rename"), false);
		String file = Files.readString(result.revision().file());
		assertThat(file).contains("-- destructive: drops table tasks and its rows\n-- the table has 3 row(s)\n",
				"-- may be a rename of name: to keep the data, write 'rename column users.name to full_name'",
				"-- destructive: drops column users.name and its values\n-- may be a rename to full_name (see above)\n"
						+ "-- 2 row(s) have a value in it\ndrop column users.name VARCHAR(80) null");
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void aTableDroppedWhileOneWithItsColumnsIsCreatedIsNotedAsAPossibleRename(TestDatabase database)
			throws Exception {
		migrations(database, Models.of(Models.base())).autogenerate().revision(request("first"), false);
		migrations(database, Models.of(Models.base())).upgrade("head");
		AutogenerateTests.insertRows(database);
		Schema renamed = Models.with(Models.without(Models.base(), "tasks"), Models.tasks()
			.withName("todo_items")
			.withIndexes(List.of()));
		AutogenerateResult result = migrations(database, Models.of(renamed)).autogenerate()
			.revision(request("rename table"), false);
		String file = Files.readString(result.revision().file());
		assertThat(file).contains("-- destructive: drops table tasks and its rows\n",
				"-- may be a rename to todo_items (see below)\n",
				"-- may be a rename of tasks: to keep its rows, write 'rename table tasks to todo_items'");
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void excludedTablesAndTheToolsOwnTablesAreLeftAlone(TestDatabase database) throws SQLException {
		Migrations migrations = migrations(database, Models.of(Models.base(), "legacy_*"));
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE legacy_audit (id INTEGER PRIMARY KEY, what VARCHAR(20))");
		}
		AutogenerateResult result = migrations.autogenerate().revision(request("first"), false);
		assertThat(result.changes()).noneMatch((change) -> change.contains("legacy"))
			.noneMatch((change) -> change.contains("migrations_"));
		migrations.upgrade("head");
		assertThat(migrations.check().passed()).isTrue();
		assertThat(migrations.schema().tableNames()).contains("legacy_audit");
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void checkFailsListingEachDifferenceWhenTheModelChangedWithoutARevision(TestDatabase database) {
		migrations(database, Models.of(Models.base())).autogenerate().revision(request("first"), false);
		migrations(database, Models.of(Models.base())).upgrade("head");
		Schema changed = Models.table(Models.base(), "users", Models.addColumn(Column.of("nickname",
				ColumnType.varchar(40), true)));
		CheckResult result = migrations(database, Models.of(changed)).check();
		assertThat(result.passed()).isFalse();
		assertThat(result.differences()).containsExactly("add column users.nickname VARCHAR(40) null");
		assertThat(result.problems()).singleElement().asString()
			.startsWith("The model (the test model) and the migrations differ in 1 way(s): add column users.nickname")
			.endsWith("run 'migrations revision --autogenerate -m MESSAGE', review the file, then 'upgrade head'");
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void checkOfflineReplaysTheRevisionsWithoutTheDatabase(TestDatabase database) {
		migrations(database, Models.of(Models.base())).autogenerate().revision(request("first"), false);
		Migrations unreachable = Migrations.builder(new UnreachableDataSource())
			.locations(List.of(PortableRevisions.location(this.directory)))
			.model(Models.of(Models.base()))
			.build();
		CheckResult passed = unreachable.autogenerate().checkOffline(database.dialect());
		assertThat(passed.problems()).isEmpty();
		assertThat(passed.passed()).isTrue();
		Migrations changed = Migrations.builder(new UnreachableDataSource())
			.locations(List.of(PortableRevisions.location(this.directory)))
			.model(Models.of(Models.without(Models.base(), "tasks")))
			.build();
		CheckResult failed = changed.autogenerate().checkOffline(database.dialect());
		assertThat(failed.passed()).isFalse();
		assertThat(failed.differences()).singleElement().asString().startsWith("drop table tasks");
	}

	@Test
	void checkOfflineOnPostgresqlNeedsPortableRevisionsAndSaysWhichIsNot() {
		PortableRevisions.write(this.directory, "a1000000001", null,
				"-- migrations:upgrade\nCREATE TABLE users (id integer primary key);\n");
		Migrations migrations = Migrations.builder(new UnreachableDataSource())
			.locations(List.of(PortableRevisions.location(this.directory)))
			.model(Models.of(Models.base()))
			.build();
		assertThatExceptionOfType(MigrationsException.class)
			.isThrownBy(() -> migrations.autogenerate().checkOffline("postgresql"))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(ErrorCode.UNSUPPORTED_DATABASE))
			.withMessageContaining("revision 'a1000000001'")
			.withMessageContaining("run 'check' against a postgresql database");
	}

	@Test
	void aColumnCommentIsDetectedOnPostgresql() {
		try (TestDatabase database = TestDatabase.postgres()) {
			migrations(database, Models.of(Models.base())).autogenerate().revision(request("first"), false);
			migrations(database, Models.of(Models.base())).upgrade("head");
			SchemaModel commented = Models.of(Models.table(Models.base(), "users", Models.column("email",
					(column) -> Models.comment(column, "where we write"))));
			Migrations migrations = migrations(database, commented);
			AutogenerateResult result = migrations.autogenerate().revision(request("comment"), false);
			assertThat(result.changes()).singleElement().asString().contains("COMMENT ON COLUMN \"users\".\"email\"");
			migrations.upgrade("head");
			assertThat(migrations.schema().table("users").orElseThrow().column("email").orElseThrow().comment())
				.isEqualTo("where we write");
			assertThat(migrations.check().passed()).isTrue();
			migrations.downgrade("-1");
			assertThat(migrations.schema().table("users").orElseThrow().column("email").orElseThrow().comment())
				.isNull();
		}
	}

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#every")
	void aSequenceIsCreatedAndDroppedWhereTheDatabaseHasSequencesAndNotComparedElsewhere(TestDatabase database)
			throws IOException {
		Schema sequenced = Models.base().withSequences(List.of(new Sequence("ticket_numbers", 1000, 1)));
		Migrations migrations = migrations(database, Models.of(sequenced));
		AutogenerateResult result = migrations.autogenerate().revision(request("first"), false);
		if (database.dialect().equals("sqlite")) {
			assertThat(result.changes()).noneMatch((change) -> change.contains("sequence"));
			migrations.upgrade("head");
			assertThat(migrations.check().passed()).isTrue();
			return;
		}
		assertThat(result.changes()).first().isEqualTo("create sequence ticket_numbers start 1000 increment 1");
		migrations.upgrade("head");
		assertThat(migrations.schema().sequences()).containsExactly(new Sequence("ticket_numbers", 1000, 1));
		assertThat(migrations.check().passed()).isTrue();
		Migrations changed = migrations(database, Models.of(sequenced.withSequences(List.of(
				new Sequence("ticket_numbers", 1000, 10)))));
		assertThat(changed.check().differences()).singleElement().asString()
			.startsWith("not generated: sequence ticket_numbers counts by 1 in the database and by 10 in the model");
		Migrations restarted = migrations(database, Models.of(sequenced.withSequences(List.of(
				new Sequence("ticket_numbers", 1, 1)))));
		assertThat(restarted.check().passed()).as("the start matters only at creation").isTrue();
		Migrations dropped = migrations(database, Models.of(Models.base()));
		AutogenerateResult drop = dropped.autogenerate().revision(request("drop"), false);
		assertThat(drop.changes()).containsExactly("drop sequence ticket_numbers start 1000 increment 1");
		assertThat(Files.readString(drop.revision().file()))
			.contains("-- drops sequence ticket_numbers: the downgrade creates it anew, at its start\n");
		dropped.upgrade("head");
		assertThat(dropped.schema().sequences()).isEmpty();
		dropped.downgrade("-1");
		assertThat(dropped.schema().sequences()).containsExactly(new Sequence("ticket_numbers", 1000, 1));
	}

	@Test
	void aNativeEnumIsCreatedALabelAppendedARemovedOneReportedAndTheTypeDroppedOnPostgresql() throws IOException {
		try (TestDatabase database = TestDatabase.postgres()) {
			Schema moods = Models.table(Models.base(), "users",
					Models.addColumn(Column.of("mood", ColumnType.nativeType("mood"), true)));
			Schema first = moods.withEnums(List.of(new EnumType("mood", List.of("sad", "ok"))));
			AutogenerateResult created = migrations(database, Models.of(first)).autogenerate()
				.revision(request("first"), false);
			assertThat(created.changes()).first().isEqualTo("create type mood as enum ('sad', 'ok')");
			migrations(database, Models.of(first)).upgrade("head");
			assertThat(migrations(database, Models.of(first)).check().passed()).isTrue();
			Schema appended = moods.withEnums(List.of(new EnumType("mood", List.of("sad", "ok", "happy"))));
			Migrations migrations = migrations(database, Models.of(appended));
			AutogenerateResult added = migrations.autogenerate().revision(request("happy"), false);
			assertThat(added.changes()).containsExactly("alter type mood add value 'happy'");
			migrations.upgrade("head");
			assertThat(migrations.schema().enumType("mood").orElseThrow().labels()).containsExactly("sad", "ok",
					"happy");
			assertThat(migrations.check().passed()).isTrue();
			assertThat(migrations.autogenerate().revision(request("again"), false).written()).isFalse();
			assertThatExceptionOfType(MigrationsException.class).isThrownBy(() -> migrations.downgrade("-1"))
				.withMessageContaining("PostgreSQL cannot remove a value from an enum type");
			Schema removed = moods.withEnums(List.of(new EnumType("mood", List.of("ok", "happy"))));
			AutogenerateResult manual = migrations(database, Models.of(removed)).autogenerate()
				.revision(request("no sad"), false);
			assertThat(manual.written()).isFalse();
			assertThat(manual.manual()).singleElement().asString()
				.startsWith("enum type mood is ('sad', 'ok', 'happy') in the database and ('ok', 'happy') in the"
						+ " model: PostgreSQL can only append labels");
			Migrations dropped = migrations(database, Models.of(Models.base()));
			AutogenerateResult drop = dropped.autogenerate().revision(request("no moods"), false);
			assertThat(drop.changes()).containsExactly("drop column users.mood mood null",
					"drop type mood as enum ('sad', 'ok', 'happy')");
			dropped.upgrade("head");
			assertThat(dropped.schema().enums()).isEmpty();
			dropped.downgrade("-1");
			assertThat(dropped.schema().enums()).containsExactly(new EnumType("mood", List.of("sad", "ok", "happy")));
		}
	}

	@Test
	void aNativeEnumIsNotComparedOnSqlite() {
		try (TestDatabase database = TestDatabase.sqlite()) {
			Schema moods = Models.base().withEnums(List.of(new EnumType("mood", List.of("sad", "ok"))));
			AutogenerateResult result = migrations(database, Models.of(moods)).autogenerate()
				.revision(request("first"), false);
			assertThat(result.changes()).noneMatch((change) -> change.contains("type"));
		}
	}

	private Migrations migrations(TestDatabase database, SchemaModel model) {
		return PortableRevisions.autogenerating(database, this.directory, model);
	}

	private NewRevision request(String message) {
		return PortableRevisions.request(this.directory, message);
	}

}
