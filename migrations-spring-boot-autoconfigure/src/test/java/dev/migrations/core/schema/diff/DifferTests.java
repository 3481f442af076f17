package dev.migrations.core.schema.diff;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.migrations.core.schema.CheckConstraint;
import dev.migrations.core.schema.Column;
import dev.migrations.core.schema.ColumnType;
import dev.migrations.core.schema.ColumnType.Kind;
import dev.migrations.core.schema.EnumType;
import dev.migrations.core.schema.ForeignKey;
import dev.migrations.core.schema.Index;
import dev.migrations.core.schema.PrimaryKey;
import dev.migrations.core.schema.ReferentialAction;
import dev.migrations.core.schema.Schema;
import dev.migrations.core.schema.Sequence;
import dev.migrations.core.schema.Table;
import dev.migrations.core.schema.UniqueConstraint;
import dev.migrations.core.schema.operation.AddColumn;
import dev.migrations.core.schema.operation.AddForeignKey;
import dev.migrations.core.schema.operation.AddPrimaryKey;
import dev.migrations.core.schema.operation.AlterColumn;
import dev.migrations.core.schema.operation.CreateIndex;
import dev.migrations.core.schema.operation.CreateTable;
import dev.migrations.core.schema.operation.DropColumn;
import dev.migrations.core.schema.operation.DropForeignKey;
import dev.migrations.core.schema.operation.DropPrimaryKey;
import dev.migrations.core.schema.operation.DropTable;
import dev.migrations.core.schema.operation.Operation;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The differ on schemas written as literals: what each kind of change becomes, that what databases report in their
 * own way is no difference, the order the operations run in, and that applying them (or their reverses) leaves no
 * difference.
 */
class DifferTests {

	private static final DiffOptions POSTGRES = new DiffOptions("postgresql", Set.of());

	private static final DiffOptions SQLITE = new DiffOptions("sqlite", Set.of());

	static Column id() {
		return new Column("id", ColumnType.of(Kind.BIGINT), false, null, true, null, null);
	}

	static Table users() {
		return new Table("users", List.of(id(), Column.of("email", ColumnType.varchar(120), false),
				new Column("active", ColumnType.of(Kind.BOOLEAN), false, "true", false, null, null)),
				new PrimaryKey(null, List.of("id")), List.of(new UniqueConstraint(null, List.of("email"))),
				List.of(new Index("ix_users_active", List.of("active"), false, null)), List.of(),
				List.of(new CheckConstraint(null, "length(email) > 3")), null);
	}

	static Table tasks() {
		return new Table("tasks", List.of(id(), Column.of("user_id", ColumnType.of(Kind.BIGINT), false),
				Column.of("title", ColumnType.varchar(200), false)), new PrimaryKey(null, List.of("id")), List.of(),
				List.of(), List.of(new ForeignKey(null, List.of("user_id"), "users", List.of("id"),
						ReferentialAction.CASCADE, ReferentialAction.NO_ACTION)), List.of(), null);
	}

	@Test
	void theSameSchemaHasNoDifference() {
		Schema schema = new Schema(List.of(users(), tasks()));
		assertThat(Differ.diff(schema, schema, POSTGRES).isEmpty()).isTrue();
	}

	@Test
	void whatPostgresqlReportsInItsOwnWayIsNoDifference() {
		Table reported = new Table("USERS", List.of(
				new Column("ID", ColumnType.parse("int8"), false, null, true, null, null),
				Column.of("Email", ColumnType.parse("character varying(120)"), false),
				new Column("active", ColumnType.parse("bool"), false, "true", false, null, null)),
				new PrimaryKey("users_pkey", List.of("id")), List.of(new UniqueConstraint("users_email_key",
						List.of("email"))), List.of(new Index("IX_USERS_ACTIVE", List.of("active"), false, null)),
				List.of(), List.of(new CheckConstraint("users_email_check", "(length((email)::text) > 3)")), null);
		Table model = users();
		assertThat(Differ.diff(new Schema(List.of(reported)), new Schema(List.of(model)), POSTGRES).describe())
			.isEmpty();
	}

