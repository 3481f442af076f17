package dev.migrations.core.schema.inspect;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.migrations.core.schema.Column;
import dev.migrations.core.schema.ColumnType;
import dev.migrations.core.schema.ColumnType.Kind;
import dev.migrations.core.schema.Table;
import dev.migrations.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The MySQL and MariaDB types JDBC metadata names only in part, read in full through MariaDB's driver and MySQL's
 * Connector/J: enum and set labels, fractional seconds, a fixed-length binary and a varbinary's length.
 */
class MysqlColumnTypesTests {

	static Stream<TestDatabase> mysqlDialects() {
		return Stream.of(TestDatabase.mariadb(), TestDatabase.mysql());
	}

	@ParameterizedTest
	@MethodSource("mysqlDialects")
	void readsLabelsFractionalSecondsAndBinaryLengths(TestDatabase database) throws SQLException {
		try (database; Connection connection = database.connect();
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE t (status enum('ACTIVE','Blocked') NOT NULL, flags set('a','b'),"
					+ " created datetime(6), plain datetime, seen timestamp(3) NULL, at time(2), id binary(16),"
					+ " bytes varbinary(16))");
			Table table = SchemaInspector.inspect(connection, database.dialect(), null, Set.of())
				.table("t")
				.orElseThrow();
			assertThat(table.columns()).extracting(Column::type)
				.containsExactly(ColumnType.nativeType("enum('ACTIVE','Blocked')"),
						ColumnType.nativeType("set('a','b')"), new ColumnType(Kind.TIMESTAMP, 6, null, null),
						ColumnType.of(Kind.TIMESTAMP), new ColumnType(Kind.TIMESTAMP_WITH_TIME_ZONE, 3, null, null),
						new ColumnType(Kind.TIME, 2, null, null), ColumnType.nativeType("binary(16)"),
						new ColumnType(Kind.BINARY, 16, null, null));
		}
	}

}
