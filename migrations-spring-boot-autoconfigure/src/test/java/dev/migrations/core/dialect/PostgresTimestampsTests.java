package dev.migrations.core.dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.migrations.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link PostgresDialect} binds history times as text; PostgreSQL must store exactly what pgjdbc's
 * {@code OffsetDateTime} binding stores, in any session time zone, and read them back the same.
 */
class PostgresTimestampsTests {

	private final PostgresDialect dialect = new PostgresDialect();

	@Test
	void storesWhatTheDriversBindingStores() throws Exception {
		List<Instant> instants = instants();
		try (TestDatabase database = TestDatabase.postgres(); Connection connection = database.connect()) {
			try (Statement statement = connection.createStatement()) {
				statement.execute("SET TIME ZONE 'Asia/Kolkata'");
				statement.execute("CREATE TABLE times (n INT, ours TIMESTAMP WITH TIME ZONE, driver TIMESTAMP WITH TIME ZONE)");
			}
			try (PreparedStatement insert = connection.prepareStatement("INSERT INTO times VALUES (?, ?, ?)")) {
				for (int i = 0; i < instants.size(); i++) {
					insert.setInt(1, i);
					this.dialect.setTimestamp(insert, 2, instants.get(i));
					insert.setObject(3, OffsetDateTime.ofInstant(instants.get(i), ZoneOffset.UTC));
					insert.executeUpdate();
				}
			}
			List<Integer> different = new ArrayList<>();
			List<Instant> read = new ArrayList<>();
			try (Statement statement = connection.createStatement();
					ResultSet result = statement.executeQuery("SELECT n, ours = driver, ours FROM times ORDER BY n")) {
				while (result.next()) {
					if (!result.getBoolean(2)) {
						different.add(result.getInt(1));
					}
					read.add(this.dialect.getTimestamp(result, 3));
				}
			}
			assertThat(different).as("rows whose text binding differs from the driver's").isEmpty();
			assertThat(read).hasSize(instants.size());
			assertThat(read).containsExactlyElementsOf(
					instants.stream().map((instant) -> instant.plusNanos(500).truncatedTo(ChronoUnit.MICROS)).toList());
		}
	}

	@Test
	void bindsNull() throws Exception {
		try (TestDatabase database = TestDatabase.postgres(); Connection connection = database.connect()) {
			try (Statement statement = connection.createStatement()) {
				statement.execute("CREATE TABLE times (at TIMESTAMP WITH TIME ZONE)");
			}
			try (PreparedStatement insert = connection.prepareStatement("INSERT INTO times VALUES (?)")) {
				this.dialect.setTimestamp(insert, 1, null);
				insert.executeUpdate();
			}
			try (Statement statement = connection.createStatement();
					ResultSet result = statement.executeQuery("SELECT at FROM times")) {
				assertThat(result.next()).isTrue();
				assertThat(this.dialect.getTimestamp(result, 1)).isNull();
			}
		}
	}

	// Now and random times with every kind of fraction, the rounding edges, and the ends of the text's range (and
	// past them, where the driver's binding is kept).
	private static List<Instant> instants() {
		List<Instant> instants = new ArrayList<>(List.of(Instant.now(), Instant.parse("2026-12-07T23:59:59.999999500Z"),
				Instant.parse("2026-12-07T23:59:59.999999499Z"), Instant.parse("2026-12-07T10:00:00.000000500Z"),
				Instant.parse("2026-12-07T10:00:00.000000499Z"), Instant.parse("2026-12-07T10:00:00Z"),
				Instant.parse("0001-01-01T00:00:00Z"), Instant.parse("9999-12-31T23:59:59.999999Z"),
				Instant.parse("9999-12-31T23:59:59.999999700Z"), Instant.parse("+10000-01-01T00:00:00Z"),
				Instant.parse("1969-12-31T23:59:59.999999999Z"), Instant.parse("1900-02-28T12:30:00.120Z")));
		Random random = new Random(20261207);
		for (int i = 0; i < 300; i++) {
			long seconds = -62_135_596_800L + (long) (random.nextDouble() * (253_402_300_799L + 62_135_596_800L));
			int nanos = switch (i % 4) {
				case 0 -> random.nextInt(1_000_000_000);
				case 1 -> random.nextInt(1_000_000) * 1000;
				case 2 -> random.nextInt(1000) * 1_000_000;
				default -> 0;
			};
			instants.add(Instant.ofEpochSecond(seconds, nanos));
		}
		return instants;
	}

}
