package dev.migrations.core.schema.operation;

import org.jspecify.annotations.Nullable;

import dev.migrations.core.schema.Names;
import dev.migrations.core.schema.Schema;
import dev.migrations.core.schema.Sequence;

/**
 * Drops a sequence. It can be reversed only when it carries the sequence's start and increment.
 *
 * @param name the sequence name
 * @param definition the sequence as it was, or {@code null}
 */
public record DropSequence(String name, @Nullable Sequence definition) implements Operation {

	@Override
	public @Nullable String table() {
		return null;
	}

	@Override
	public Schema apply(Schema schema) {
		if (schema.sequence(this.name).isEmpty()) {
			throw new IllegalArgumentException("there is no sequence '" + this.name + "'");
		}
		return schema.withSequences(schema.sequences().stream()
			.filter((sequence) -> !Names.same(sequence.name(), this.name))
			.toList());
	}

	@Override
	public @Nullable String irreversibleReason() {
		return (this.definition != null) ? null : "it does not say how the sequence counted; write 'drop sequence "
				+ this.name + " start 1 increment 1' with its values, or add a downgrade section";
	}

	@Override
	public Operation reverse() {
		if (this.definition == null) {
			throw new IrreversibleOperationException(this);
		}
		return new CreateSequence(this.definition);
	}

	@Override
	public String describe() {
		return "drop sequence "
				+ ((this.definition != null) ? CreateSequence.body(this.definition) : Schemas.name(this.name));
	}

}
