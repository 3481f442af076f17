package dev.migrations.core.api;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What {@code revision --autogenerate} found and wrote.
 *
 * @param model where the model comes from
 * @param revision the revision written, or {@code null} when nothing was ("No changes detected")
 * @param changes each operation the revision holds, as its line in the file
 * @param manual each difference no portable operation makes, left for a person to write
 */
public record AutogenerateResult(String model, @Nullable CreatedRevision revision, List<String> changes,
		List<String> manual) {

	public AutogenerateResult {
		changes = List.copyOf(changes);
		manual = List.copyOf(manual);
	}

	/**
	 * Whether a revision file was written.
	 * @return {@code true} when {@link #revision()} is set
	 */
	public boolean written() {
		return this.revision != null;
	}

}