	@Test
	void defaultsAndChecksCompareNormalised() {
		assertThat(Comparison.defaultValue("'open'::character varying")).isEqualTo(Comparison.defaultValue("'open'"));
		assertThat(Comparison.defaultValue("(datetime('now'))")).isEqualTo(Comparison.defaultValue("datetime('now')"));
		assertThat(Comparison.defaultValue("now()")).isEqualTo(Comparison.defaultValue("CURRENT_TIMESTAMP"));
		assertThat(Comparison.defaultValue("'A b'")).isNotEqualTo(Comparison.defaultValue("'a b'"));
		assertThat(Comparison.sameExpression("((status)::text = ANY ((ARRAY['A'::character varying, 'B'::character"
				+ " varying])::text[]))", "status in ('A', 'B')")).isTrue();
		assertThat(Comparison.sameExpression("price >= 0", "price > 0")).isFalse();
	}

	@Test
	void typesCompareByKindLengthAndScale() {
		assertThat(sameType("numeric(10,0)", "decimal(10)", "postgresql")).isTrue();
		assertThat(sameType("timestamp(6) without time zone", "timestamp", "postgresql")).isTrue();
		assertThat(sameType("character(1)", "char", "postgresql")).isTrue();
		assertThat(sameType("varchar(80)", "varchar(120)", "postgresql")).isFalse();
		assertThat(sameType("varchar", "varchar(120)", "postgresql")).isFalse();
		assertThat(sameType("numeric(10,2)", "numeric(10)", "postgresql")).isFalse();
		assertThat(sameType("int[]", "INT[]", "postgresql")).isTrue();
	}

	private static boolean sameType(String database, String model, String dialect) {
		return Comparison.sameType(Column.of("c", ColumnType.parse(database), true),
				Column.of("c", ColumnType.parse(model), true), dialect);
	}

	@Test
	void newTablesAreCreatedReferencedFirstWithTheirIndexesAfter() {
		List<Operation> operations = Differ.operations(Schema.empty(), new Schema(List.of(users(), tasks())),
				POSTGRES);
		assertThat(operations).hasSize(3);
		assertThat(((CreateTable) operations.get(0)).definition().name()).isEqualTo("users");
		assertThat(((CreateTable) operations.get(0)).definition().indexes()).isEmpty();
		assertThat(operations.get(1)).isEqualTo(new CreateIndex("users", users().indexes().get(0)));
		assertThat(((CreateTable) operations.get(2)).definition()).isEqualTo(tasks());
	}

	@Test
	void droppedTablesGoReferencingFirstMarkedDestructive() {
		SchemaDiff diff = Differ.diff(new Schema(List.of(users(), tasks())), Schema.empty(), POSTGRES);
		List<Operation> operations = diff.operations();
		assertThat(operations.get(0).describe()).startsWith("drop index ix_users_active");
		assertThat(((DropTable) operations.get(1)).table()).isEqualTo("tasks");
		assertThat(((DropTable) operations.get(2)).table()).isEqualTo("users");
		assertThat(diff.changes().get(1).notes()).containsExactly("destructive: drops table tasks and its rows");
	}

	@Test
	void aColumnDroppedAndOneAddedIsNotedAsAPossibleRename() {
		Table renamed = users().withColumns(List.of(id(), Column.of("mail", ColumnType.varchar(120), true),
				users().columns().get(2)));
		SchemaDiff diff = Differ.diff(new Schema(List.of(users().withConstraints(users().primaryKey(), List.of(),
				List.of(), List.of()))), new Schema(List.of(renamed.withConstraints(renamed.primaryKey(), List.of(),
						List.of(), List.of()))), POSTGRES);
		assertThat(diff.operations()).containsExactly(new AddColumn("users", renamed.columns().get(1)),
				new DropColumn("users", "email", users().columns().get(1)));
		assertThat(diff.changes().get(0).notes().get(0)).startsWith("may be a rename of email");
		assertThat(diff.changes().get(1).notes()).contains("destructive: drops column users.email and its values");
	}

	@Test
	void typeNullabilityAndDefaultChangeInOneAlterThatCarriesWhatWasBefore() {
		Table changed = users().withColumns(List.of(id(), Column.of("email", ColumnType.varchar(200), true),
				users().columns().get(2).withDefault("false")));
		List<Operation> operations = Differ.operations(new Schema(List.of(users())), new Schema(List.of(changed)),
				SQLITE);
		assertThat(operations).containsExactly(
				new AlterColumn("users", "email", ColumnType.varchar(200), ColumnType.varchar(120), true, null, null),
				new AlterColumn("users", "active", null, null, null, new AlterColumn.Default("false"),
						new AlterColumn.Default("true")));
	}

