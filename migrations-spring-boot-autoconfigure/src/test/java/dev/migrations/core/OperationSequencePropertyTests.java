package dev.migrations.core;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import dev.migrations.core.schema.CheckConstraint;
import dev.migrations.core.schema.Column;
import dev.migrations.core.schema.ColumnType;
import dev.migrations.core.schema.ColumnType.Kind;
import dev.migrations.core.schema.ForeignKey;
import dev.migrations.core.schema.Index;
import dev.migrations.core.schema.PrimaryKey;
import dev.migrations.core.schema.ReferentialAction;
import dev.migrations.core.schema.Schema;
import dev.migrations.core.schema.Table;
import dev.migrations.core.schema.UniqueConstraint;
import dev.migrations.core.schema.operation.AddCheck;
import dev.migrations.core.schema.operation.AddColumn;
import dev.migrations.core.schema.operation.AddForeignKey;
import dev.migrations.core.schema.operation.AddUnique;
import dev.migrations.core.schema.operation.AlterColumn;
import dev.migrations.core.schema.operation.CreateIndex;
import dev.migrations.core.schema.operation.CreateTable;
import dev.migrations.core.schema.operation.DropCheck;
import dev.migrations.core.schema.operation.DropColumn;
import dev.migrations.core.schema.operation.DropForeignKey;
import dev.migrations.core.schema.operation.DropIndex;
import dev.migrations.core.schema.operation.DropUnique;
import dev.migrations.core.schema.operation.Operation;
import dev.migrations.core.schema.operation.RenameColumn;
import dev.migrations.core.schema.operation.RenameTable;
import dev.migrations.testsupport.DatabaseDump;
import dev.migrations.testsupport.PortableRevisions;
import dev.migrations.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random sequences of operations, written as one portable revision (each operation as its own description), upgraded
 * and downgraded on a database with rows: the upgrade leaves the tables and columns that {@code apply} simulates, and
 * the downgrade returns the schema, the rows and the counters to exactly what they were.
 */
class OperationSequencePropertyTests {

	private static final String BASE = """
			create table items (id integer autoincrement primary key, name varchar(30) not null, qty integer default 0)
			create table tags (id integer autoincrement primary key,
				item_id integer references items (id) on delete cascade, label varchar(20))
			create index ix_tags_label on tags (label)
			""";

	@Property(tries = 25)
	void sequencesRoundTripOnSqlite(@ForAll("seeds") List<Integer> seeds) throws Exception {
		roundTrip(TestDatabase.sqlite(), seeds);
	}

	@Property(tries = 12)
	void sequencesRoundTripOnPostgresql(@ForAll("seeds") List<Integer> seeds) throws Exception {
		roundTrip(TestDatabase.postgres(), seeds);
	}

	// Seeds 3k pick operation k: a table (9), a unique constraint (10), a column then a foreign key (11, 11), and
	// their drops, so that every kind is run whatever the random tries draw.
	@Example
	void everyKindRoundTripsOnBothDatabases() throws Exception {
		List<Integer> seeds = List.of(27, 30, 33, 69, 66, 105, 3, 6, 9, 12, 15, 18, 21, 24, 57, 60, 63);
		roundTrip(TestDatabase.sqlite(), seeds);
		roundTrip(TestDatabase.postgres(), seeds);
	}

	@Provide
	Arbitrary<List<Integer>> seeds() {
		return Arbitraries.integers().between(0, 1_000_000).list().ofMinSize(1).ofMaxSize(12);
	}

