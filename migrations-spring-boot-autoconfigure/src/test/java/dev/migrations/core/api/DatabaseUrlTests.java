package dev.migrations.core.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseUrlTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "null", textBlock = """
			postgresql://scott:tiger@localhost:5432/mydb        | jdbc:postgresql://localhost:5432/mydb | scott | tiger
			postgresql+psycopg2://scott@db/app?sslmode=require  | jdbc:postgresql://db/app?sslmode=require | scott | null
			postgres://u:p%40ss@h/d                             | jdbc:postgresql://h/d                 | u     | p@ss
			mysql+pymysql://root@127.0.0.1:3306/test            | jdbc:mysql://127.0.0.1:3306/test      | root  | null
			mariadb://127.0.0.1/test                            | jdbc:mariadb://127.0.0.1/test         | null  | null
			sqlite:///app.db                                    | jdbc:sqlite:app.db                    | null  | null
			sqlite:////var/data/app.db                          | jdbc:sqlite:/var/data/app.db          | null  | null
			sqlite://                                           | jdbc:sqlite::memory:                  | null  | null
			""")
	void sqlAlchemyUrlsBecomeJdbcUrlsWithTheirCredentials(String url, String jdbc, String user, String password) {
		assertThat(DatabaseUrl.fromSqlAlchemy(url)).contains(new DatabaseUrl(jdbc, user, password));
	}

	@Test
	void jdbcUrlsAreLeftAlone() {
		assertThat(DatabaseUrl.fromSqlAlchemy("jdbc:postgresql://localhost/db")).isEmpty();
		assertThat(DatabaseUrl.fromSqlAlchemy("jdbc:sqlite:app.db")).isEmpty();
		assertThat(DatabaseUrl.fromSqlAlchemy("  JDBC:mysql://localhost/db")).isEmpty();
		assertThat(DatabaseUrl.fromSqlAlchemy("jdbc")).isEmpty();
	}

}
