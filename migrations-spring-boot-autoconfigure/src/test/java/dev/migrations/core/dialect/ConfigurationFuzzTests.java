package dev.migrations.core.dialect;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import dev.migrations.core.api.SqlIdentifier;
import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.script.Location;
import dev.migrations.testsupport.Fuzz;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random configured names and locations: an identifier is accepted only when it cannot break out of its quotes, and
 * every rejection is a {@code MigrationsException} naming the value.
 */
class ConfigurationFuzzTests {

	@Property(tries = 2000)
	void identifiersAreSafeToQuoteOrRejectedNamingTheValue(@ForAll("names") String name) {
		Fuzz.Outcome<SqlIdentifier> outcome = Fuzz.run(() -> SqlIdentifier.of(name, "version table"));
		if (outcome.failure() != null) {
			assertThat(outcome.failure().getCode()).isEqualTo(ErrorCode.INVALID_CONFIGURATION);
			assertThat(outcome.failure().getMessage()).contains("'" + name + "'");
			return;
		}
		assertThat(new PostgresDialect().quote(outcome.result())).matches("\"[A-Za-z_][A-Za-z0-9_]{0,62}\"");
	}

	// The check is a loop, not a regex, so that building an engine compiles none: it accepts what the pattern did.
	@Property(tries = 2000)
	void identifiersAreAcceptedExactlyWhenTheyMatchThePattern(@ForAll("names") String name) {
		boolean accepted = Fuzz.run(() -> SqlIdentifier.of(name, "version table")).failure() == null;
		assertThat(accepted).isEqualTo(name.matches("[A-Za-z_][A-Za-z0-9_]{0,62}"));
	}

	@Property(tries = 2000)
	void locationsParseOrFailWithAMigrationsException(@ForAll("locations") String expression) {
		Fuzz.run(() -> Location.parse(expression));
	}

	@Provide
	Arbitrary<String> names() {
		Arbitrary<String> token = Arbitraries.of("x", "users", "_", "1", "migrations_version", ";", " ", "drop table users",
				"\"", "'", "--", "/*", "*/", ".", "\u00e9", "\u0000", "a".repeat(63), "a".repeat(64), "Z9", "9z", "$", "`",
				"[", "]");
		return Arbitraries.oneOf(token.list().ofMaxSize(5).map((tokens) -> String.join("", tokens)),
				Arbitraries.strings().ofMaxLength(70));
	}

	@Provide
	Arbitrary<String> locations() {
		Arbitrary<String> token = Arbitraries.of("classpath:", "filesystem:", "s3:", "db/migrations", "/", "//", ":",
				" ", "..", "C:\\", "file:", "jar:", "!", "\u0000", "");
		return Arbitraries.oneOf(token.list().ofMaxSize(5).map((tokens) -> String.join("", tokens)),
				Arbitraries.strings().ofMaxLength(40));
	}

}
