package dev.migrations.core.schema.operation;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.migrations.core.schema.Schema;
import dev.migrations.core.schema.Sequence;

/**
 * Creates a sequence, such as the one a JPA entity's sequence-generated id draws from.
 *
 * @param sequence the sequence
 */
public record CreateSequence(Sequence sequence) implements Operation {

	@Override
	public @Nullable String table() {
		return null;
	}

	@Override
	public Schema apply(Schema schema) {
		if (schema.sequence(this.sequence.name()).isPresent()) {
			throw new IllegalArgumentException("sequence '" + this.sequence.name() + "' already exists");
		}
		List<Sequence> sequences = new ArrayList<>(schema.sequences());
		sequences.add(this.sequence);
		return schema.withSequences(sequences);
	}

	@Override
	public Operation reverse() {
		return new DropSequence(this.sequence.name(), this.sequence);
	}

	@Override
	public String describe() {
		return "create sequence " + body(this.sequence);
	}

	static String body(Sequence sequence) {
		return Schemas.name(sequence.name()) + " start " + sequence.start() + " increment " + sequence.increment();
	}

}
