package dev.migrations.core.schema.inspect;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PostgresExpressionsTests {

	@ParameterizedTest
	@CsvSource(delimiter = '~', quoteCharacter = '"', textBlock = """
			'x'::character varying            ~ 'x'
			'it''s'::text                     ~ 'it''s'
			'-1'::integer                     ~ -1
			'-2.5'::numeric(10,2)             ~ -2.5
			'1e3'::double precision           ~ 1e3
			'12'::text                        ~ '12'
			NULL::character varying           ~ NULL
			'{}'::jsonb                       ~ '{}'
			'{1,2}'::integer[]                ~ '{1,2}'
			now()                             ~ now()
			CURRENT_TIMESTAMP                 ~ CURRENT_TIMESTAMP
			'a'::text || 'b'::text            ~ 'a'::text || 'b'::text
			""")
	void defaultsLoseTheCastOfALiteral(String deparsed, String expected) {
		assertThat(PostgresExpressions.defaultValue(deparsed)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '~', textBlock = """
			(a > '-100'::integer)                      ~ a > -100
			(b BETWEEN '-1.5'::numeric AND 2)          ~ b BETWEEN -1.5 AND 2
			(c = '-1'::numeric(5,2))                   ~ c = -1
			(d <> '-1'::text)                          ~ d <> '-1'::text
			(e = ANY ('{-1,2}'::integer[]))            ~ e = ANY ('{-1,2}'::integer[])
			""")
	void conditionsLoseTheCastsOfNegativeNumbers(String deparsed, String expected) {
		assertThat(PostgresExpressions.condition(deparsed)).isEqualTo(expected);
	}

	@Test
	void recognisesSequenceDefaults() {
		assertThat(PostgresExpressions.isNextval("nextval('owners_id_seq'::regclass)")).isTrue();
		assertThat(PostgresExpressions.isNextval("nextval('owners_id_seq'::regclass) + 1")).isFalse();
		assertThat(PostgresExpressions.isNextval(null)).isFalse();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			(a > 0)                 | a > 0
			((a > 0))               | a > 0
			(a > 0) AND (b > 0)     | (a > 0) AND (b > 0)
			(a = ')')               | a = ')'
			a > 0                   | a > 0
			""")
	void unwrapsOnlyParenthesesAroundTheWholeExpression(String sql, String expected) {
		assertThat(PostgresExpressions.unwrap(sql)).isEqualTo(expected);
	}

}
