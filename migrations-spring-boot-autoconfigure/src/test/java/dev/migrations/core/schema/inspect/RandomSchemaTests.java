package dev.migrations.core.schema.inspect;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

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
import dev.migrations.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random schemas, written as the same DDL on every database (every constraint named, only the generated key spelt
 * per database), must read back exactly as the model they were generated from.
 */
class RandomSchemaTests {

	private static final int SEEDS = 30;

	// A name PostgreSQL quotes when it deparses an expression, so the check is written with the quotes too.
	private static final Set<String> RESERVED = Set.of("order", "select", "check");

	private static final String[] NAMES = { "a", "b2", "order", "select", "amount", "check", "note", "x_y" };

	private static final ReferentialAction[] ACTIONS = ReferentialAction.values();

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#all")
	void randomSchemasReadBackAsGenerated(TestDatabase database) throws SQLException {
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			for (int seed = 0; seed < SEEDS; seed++) {
				Random random = new Random(seed);
				List<String> ddl = new ArrayList<>();
				Schema expected = generate(random, "s" + seed + "_", database.dialect(), ddl);
				for (String sql : ddl) {
					statement.execute(sql);
				}
				String prefix = "s" + seed + "_";
				List<Table> read = SchemaInspector.inspect(connection, database.dialect(), null, Set.of())
					.tables()
					.stream()
					.filter((table) -> table.name().startsWith(prefix))
					.toList();
				assertThat(read).as("seed %d: %s", seed, ddl).isEqualTo(expected.tables());
			}
		}
	}

	private static Schema generate(Random random, String prefix, String dialect, List<String> ddl) {
		List<Table> tables = new ArrayList<>();
		int count = 1 + random.nextInt(4);
		for (int t = 0; t < count; t++) {
			String name = prefix + "t" + t;
			boolean serial = random.nextBoolean();
			List<Column> columns = new ArrayList<>();
			List<String> definitions = new ArrayList<>();
			columns.add(new Column("id", ColumnType.of(Kind.INTEGER), false, null, serial, null, null));
			definitions.add(!serial ? "\"id\" INTEGER NOT NULL"
					: dialect.equals("sqlite") ? "\"id\" INTEGER CONSTRAINT " + name + "_pkey PRIMARY KEY AUTOINCREMENT"
							: "\"id\" SERIAL");
			List<String> picked = new ArrayList<>(List.of(NAMES));
			java.util.Collections.shuffle(picked, random);
			int columnCount = 1 + random.nextInt(5);
			List<String> integers = new ArrayList<>();
			for (String column : picked.subList(0, columnCount)) {
				Column generated = column(random, column);
				columns.add(generated);
				if (generated.type().kind() == Kind.INTEGER || generated.type().kind() == Kind.BIGINT) {
					integers.add(column);
				}
				definitions.add("\"" + column + "\" " + generated.type().sql() + (generated.nullable() ? "" : " NOT NULL")
						+ ((generated.defaultSql() != null) ? " DEFAULT " + generated.defaultSql() : ""));
			}
			if (!serial || !dialect.equals("sqlite")) {
				definitions.add("CONSTRAINT " + name + "_pkey PRIMARY KEY (\"id\")");
			}
			List<UniqueConstraint> uniques = new ArrayList<>();
			List<CheckConstraint> checks = new ArrayList<>();
			List<ForeignKey> keys = new ArrayList<>();
			List<Index> indexes = new ArrayList<>();
			List<String> after = new ArrayList<>();
			String first = picked.get(0);
			if (random.nextBoolean()) {
				uniques.add(new UniqueConstraint(name + "_u", List.of(first)));
				definitions.add("CONSTRAINT " + name + "_u UNIQUE (\"" + first + "\")");
			}
			if (!integers.isEmpty() && random.nextBoolean()) {
				String column = integers.get(0);
				String reference = RESERVED.contains(column) ? "\"" + column + "\"" : column;
				checks.add(new CheckConstraint(name + "_c", reference + " > -100"));
				definitions.add("CONSTRAINT " + name + "_c CHECK (" + reference + " > -100)");
			}
			if (t > 0 && integers.size() > 1) {
				String column = integers.get(1);
				ReferentialAction onDelete = ACTIONS[random.nextInt(ACTIONS.length)];
				ReferentialAction onUpdate = ACTIONS[random.nextInt(ACTIONS.length)];
				String parent = prefix + "t" + random.nextInt(t);
				keys.add(new ForeignKey(name + "_fk", List.of(column), parent, List.of("id"), onDelete, onUpdate));
				definitions.add("CONSTRAINT " + name + "_fk FOREIGN KEY (\"" + column + "\") REFERENCES " + parent
						+ " (\"id\") ON DELETE " + onDelete.sql() + " ON UPDATE " + onUpdate.sql());
			}
			if (random.nextBoolean()) {
				boolean descending = random.nextBoolean();
				String where = random.nextBoolean() ? RESERVED.contains(first) ? "\"" + first + "\" IS NOT NULL"
						: first + " IS NOT NULL" : null;
				indexes.add(new Index(name + "_i", List.of(descending ? first + " DESC" : first, "id"),
						random.nextBoolean(), where));
				Index index = indexes.get(0);
				after.add("CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + index.name() + " ON " + name + " (\""
						+ first + "\"" + (descending ? " DESC" : "") + ", \"id\")"
						+ ((where != null) ? " WHERE " + where : ""));
			}
			ddl.add("CREATE TABLE " + name + " (" + String.join(", ", definitions) + ")");
			ddl.addAll(after);
			tables.add(new Table(name, columns, new PrimaryKey(name + "_pkey", List.of("id")), uniques, indexes, keys,
					checks, null));
		}
		return new Schema(tables);
	}

	// A column of a random portable type, nullable or not, with a default written the way both databases read it.
	private static Column column(Random random, String name) {
		boolean nullable = random.nextBoolean();
		return switch (random.nextInt(9)) {
			case 0 -> new Column(name, ColumnType.of(Kind.INTEGER), nullable, pick(random, null, "7", "-3"), false,
					null, null);
			case 1 -> new Column(name, ColumnType.of(Kind.BIGINT), nullable, pick(random, null, "0", "-42"), false,
					null, null);
			case 2 -> new Column(name, ColumnType.varchar(1 + random.nextInt(200)), nullable,
					pick(random, null, "'x'", "'it''s'"), false, null, null);
			case 3 -> new Column(name, ColumnType.of(Kind.TEXT), nullable, pick(random, null, "''", "'a,b'"), false,
					null, null);
			case 4 -> new Column(name, ColumnType.of(Kind.BOOLEAN), nullable, pick(random, null, "true", "false"),
					false, null, null);
			case 5 -> new Column(name, ColumnType.decimal(5 + random.nextInt(10), random.nextInt(4)), nullable,
					pick(random, null, "1.5", "-2.25"), false, null, null);
			case 6 -> new Column(name, ColumnType.of(Kind.DATE), nullable, pick(random, null, "CURRENT_DATE"), false,
					null, null);
			case 7 -> new Column(name, ColumnType.of(Kind.TIMESTAMP), nullable,
					pick(random, null, "CURRENT_TIMESTAMP"), false, null, null);
			default -> new Column(name, ColumnType.of(Kind.DOUBLE), nullable, pick(random, null, "0.5"), false, null,
					null);
		};
	}

	private static String pick(Random random, String... values) {
		return values[random.nextInt(values.length)];
	}

}
