package dev.migrations.core.script;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import dev.migrations.core.api.Direction;
import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;
import dev.migrations.core.schema.CheckConstraint;
import dev.migrations.core.schema.Column;
import dev.migrations.core.schema.ColumnType;
import dev.migrations.core.schema.ColumnType.Kind;
import dev.migrations.core.schema.EnumType;
import dev.migrations.core.schema.ForeignKey;
import dev.migrations.core.schema.Index;
import dev.migrations.core.schema.PrimaryKey;
import dev.migrations.core.schema.ReferentialAction;
import dev.migrations.core.schema.Sequence;
import dev.migrations.core.schema.Table;
import dev.migrations.core.schema.UniqueConstraint;
import dev.migrations.core.schema.operation.AddCheck;
import dev.migrations.core.schema.operation.AddColumn;
import dev.migrations.core.schema.operation.AddEnumValue;
import dev.migrations.core.schema.operation.AddForeignKey;
import dev.migrations.core.schema.operation.AddUnique;
import dev.migrations.core.schema.operation.AlterColumn;
import dev.migrations.core.schema.operation.AddPrimaryKey;
import dev.migrations.core.schema.operation.CreateEnum;
import dev.migrations.core.schema.operation.CreateIndex;
import dev.migrations.core.schema.operation.CreateSequence;
import dev.migrations.core.schema.operation.CreateTable;
import dev.migrations.core.schema.operation.DropColumn;
import dev.migrations.core.schema.operation.DropEnum;
import dev.migrations.core.schema.operation.DropPrimaryKey;
import dev.migrations.core.schema.operation.DropIndex;
import dev.migrations.core.schema.operation.DropSequence;
import dev.migrations.core.schema.operation.DropTable;
import dev.migrations.core.schema.operation.ExecuteSql;
import dev.migrations.core.schema.operation.Operation;
import dev.migrations.core.schema.operation.RenameColumn;
import dev.migrations.core.schema.operation.RenameTable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class OperationsParserTests {

	private static final ScriptResource FILE = ScriptResource.ofFile(new File("V1.sql"));

	private static final Set<String> DIALECTS = Set.of("postgresql", "sqlite");

	static Stream<Arguments> forms() {
		return Stream.of(
				Arguments.of("add column users.age integer null default 0", new AddColumn("users",
						new Column("age", ColumnType.of(Kind.INTEGER), true, "0", false, null, null))),
				Arguments.of("add column Users.\"Nick Name\" varchar(40) not null default 'n''a' collate nocase",
						new AddColumn("users", new Column("Nick Name", ColumnType.varchar(40), false, "'n''a'",
								false, "nocase", null))),
				Arguments.of("add column t.at timestamp with time zone default current_timestamp", new AddColumn("t",
						new Column("at", ColumnType.of(Kind.TIMESTAMP_WITH_TIME_ZONE), true, "current_timestamp",
								false, null, null))),
				Arguments.of("alter column owners.id type bigint from integer", new AlterColumn("owners", "id",
						ColumnType.of(Kind.BIGINT), ColumnType.of(Kind.INTEGER), null, null, null)),
				Arguments.of("alter column t.c set not null set default (1 + 2) from none", new AlterColumn("t", "c",
						null, null, false, new AlterColumn.Default("(1 + 2)"), new AlterColumn.Default(null))),
				Arguments.of("alter column t.c drop not null drop default from now()", new AlterColumn("t", "c",
						null, null, true, new AlterColumn.Default(null), new AlterColumn.Default("now()"))),
				Arguments.of("alter column t.id set identity", new AlterColumn("t", "id", null, null, null, null, null,
						true)),
				Arguments.of("alter column t.id type bigint from integer drop identity", new AlterColumn("t", "id",
						ColumnType.of(Kind.BIGINT), ColumnType.of(Kind.INTEGER), null, null, null, false)),
				Arguments.of("rename table owners to people", new RenameTable("owners", "people")),
				Arguments.of("rename column owners.city to town", new RenameColumn("owners", "city", "town")),
				Arguments.of("drop column owners.city varchar(80)", new DropColumn("owners", "city",
						Column.of("city", ColumnType.varchar(80), true))),
				Arguments.of("drop column owners.city", new DropColumn("owners", "city", null)),
				Arguments.of("create unique index ix_a on t (a, lower(b) desc) where (a > 0)", new CreateIndex("t",
						new Index("ix_a", List.of("a", "lower(b) desc"), true, "a > 0"))),
				Arguments.of("drop index ix_a on t", new DropIndex("t", "ix_a", null)),
				Arguments.of("create sequence orders_seq start 1 increment 50", new CreateSequence(
						new Sequence("orders_seq", 1, 50))),
				Arguments.of("create sequence \"Countdown\" start -1 increment -1", new CreateSequence(
						new Sequence("Countdown", -1, -1))),
				Arguments.of("drop sequence orders_seq", new DropSequence("orders_seq", null)),
				Arguments.of("create type mood as enum ('sad', 'it''s ok')", new CreateEnum(new EnumType("mood",
						List.of("sad", "it's ok")))),
				Arguments.of("drop type mood", new DropEnum("mood", null)),
				Arguments.of("drop type mood as enum ('sad')", new DropEnum("mood", new EnumType("mood",
						List.of("sad")))),
				Arguments.of("alter type mood add value 'great'", new AddEnumValue("mood", "great")),
				Arguments.of("drop sequence orders_seq increment 5", new DropSequence("orders_seq",
						new Sequence("orders_seq", 1, 5))),
				Arguments.of("add primary key on t (a, b)", new AddPrimaryKey("t", new PrimaryKey(null,
						List.of("a", "b")))),
				Arguments.of("add primary key pk_t on t (a)", new AddPrimaryKey("t", new PrimaryKey("pk_t",
						List.of("a")))),
				Arguments.of("drop primary key on t", new DropPrimaryKey("t", null)),
				Arguments.of("drop primary key t_pkey on t (a, b)", new DropPrimaryKey("t", new PrimaryKey("t_pkey",
						List.of("a", "b")))),
				Arguments.of("add unique uq_a on t (a, b)", new AddUnique("t", new UniqueConstraint("uq_a",
						List.of("a", "b")))),
				Arguments.of("add foreign key fk_p on pets (owner_id) references owners (id) on delete set null"
						+ " on update cascade", new AddForeignKey("pets", new ForeignKey("fk_p", List.of("owner_id"),
								"owners", List.of("id"), ReferentialAction.SET_NULL, ReferentialAction.CASCADE))),
				Arguments.of("add check ck_w on pets (weight >= 0 and (weight < 100))", new AddCheck("pets",
						new CheckConstraint("ck_w", "weight >= 0 and (weight < 100)"))),
				Arguments.of("execute $$UPDATE t SET a = 1;$$\n  sqlite $$UPDATE t SET a = 2$$\n  reverse $$SELECT 1$$",
						new ExecuteSql(new ExecuteSql.Text("UPDATE t SET a = 1;", Map.of("sqlite", "UPDATE t SET a = 2")),
								new ExecuteSql.Text("SELECT 1", Map.of()))),
				Arguments.of("""
						create table pets (
							id bigint autoincrement primary key,  -- the key
							owner_id bigint references owners (id) on delete cascade,
							name varchar(30) not null unique check (name <> ''),
							constraint ck_name check (length(name) < 30)
						)""", new CreateTable(new Table("pets", List.of(
								new Column("id", ColumnType.of(Kind.BIGINT), false, null, true, null, null),
								Column.of("owner_id", ColumnType.of(Kind.BIGINT), true),
								Column.of("name", ColumnType.varchar(30), false)),
								new PrimaryKey(null, List.of("id")), List.of(new UniqueConstraint(null, List.of("name"))),
								List.of(), List.of(new ForeignKey(null, List.of("owner_id"), "owners", List.of("id"),
										ReferentialAction.CASCADE, ReferentialAction.NO_ACTION)),
								List.of(new CheckConstraint(null, "name <> ''"), new CheckConstraint("ck_name",
										"length(name) < 30")), null))),
				Arguments.of("drop table notes (id integer not null, body text)", new DropTable("notes",
						Table.of("notes", List.of(Column.of("id", ColumnType.of(Kind.INTEGER), false),
								Column.of("body", ColumnType.of(Kind.TEXT), true)), null))));
	}

	@ParameterizedTest
	@MethodSource("forms")
	void eachFormReadsAsItsOperation(String text, Operation expected) {
		assertThat(parse(text)).containsExactly(expected);
	}

	@ParameterizedTest
	@MethodSource("forms")
	void anOperationsDescriptionAndItsReversesReadBackAsThemselves(String text, Operation operation) {
		assertThat(parse(operation.describe())).containsExactly(operation);
		if (operation.reversible()) {
			assertThat(parse(operation.reverse().describe())).containsExactly(operation.reverse());
			assertThat(operation.reverse().reverse()).isEqualTo(operation);
		}
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			add column users                        | V1.sql:10: expected '.' after 'users' but the line ends; name the column as TABLE.COLUMN
			frobnicate table x                      | V1.sql:10: unknown operation 'frobnicate'; write create table,
			alter column users.age                  | V1.sql:10: 'alter column users.age' changes nothing; write 'type TYPE',
			alter column users.age type             | V1.sql:10: expected the new type but the line ends
			alter column users.age set null         | V1.sql:10: expected 'default' but found 'null'; write 'set default VALUE', 'set not null' or 'set identity'
			create table t (id integer              | V1.sql:10: expected ')' but the line ends; write ',' between the columns and ')' after the last one
			execute $$select 1                      | V1.sql:10: '$$' SQL is not closed; end it with '$$'
			execute postgres $$select 1$$           | V1.sql:10: unknown dialect 'postgres' before $$; use one of postgresql, sqlite
			add column users.age integer primary key| V1.sql:10: cannot read 'primary' in the definition of column 'age'; write null, not null, default VALUE, autoincrement, collate NAME (add keys with 'add unique' and 'add foreign key')
			drop index ix                           | V1.sql:10: expected 'on' but the line ends; write 'drop index NAME on TABLE'
			add check ck on t ()                    | V1.sql:10: the parentheses are empty; write the SQL inside them
			add foreign key fk on t (a) references u (b) on delete explode | V1.sql:10: Unknown referential action 'explode'
			rename table a to b c                   | V1.sql:10: unexpected 'c'; end the operation here, or start the next one on a new line
			create type point as (x integer)        | V1.sql:10: expected 'enum' but found '('; write 'create type NAME as enum ('a', 'b')' (only enum types are operations)
			create type mood as enum ('a', 'a')     | V1.sql:10: enum type 'mood' needs distinct labels, at least one
			drop view v                             | V1.sql:10: cannot read what to drop; write 'drop table', 'drop column',
			create sequence s start one             | V1.sql:10: expected the first value after 'start', a whole number; write 'create sequence NAME start 1 increment 1'
			""")
	void aMistakeNamesFileLineAndWhatToWrite(String text, String message) {
		assertThatExceptionOfType(MigrationsException.class).isThrownBy(() -> parse(text))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(ErrorCode.INVALID_REVISION_FILE))
			.withMessageStartingWith(message.strip());
	}

	@Test
	void anExecuteOnTheNextLineIsANewOperation() {
		assertThat(parse("add column users.age integer\nexecute $$UPDATE users SET age = 1$$\n"
				+ "execute sqlite $$SELECT 1$$\n  postgresql $$SELECT 2$$")).hasSize(3);
	}

	@Test
	void theErrorLineIsTheLineOfTheMistake() {
		assertThatExceptionOfType(MigrationsException.class)
			.isThrownBy(() -> parse("add column users.age integer\n\n-- a comment\ncreate table t (\n  id integer,\n"
					+ "  name varchar(3) bogus\n)"))
			.withMessageStartingWith("V1.sql:15: cannot read 'bogus' in the definition of column 'name'");
	}

	@Test
	void aRevisionFileTakesAnOperationsSectionAndChecksItWhenLoaded() {
		RevisionFileParser parser = new RevisionFileParser(DIALECTS);
		RevisionFile file = parser.parse(FILE, header() + "-- migrations:operations\nadd column users.age integer\n");
		assertThat(file.sections()).singleElement().satisfies((section) -> {
			assertThat(section.operations()).isTrue();
			assertThat(section.direction()).isEqualTo(Direction.UPGRADE);
		});
		assertThatExceptionOfType(MigrationsException.class)
			.isThrownBy(() -> parser.parse(FILE, header() + "-- migrations:operations\nadd colum users.age integer\n"))
			.withMessageStartingWith("V1.sql:7: cannot read what to add;");
		assertThat(parser.parse(FILE, header() + "-- migrations:operations\nadd column users.age integer\n").checksum())
			.isNotEqualTo(parser.parse(FILE, header() + "-- migrations:operations\nadd column users.age bigint\n")
				.checksum());
	}

	@Test
	void sqlAndOperationsDoNotMixInOneDirection() {
		RevisionFileParser parser = new RevisionFileParser(DIALECTS);
		assertThatExceptionOfType(MigrationsException.class)
			.isThrownBy(() -> parser.parse(FILE, header() + "-- migrations:upgrade\nSELECT 1;\n"
					+ "-- migrations:operations\nadd column users.age integer\n"))
			.withMessageStartingWith("V1.sql:8: the upgrade has both SQL and operations sections; write the SQL as an"
					+ " operation ('execute $$...$$'");
		assertThatExceptionOfType(MigrationsException.class)
			.isThrownBy(() -> parser.parse(FILE, header() + "-- migrations:operations\nadd column users.age integer\n"
					+ "-- migrations:upgrade operations\nadd column users.size integer\n"))
			.withMessageStartingWith("V1.sql:8: a second upgrade operations section; put all the operations in one");
	}

	@Test
	void aDerivedDowngradeReversesTheOperationsInReverseOrder(@TempDir Path directory) throws IOException {
		RevisionScript script = script(directory, "-- migrations:operations\nadd column users.age integer\n"
				+ "rename column users.age to years\n");
		assertThat(script.operations(new RevisionFileParser(DIALECTS), Direction.DOWNGRADE)).contains(List.of(
				new LocatedOperation(new RenameColumn("users", "years", "age"), 8),
				new LocatedOperation(new DropColumn("users", "age", Column.of("age", ColumnType.of(Kind.INTEGER),
						true)), 7)));
		RevisionScript explicit = script(directory, "-- migrations:operations\ndrop column users.age\n"
				+ "-- migrations:downgrade\nALTER TABLE users ADD COLUMN age integer;\n");
		assertThat(explicit.operations(new RevisionFileParser(DIALECTS), Direction.DOWNGRADE)).isEmpty();
	}

	@Test
	void aDerivedDowngradeOfAnIrreversibleOperationSaysWhatToWrite(@TempDir Path directory) throws IOException {
		RevisionScript script = script(directory, "-- migrations:operations\nadd column users.age integer\n"
				+ "drop column users.name\n");
		assertThatExceptionOfType(MigrationsException.class)
			.isThrownBy(() -> script.operations(new RevisionFileParser(DIALECTS), Direction.DOWNGRADE))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(ErrorCode.IRREVERSIBLE_REVISION))
			.withMessageContaining("Revision 'a1b2c3d4e5f6' cannot be downgraded")
			.withMessageContaining(":8 'drop column users.name' cannot be reversed: it does not say what the column"
					+ " was; write its type after the name, as 'drop column users.name integer null', or add a"
					+ " downgrade section");
	}

	private static RevisionScript script(Path directory, String body) throws IOException {
		Path file = directory.resolve("x.sql");
		Files.writeString(file, header() + body);
		ScriptResource resource = ScriptResource.ofFile(file.toFile());
		RevisionFile parsed = new RevisionFileParser(DIALECTS).parse(resource, Files.readString(file));
		return new RevisionScript(parsed.revision(), resource, parsed.checksum(), true);
	}

	private static String header() {
		return "-- A revision\n--\n-- Revision: a1b2c3d4e5f6\n-- Revises:\n\n";
	}

	private static List<Operation> parse(String text) {
		return OperationsParser.parse(FILE, text, 10, DIALECTS).stream().map(LocatedOperation::operation).toList();
	}

}
