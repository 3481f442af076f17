package dev.migrations.core.dialect;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link InstantText} writes what {@link Instant#toString()} writes, so that SQLite history rows read back the same.
 */
class InstantTextTests {

	@Property(tries = 5000)
	void writesWhatInstantWrites(@ForAll("instants") Instant instant) {
		assertThat(InstantText.of(instant)).isEqualTo(instant.toString());
	}

	@Property(tries = 2000)
	void roundsHalfUpToMicroseconds(@ForAll("instants") Instant instant) {
		Assume.that(instant.isBefore(Instant.MAX.minusNanos(500)));
		Instant rounded = Instant.parse(InstantText.ofMicros(instant));
		long below = instant.getNano() % 1000;
		assertThat(rounded.getNano() % 1000).isZero();
		assertThat(rounded).isEqualTo((below < 500) ? instant.minusNanos(below) : instant.plusNanos(1000 - below));
	}

	@Property(tries = 3000)
	void writesTheRoundedInstantAsInstantWritesIt(@ForAll("instants") Instant instant) {
		Assume.that(instant.isBefore(Instant.MAX.minusNanos(500)));
		assertThat(InstantText.ofMicros(instant))
			.isEqualTo(instant.plusNanos(500).truncatedTo(ChronoUnit.MICROS).toString());
	}

	@Test
	void roundsTheLastHalfMicrosecondIntoTheNextSecond() {
		assertThat(InstantText.ofMicros(Instant.parse("2026-12-07T23:59:59.999999500Z")))
			.isEqualTo("2026-12-08T00:00:00Z");
		assertThat(InstantText.ofMicros(Instant.parse("2026-12-07T23:59:59.999999499Z")))
			.isEqualTo("2026-12-07T23:59:59.999999Z");
	}

	@Test
	void keepsZeroSecondsAndGroupsTheFractionInThrees() {
		assertThat(InstantText.of(Instant.parse("2026-12-07T15:54:00Z"))).isEqualTo("2026-12-07T15:54:00Z");
		assertThat(InstantText.of(Instant.parse("2026-12-07T15:54:00.120Z"))).isEqualTo("2026-12-07T15:54:00.120Z");
		assertThat(InstantText.of(Instant.parse("2026-12-07T15:54:03.839701Z")))
			.isEqualTo("2026-12-07T15:54:03.839701Z");
		assertThat(InstantText.of(Instant.parse("0001-01-01T00:00:00.000000001Z")))
			.isEqualTo("0001-01-01T00:00:00.000000001Z");
		assertThat(InstantText.of(Instant.MAX)).isEqualTo(Instant.MAX.toString());
		assertThat(InstantText.of(Instant.MIN)).isEqualTo(Instant.MIN.toString());
	}

	@Provide
	Arbitrary<Instant> instants() {
		Arbitrary<Long> seconds = Arbitraries.oneOf(Arbitraries.longs().between(-62_200_000_000L, 253_500_000_000L),
				Arbitraries.longs().between(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond()),
				Arbitraries.longs().between(0, 4_000_000_000L).map((value) -> value - value % 60));
		Arbitrary<Integer> nanos = Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(0, 999),
				Arbitraries.integers().between(0, 999).map((value) -> value * 1_000_000),
				Arbitraries.integers().between(0, 999_999).map((value) -> value * 1_000),
				Arbitraries.integers().between(0, 999_999_999));
		return Combinators.combine(seconds, nanos).as(Instant::ofEpochSecond);
	}

}