	@Test
	void aChangedForeignKeyActionIsDroppedAndAddedAgain() {
		Table cascadeNull = tasks().withConstraints(tasks().primaryKey(), List.of(), List.of(new ForeignKey(null,
				List.of("user_id"), "users", List.of("id"), ReferentialAction.SET_NULL, ReferentialAction.NO_ACTION)),
				List.of());
		List<Operation> operations = Differ.operations(new Schema(List.of(users(), tasks())),
				new Schema(List.of(users(), cascadeNull)), POSTGRES);
		assertThat(operations).hasSize(2);
		assertThat(operations.get(0)).isInstanceOf(DropForeignKey.class);
		assertThat(((AddForeignKey) operations.get(1)).foreignKey().name()).isEqualTo("fk_tasks_user_id");
		assertThat(((AddForeignKey) operations.get(1)).foreignKey().onDelete()).isEqualTo(ReferentialAction.SET_NULL);
	}

	@Test
	void excludedTablesAreNeverTouched() {
		Table legacy = Table.of("legacy", List.of(id()), new PrimaryKey(null, List.of("id")));
		Table other = Table.of("Other_Legacy", List.of(id()), null);
		SchemaDiff diff = Differ.diff(new Schema(List.of(users(), legacy)), new Schema(List.of(users(), other)),
				new DiffOptions("postgresql", Set.of("LEGACY", "other_legacy")));
		assertThat(diff.isEmpty()).isTrue();
	}

	@Test
	void aColumnThatStopsOrStartsBeingGeneratedIsAnIdentityChangeThatReversesItself() {
		Table noIdentity = users().withColumns(List.of(Column.of("id", ColumnType.of(Kind.BIGINT), false),
				users().columns().get(1), users().columns().get(2)));
		Table nullableCounter = withColumn(users(), Column.of("number", ColumnType.of(Kind.INTEGER), true));
		Table generatedCounter = withColumn(users(), new Column("number", ColumnType.of(Kind.INTEGER), false,
				null, true, null, null));
		assertThat(Differ.operations(new Schema(List.of(users())), new Schema(List.of(noIdentity)), POSTGRES))
			.containsExactly(new AlterColumn("users", "id", null, null, null, null, null, false));
		List<Operation> generated = Differ.operations(new Schema(List.of(nullableCounter)),
				new Schema(List.of(generatedCounter)), POSTGRES);
		assertThat(generated).containsExactly(new AlterColumn("users", "number", null, null, false, null, null, true));
		assertThat(generated.get(0).describe()).isEqualTo("alter column users.number set not null set identity");
		assertThat(generated.get(0).reverse().describe())
			.isEqualTo("alter column users.number drop not null drop identity");
		assertThat(generated.get(0).apply(new Schema(List.of(nullableCounter)))).isEqualTo(
				new Schema(List.of(generatedCounter)));
	}

	private static Table withColumn(Table table, Column column) {
		List<Column> columns = new ArrayList<>(table.columns());
		columns.add(column);
		return table.withColumns(columns);
	}

	@Test
	void aPrimaryKeyWithAGeneratedColumnIsLeftToAPersonWhereTheColumnMustBeAKey() {
		Table noIdentity = users().withColumns(List.of(Column.of("id", ColumnType.of(Kind.BIGINT), false),
				users().columns().get(1), users().columns().get(2)));
		Table compositeKey = noIdentity.withConstraints(new PrimaryKey(null, List.of("id", "email")),
				noIdentity.uniqueConstraints(), noIdentity.foreignKeys(), noIdentity.checks());
		SchemaDiff diff = Differ.diff(new Schema(List.of(users())), new Schema(List.of(compositeKey)),
				new DiffOptions("mariadb", Set.of()));
		assertThat(diff.operations()).containsExactly(new AlterColumn("users", "id", null, null, null, null, null,
				false));
		assertThat(diff.manual()).containsExactly("the primary key of users is (id) in the database but (id, email)"
				+ " in the model, and a generated column is in the key");
		assertThat(Differ.diff(new Schema(List.of(users())), new Schema(List.of(compositeKey)), POSTGRES).operations())
			.as("PostgreSQL's identity needs no key")
			.containsExactly(new DropPrimaryKey("users", users().primaryKey()),
					new AlterColumn("users", "id", null, null, null, null, null, false),
					new AddPrimaryKey("users", compositeKey.primaryKey()));
	}

