package dev.migrations.core.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseInfoTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			jdbc:postgresql://db:5432/app                                 | jdbc:postgresql://db:5432/app
			jdbc:postgresql://db/app?user=u&password=s3cret&ssl=true     | jdbc:postgresql://db/app?user=u&password=<masked>&ssl=true
			jdbc:postgresql://db/app?password=s3cret                     | jdbc:postgresql://db/app?password=<masked>
			jdbc:postgresql://db/app?sslpassword=s3cret&user=u           | jdbc:postgresql://db/app?sslpassword=<masked>&user=u
			jdbc:mysql://u:s3cret@db:3306/app                            | jdbc:mysql://u:<masked>@db:3306/app
			jdbc:sqlserver://db;user=u;Password=s3cret;encrypt=true      | jdbc:sqlserver://db;user=u;Password=<masked>;encrypt=true
			jdbc:db2://db:50000/app:user=u;pwd=s3cret;                   | jdbc:db2://db:50000/app:user=u;pwd=<masked>;
			jdbc:oracle:thin:scott/s3cret@//db:1521/app                  | jdbc:oracle:thin:scott/<masked>@//db:1521/app
			jdbc:sqlite:/tmp/app.db                                      | jdbc:sqlite:/tmp/app.db
			jdbc:sqlite:/tmp/app.db?password=s3cret                      | jdbc:sqlite:/tmp/app.db?password=<masked>
			""")
	void masksPasswordsInUrls(String url, String masked) {
		assertThat(DatabaseInfo.maskUrl(url)).isEqualTo(masked).doesNotContain("s3cret");
	}

	@Test
	void masksNothingInANullUrl() {
		assertThat(DatabaseInfo.maskUrl(null)).isEmpty();
	}

	@Test
	void summaryKeepsTheLeadingVersionNumbers() {
		assertThat(new DatabaseInfo("postgresql", "PostgreSQL", "15.18 (Ubuntu 15.18-1.pgdg22.04+1)", "").summary())
			.isEqualTo("postgresql 15.18");
		assertThat(new DatabaseInfo("sqlite", "SQLite", "3.53.2", "").summary()).isEqualTo("sqlite 3.53.2");
		assertThat(new DatabaseInfo("sqlite", "SQLite", "unknown", "").summary()).isEqualTo("sqlite");
	}

}
