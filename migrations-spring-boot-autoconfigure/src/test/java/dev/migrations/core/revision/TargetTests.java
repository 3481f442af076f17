package dev.migrations.core.revision;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The target grammar as a table: each expression Alembic accepts, what it parses to and its canonical form, then the
 * expressions it rejects.
 */
class TargetTests {

	static Stream<Arguments> targets() {
		return Stream.of(
				arguments("heads", new Target.Heads(null), "heads"),
				arguments("head", new Target.Head(null), "head"),
				arguments(" HEAD ", new Target.Head(null), "head"),
				arguments("base", new Target.Base(null), "base"),
				arguments("1a2b3c4d5e6f", new Target.Exact(null, "1a2b3c4d5e6f"), "1a2b3c4d5e6f"),
				arguments("1a2b", new Target.Exact(null, "1a2b"), "1a2b"),
				arguments("feature-x", new Target.Exact(null, "feature-x"), "feature-x"),
				arguments("+2", new Target.Relative(null, null, 2), "+2"),
				arguments("-1", new Target.Relative(null, null, -1), "-1"),
				arguments("1a2b+2", new Target.Relative(null, new Target.Exact(null, "1a2b"), 2), "1a2b+2"),
				arguments("1a2b-1", new Target.Relative(null, new Target.Exact(null, "1a2b"), -1), "1a2b-1"),
				arguments("head-2", new Target.Relative(null, new Target.Head(null), -2), "head-2"),
				arguments("base+1", new Target.Relative(null, new Target.Base(null), 1), "base+1"),
				arguments("heads-1", new Target.Relative(null, new Target.Heads(null), -1), "heads-1"),
				arguments("cart@head", new Target.Head("cart"), "cart@head"),
				arguments("cart@heads", new Target.Heads("cart"), "cart@heads"),
				arguments("cart@base", new Target.Base("cart"), "cart@base"),
				arguments("cart@1a2b", new Target.Exact("cart", "1a2b"), "cart@1a2b"),
				arguments("1a2b@base", new Target.Base("1a2b"), "1a2b@base"),
				arguments("cart@+1", new Target.Relative("cart", null, 1), "cart@+1"),
				arguments("cart@-2", new Target.Relative("cart", null, -2), "cart@-2"),
				arguments("cart@head-1", new Target.Relative("cart", new Target.Head("cart"), -1), "cart@head-1"),
				arguments("cart@base+2", new Target.Relative("cart", new Target.Base("cart"), 2), "cart@base+2"),
				arguments("feature-x@1a2b+1",
						new Target.Relative("feature-x", new Target.Exact("feature-x", "1a2b"), 1), "feature-x@1a2b+1"),
				arguments("feature-x-3", new Target.Relative(null, new Target.Exact(null, "feature-x"), -3),
						"feature-x-3"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("targets")
	void parses(String expression, Target target, String canonical) {
		Target parsed = Target.parse(expression);
		assertThat(parsed).isEqualTo(target);
		assertThat(parsed.expression()).isEqualTo(canonical);
		assertThat(Target.parse(parsed.expression())).isEqualTo(target);
	}

	static Stream<Arguments> invalid() {
		return Stream.of(
				arguments("", "expected heads"),
				arguments("   ", "expected heads"),
				arguments("@head", "'' before '@'"),
				arguments("cart@", "expected heads"),
				arguments("a@b@c", "expected heads"),
				arguments("+0", "at least 1"),
				arguments("-99999999999", "too large"),
				arguments("a b", "expected heads"),
				arguments("-x", "expected heads"),
				arguments("+", "expected heads"),
				arguments("1a2b:3c4d", "expected heads"),
				arguments("a@@b", "expected heads"),
				arguments("@-1", "'' before '@'"),
				arguments("x y+1", "'x y' is not a revision"));
	}

	@ParameterizedTest(name = "\"{0}\"")
	@MethodSource("invalid")
	void rejects(String expression, String reason) {
		assertThatExceptionOfType(MigrationsException.class).isThrownBy(() -> Target.parse(expression))
			.satisfies((ex) -> {
				assertThat(ex.getCode()).isEqualTo(ErrorCode.INVALID_TARGET);
				assertThat(ex.getMessage()).startsWith("Invalid target '" + expression + "': ").contains(reason);
			});
	}

}
