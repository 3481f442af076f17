package dev.migrations.core.schema;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.migrations.core.schema.ColumnType.Kind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SchemaModelTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			int4                          | INTEGER
			INTEGER                       | INTEGER
			bigint                        | BIGINT
			int8                          | BIGINT
			bool                          | BOOLEAN
			character varying(80)         | VARCHAR(80)
			VARCHAR ( 30 )                | VARCHAR(30)
			numeric(10,2)                 | DECIMAL(10,2)
			text                          | TEXT
			timestamptz                   | TIMESTAMP WITH TIME ZONE
			timestamp(3) with time zone   | TIMESTAMP(3) WITH TIME ZONE
			timestamp without time zone   | TIMESTAMP
			double precision              | DOUBLE PRECISION
			float8                        | DOUBLE PRECISION
			float(53)                     | DOUBLE PRECISION
			float(24)                     | REAL
			bytea                         | BINARY
			jsonb                         | JSON
			uuid                          | UUID
			""")
	void typesAreReadFromEveryDatabasesSpelling(String sql, String portable) {
		assertThat(ColumnType.parse(sql).sql()).isEqualTo(portable);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			int unsigned
			geometry(point, 4326)
			integer(5)
			inet
			""")
	void unknownTypesAreKeptAsWritten(String sql) {
		ColumnType type = ColumnType.parse(sql);
		assertThat(type.kind()).isEqualTo(Kind.NATIVE);
		assertThat(type.sql()).isEqualTo(sql);
	}

	@Test
	void tablesAndTheirPartsAreSortedSoThatReadingOrderDoesNotMatter() {
		Column id = Column.of("id", ColumnType.of(Kind.BIGINT), false);
		Index byB = new Index("ix_b", List.of("id"), false, null);
		Index byA = new Index("IX_a", List.of("id"), true, null);
		Table first = new Table("owners", List.of(id), new PrimaryKey(null, List.of("id")), List.of(),
				List.of(byB, byA), List.of(), List.of(new CheckConstraint(null, "id > 1"),
						new CheckConstraint("positive", "id > 0")), null);
		Table second = new Table("owners", List.of(id), new PrimaryKey(null, List.of("id")), List.of(),
				List.of(byA, byB), List.of(), List.of(new CheckConstraint("positive", "id > 0"),
						new CheckConstraint(null, "id > 1")), null);
		assertThat(first).isEqualTo(second);
		assertThat(first.indexes()).extracting(Index::name).containsExactly("IX_a", "ix_b");
		Schema schema = new Schema(List.of(Table.of("pets", List.of(id), null), first));
		assertThat(schema.tableNames()).containsExactly("owners", "pets");
		assertThat(schema.table("OWNERS")).contains(first);
		assertThat(first.column("ID")).contains(id);
		assertThat(first.index("ix_A")).contains(byA);
	}

	@Test
	void withersChangeOnePart() {
		Column age = Column.of("age", ColumnType.of(Kind.INTEGER), true);
		Column changed = age.withName("years").withType(ColumnType.of(Kind.BIGINT)).withNullable(false)
			.withDefault("0");
		assertThat(changed).isEqualTo(new Column("years", ColumnType.of(Kind.BIGINT), false, "0", false, null, null));
		Table table = Table.of("people", List.of(age), null).withName("persons").withColumns(List.of(changed));
		assertThat(table.name()).isEqualTo("persons");
		assertThat(table.columns()).containsExactly(changed);
	}

	@Test
	void invalidShapesAreRefusedWithTheNamesInTheMessage() {
		assertThatIllegalArgumentException().isThrownBy(() -> Table.of("empty", List.of(), null))
			.withMessageContaining("'empty'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ForeignKey("fk_owner", List.of("owner_id", "x"), "owners", List.of("id"),
					ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION))
			.withMessageContaining("fk_owner");
		assertThat(ReferentialAction.fromSql(" set   null ")).isEqualTo(ReferentialAction.SET_NULL);
		assertThatIllegalArgumentException().isThrownBy(() -> ReferentialAction.fromSql("explode"))
			.withMessageContaining("explode");
	}

}