	private static void roundTrip(TestDatabase database, List<Integer> seeds) throws Exception {
		Path directory = Files.createTempDirectory("operations");
		try (database) {
			PortableRevisions.operations(directory, "e1000000001", null, BASE);
			Migrations.builder(database.dataSource()).locations(List.of(PortableRevisions.location(directory)))
				.build()
				.upgrade("e1000000001");
			try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
				statement.execute("INSERT INTO items (name, qty) VALUES ('a', 1), ('b', 2), ('c', 3)");
				statement.execute("INSERT INTO tags (item_id, label) VALUES (1, 'x'), (1, 'y'), (3, null)");
				statement.execute("DELETE FROM tags WHERE id = 3");
			}
			Generator generator = new Generator(DatabaseDump.of(database).tables());
			seeds.forEach(generator::next);
			PortableRevisions.operations(directory, "e1000000002", "e1000000001", String.join("\n",
					generator.operations.stream().map(Operation::describe).toList()));
			Migrations migrations = Migrations.builder(database.dataSource())
				.locations(List.of(PortableRevisions.location(directory)))
				.build();
			DatabaseDump before = DatabaseDump.of(database);
			String operations = String.join("\n", generator.operations.stream().map(Operation::describe).toList());
			run(() -> migrations.upgrade("heads"), operations);
			assertThat(columns(DatabaseDump.of(database).tables())).as(operations)
				.isEqualTo(columns(generator.schema));
			run(() -> migrations.downgrade("e1000000001"), operations);
			assertThat(DatabaseDump.of(database)).as(operations).isEqualTo(before);
		}
		finally {
			try (Stream<Path> files = Files.list(directory)) {
				for (Path file : files.toList()) {
					Files.delete(file);
				}
			}
			Files.delete(directory);
		}
	}

	// A failing command names the operations, which jqwik's report of the seeds does not.
	private static void run(Runnable command, String operations) {
		try {
			command.run();
		}
		catch (RuntimeException ex) {
			throw new AssertionError("The operations\n" + operations + "\nfailed: " + ex.getMessage(), ex);
		}
	}

	private static List<String> columns(Schema schema) {
		return schema.tables().stream()
			.map((table) -> table.name() + table.columns().stream().map(Column::name).toList())
			.toList();
	}

	/**
	 * Picks each operation from a seed and the schema the operations before leave, so that every operation fits,
	 * changes only what the sequence made (columns, indexes, checks, a table with its keys), and can be reversed
	 * exactly.
	 */
	private static final class Generator {

		private final List<Operation> operations = new ArrayList<>();

		private final List<String> filled = new ArrayList<>();

		private Schema schema;

		private int counter;

		Generator(Schema schema) {
			this.schema = schema;
		}

		void next(int seed) {
			this.counter++;
			int n = this.counter;
			List<Table> tables = this.schema.tables();
			Table table = tables.get(seed % tables.size());
			List<Column> generated = table.columns().stream().filter((column) -> column.name().startsWith("c_"))
				.sorted(Comparator.comparing(Column::name)).toList();
			Column column = generated.isEmpty() ? null : generated.get((seed / 7) % generated.size());
			Operation operation = switch ((seed / 3) % 12) {
				case 1 -> (column != null && !used(table, column) && restorable(column))
						? new DropColumn(table.name(), column.name(), column) : null;
				case 2 -> (column != null) ? new RenameColumn(table.name(), column.name(), "c_" + n) : null;
				case 3 -> (column != null) ? widen(table, column) : null;
				case 4 -> (column != null) ? changeDefault(table, column, n) : null;
				case 5 -> (column != null) ? nullability(table, column) : null;
				case 6 -> (column != null) ? new CreateIndex(table.name(), new Index("ix_" + n,
						List.of(column.name()), false, null)) : null;
				case 7 -> table.indexes().stream().filter((index) -> index.name().startsWith("ix_") && !index.name()
					.equals("ix_tags_label")).findFirst().map((index) -> (Operation) new DropIndex(table.name(),
							index.name(), index)).orElse(null);
				case 8 -> check(table, column, n);
				case 9 -> newTable(n);
				case 10 -> unique(n);
				case 11 -> foreignKey(n);
				default -> null;
			};
			apply((operation != null) ? operation : addColumn(table, n));
		}

		private void apply(Operation operation) {
			this.schema = operation.apply(this.schema);
			this.operations.add(operation);
		}

		private Operation addColumn(Table table, int n) {
			String name = "c_" + n;
			Column column = switch (n % 3) {
				case 0 -> new Column(name, ColumnType.of(Kind.INTEGER), false, String.valueOf(n), false, null, null);
				case 1 -> new Column(name, ColumnType.varchar(20), true, "'v" + n + "'", false, null, null);
				default -> Column.of(name, ColumnType.varchar(10), true);
			};
			if (column.defaultSql() != null) {
				this.filled.add(table.name() + "." + name);
			}
			return new AddColumn(table.name(), column);
		}

		private Operation widen(Table table, Column column) {
			ColumnType type = column.type();
			ColumnType wider = (type.kind() == Kind.VARCHAR) ? ColumnType.varchar(type.length() + 10)
					: (type.kind() == Kind.INTEGER) ? ColumnType.of(Kind.BIGINT) : null;
			return (wider != null) ? new AlterColumn(table.name(), column.name(), wider, type, null, null, null) : null;
		}

		private Operation changeDefault(Table table, Column column, int n) {
			AlterColumn.Default before = new AlterColumn.Default(column.defaultSql());
			String value = (column.type().kind() == Kind.VARCHAR) ? "'d" + n + "'" : String.valueOf(n);
			boolean drop = column.defaultSql() != null && column.nullable() && n % 2 == 0;
			return new AlterColumn(table.name(), column.name(), null, null, null,
					new AlterColumn.Default(drop ? null : value), before);
		}

		private Operation nullability(Table table, Column column) {
			if (!column.nullable()) {
				return new AlterColumn(table.name(), column.name(), null, null, true, null, null);
			}
			boolean noNulls = this.filled.stream().anyMatch((name) -> name.equals(table.name() + "." + column.name()));
			return noNulls ? new AlterColumn(table.name(), column.name(), null, null, false, null, null) : null;
		}

		private Operation check(Table table, Column column, int n) {
			CheckConstraint existing = table.checks().stream().findFirst().orElse(null);
			if (existing != null) {
				return new DropCheck(table.name(), existing.name(), existing);
			}
			if (column == null || column.type().kind() == Kind.VARCHAR || column.nullable()) {
				return null;
			}
			return new AddCheck(table.name(), new CheckConstraint("ck_" + n, "\"" + column.name() + "\" >= 0"));
		}

		private Operation newTable(int n) {
			Table created = this.schema.tables().stream().filter((table) -> table.name().startsWith("t_")).findFirst()
				.orElse(null);
			if (created != null) {
				return new RenameTable(created.name(), "t_" + n);
			}
			return new CreateTable(Table.of("t_" + n, List.of(new Column("id", ColumnType.of(Kind.INTEGER), false, null,
					true, null, null), Column.of("v", ColumnType.varchar(5), true)), new PrimaryKey(null, List.of("id"))));
		}

		// On the empty table of the sequence, whose rows cannot break a key: add a unique constraint, or drop it.
		private Operation unique(int n) {
			Table created = created();
			if (created == null) {
				return null;
			}
			UniqueConstraint existing = created.uniqueConstraints().stream().findFirst().orElse(null);
			return (existing != null) ? new DropUnique(created.name(), existing.name(), existing)
					: new AddUnique(created.name(), new UniqueConstraint("uq_" + n, List.of("v")));
		}

		// On the empty table: a column and a foreign key from it to items, or drop the key.
		private Operation foreignKey(int n) {
			Table created = created();
			if (created == null) {
				return null;
			}
			ForeignKey existing = created.foreignKeys().stream().findFirst().orElse(null);
			if (existing != null) {
				return new DropForeignKey(created.name(), existing.name(), existing);
			}
			Column reference = created.columns().stream().filter((column) -> column.name().startsWith("c_")
					&& column.type().kind() == Kind.INTEGER && column.nullable()).findFirst().orElse(null);
			if (reference == null) {
				return new AddColumn(created.name(), Column.of("c_" + n, ColumnType.of(Kind.INTEGER), true));
			}
			return new AddForeignKey(created.name(), new ForeignKey("fk_" + n, List.of(reference.name()), "items",
					List.of("id"), ReferentialAction.SET_NULL, ReferentialAction.NO_ACTION));
		}

		private Table created() {
			return this.schema.tables().stream().filter((table) -> table.name().startsWith("t_")).findFirst()
				.orElse(null);
		}

		// Adding it back, the downgrade, must be possible on a table with rows: nullable, or with a default.
		private static boolean restorable(Column column) {
			return column.nullable() || column.defaultSql() != null;
		}

		private static boolean used(Table table, Column column) {
			return table.indexes().stream().anyMatch((index) -> index.columns().contains(column.name()))
					|| table.checks().stream().anyMatch((check) -> check.expression().contains(column.name()))
					|| table.foreignKeys().stream().anyMatch((key) -> key.columns().contains(column.name()))
					|| table.uniqueConstraints().stream().anyMatch((key) -> key.columns().contains(column.name()));
		}

	}

}
