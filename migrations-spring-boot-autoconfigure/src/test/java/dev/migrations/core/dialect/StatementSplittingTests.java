package dev.migrations.core.dialect;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which statements Flyway's parsers, behind the splitter, let run inside a transaction.
 */
class StatementSplittingTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "postgresql|CREATE TABLE t (id int)|true",
			"postgresql|CREATE INDEX CONCURRENTLY ix ON t (id)|false", "postgresql|VACUUM t|false",
			"postgresql|ALTER TYPE mood ADD VALUE 'calm'|false", "postgresql|ALTER TYPE mood RENAME TO feeling|true",
			"sqlite|CREATE TABLE t (id int)|true" })
	void classifiesStatements(String dialect, String sql, boolean transactional) {
		for (int i = 0; i < 3; i++) {
			assertThat(Dialects.named(dialect).split(sql + ";\n")).singleElement()
				.satisfies((statement) -> assertThat(statement.transactional()).isEqualTo(transactional));
		}
	}

}