	@Test
	void aChangedPrimaryKeyIsDroppedThenAddedAfterTheColumnChangesUnlessForeignKeysTheModelKeepsReferenceIt() {
		Table plain = new Table("tags", List.of(Column.of("name", ColumnType.varchar(40), false),
				Column.of("scope", ColumnType.varchar(40), true)), new PrimaryKey("tags_pkey", List.of("name")),
				List.of(), List.of(), List.of(), List.of(), null);
		Table scoped = plain.withColumns(List.of(plain.columns().get(0), Column.of("scope", ColumnType.varchar(40),
				false))).withConstraints(new PrimaryKey(null, List.of("name", "scope")), List.of(), List.of(),
						List.of());
		SchemaDiff diff = Differ.diff(new Schema(List.of(plain)), new Schema(List.of(scoped)), POSTGRES);
		assertThat(diff.manual()).isEmpty();
		assertThat(diff.operations()).containsExactly(new DropPrimaryKey("tags", plain.primaryKey()),
				new AlterColumn("tags", "scope", null, null, false, null, null),
				new AddPrimaryKey("tags", scoped.primaryKey()));
		Table keyless = plain.withConstraints(null, List.of(), List.of(), List.of());
		assertThat(Differ.operations(new Schema(List.of(keyless)), new Schema(List.of(plain)), SQLITE))
			.containsExactly(new AddPrimaryKey("tags", plain.primaryKey()));
		Table labels = new Table("labels", List.of(Column.of("tag", ColumnType.varchar(40), false)), null, List.of(),
				List.of(), List.of(new ForeignKey("fk_labels_tag", List.of("tag"), "tags", List.of("name"),
						ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION)), List.of(), null);
		SchemaDiff referenced = Differ.diff(new Schema(List.of(plain, labels)), new Schema(List.of(scoped, labels)),
				POSTGRES);
		assertThat(referenced.operations()).doesNotHaveAnyElementsOfTypes(DropPrimaryKey.class, AddPrimaryKey.class);
		assertThat(referenced.manual()).containsExactly("the primary key of tags is (name) in the database but"
				+ " (name, scope) in the model, and foreign keys the model keeps reference it");
		Table scopedLabels = new Table("labels", List.of(Column.of("tag", ColumnType.varchar(40), false),
				Column.of("tag_scope", ColumnType.varchar(40), false)), null, List.of(), List.of(),
				List.of(new ForeignKey("fk_labels_tag", List.of("tag", "tag_scope"), "tags", List.of("name", "scope"),
						ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION)), List.of(), null);
		List<Operation> followed = Differ.operations(new Schema(List.of(plain, labels)),
				new Schema(List.of(scoped, scopedLabels)), POSTGRES);
		assertThat(followed).as("the foreign key changes with the key: dropped first, added last").startsWith(
				new DropForeignKey("labels", "fk_labels_tag", labels.foreignKeys().get(0)),
				new DropPrimaryKey("tags", plain.primaryKey()));
		assertThat(followed).endsWith(new AddPrimaryKey("tags", scoped.primaryKey()),
				new AddForeignKey("labels", scopedLabels.foreignKeys().get(0)));
	}

	@Test
	void tablesThatReferenceEachOtherGetOneForeignKeyAfterBothExist() {
		Table a = new Table("a", List.of(id(), Column.of("b_id", ColumnType.of(Kind.BIGINT), true)),
				new PrimaryKey(null, List.of("id")), List.of(), List.of(), List.of(new ForeignKey(null,
						List.of("b_id"), "b", List.of("id"), ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION)),
				List.of(), null);
		Table b = new Table("b", List.of(id(), Column.of("a_id", ColumnType.of(Kind.BIGINT), true)),
				new PrimaryKey(null, List.of("id")), List.of(), List.of(), List.of(new ForeignKey(null,
						List.of("a_id"), "a", List.of("id"), ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION)),
				List.of(), null);
		Schema model = new Schema(List.of(a, b));
		List<Operation> operations = Differ.operations(Schema.empty(), model, POSTGRES);
		assertThat(operations).hasSize(3);
		assertThat(operations.get(2)).isInstanceOf(AddForeignKey.class);
		assertThat(roundTrip(model, Schema.empty())).isTrue();
	}

	@Test
	void applyingTheOperationsLeavesNoDifferenceAndTheirReversesGiveTheDatabaseBack() {
		Table changedUsers = new Table("users", List.of(id(), Column.of("email", ColumnType.varchar(200), false),
				Column.of("name", ColumnType.of(Kind.TEXT), true)), new PrimaryKey(null, List.of("id")), List.of(),
				List.of(new Index("ix_users_email", List.of("lower(email)"), true, null)), List.of(),
				List.of(new CheckConstraint("ck_name", "name <> ''")), null);
		Table notes = new Table("notes", List.of(id(), Column.of("task_id", ColumnType.of(Kind.BIGINT), true)),
				new PrimaryKey(null, List.of("id")), List.of(), List.of(), List.of(new ForeignKey("fk_notes_task",
						List.of("task_id"), "tasks", List.of("id"), ReferentialAction.SET_NULL,
						ReferentialAction.NO_ACTION)), List.of(), null);
		Schema database = new Schema(List.of(users(), tasks()));
		assertThat(roundTrip(database, new Schema(List.of(changedUsers, tasks(), notes)))).isTrue();
		assertThat(roundTrip(database, new Schema(List.of(changedUsers)))).isTrue();
	}

	private static boolean roundTrip(Schema database, Schema model) {
		List<Operation> operations = Differ.operations(database, model, POSTGRES);
		Schema after = database;
		for (Operation operation : operations) {
			after = operation.apply(after);
		}
		assertThat(Differ.diff(after, model, POSTGRES).describe()).isEmpty();
		List<Operation> reverses = new ArrayList<>(operations.stream().map(Operation::reverse).toList());
		Collections.reverse(reverses);
		Schema back = after;
		for (Operation operation : reverses) {
			back = operation.apply(back);
		}
		assertThat(Differ.diff(back, database, POSTGRES).describe()).isEmpty();
		return true;
	}


	@Test
	void sequencesAndEnumTypesRunAroundTheTablesThatMayUseThem() {
		Table tickets = Table.of("tickets", List.of(Column.of("feeling", ColumnType.nativeType("mood"), true)), null);
		Schema wanted = new Schema(List.of(tickets), List.of(new Sequence("ticket_numbers", 1, 50)),
				List.of(new EnumType("mood", List.of("sad", "ok"))));
		assertThat(Differ.diff(Schema.empty(), wanted, POSTGRES).describe()).containsExactly(
				"create type mood as enum ('sad', 'ok')", "create sequence ticket_numbers start 1 increment 50",
				"create table tickets (feeling mood null)");
		assertThat(Differ.diff(wanted, Schema.empty(), POSTGRES).describe()).containsExactly(
				"drop table tickets (feeling mood null)", "drop sequence ticket_numbers start 1 increment 50",
				"drop type mood as enum ('sad', 'ok')");
		assertThat(Differ.diff(Schema.empty(), wanted, SQLITE).describe()).as("SQLite has neither")
			.containsExactly("create table tickets (feeling mood null)");
	}

	@Test
	void aLabelInsertedBeforeOthersIsReportedAndLabelsAppendedAreAdded() {
		Schema database = Schema.empty().withEnums(List.of(new EnumType("mood", List.of("sad", "ok"))));
		assertThat(Differ.diff(database, Schema.empty().withEnums(List.of(new EnumType("mood",
				List.of("sad", "ok", "happy", "great")))), POSTGRES).describe())
			.containsExactly("alter type mood add value 'happy'", "alter type mood add value 'great'");
		assertThat(Differ.diff(database, Schema.empty().withEnums(List.of(new EnumType("mood",
				List.of("sad", "meh", "ok")))), POSTGRES).describe()).singleElement().asString()
			.startsWith("not generated: enum type mood is ('sad', 'ok') in the database and ('sad', 'meh', 'ok')");
	}

}
