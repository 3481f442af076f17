package dev.migrations.core.schema.diff;

import dev.migrations.core.schema.Schema;
import dev.migrations.core.schema.Sequence;
import dev.migrations.core.schema.operation.CreateSequence;
import dev.migrations.core.schema.operation.DropSequence;

/**
 * Compares the sequences of a database and a model, on the databases that have sequences: an added one is created
 * before the tables, a dropped one dropped after them. A changed increment is left to the reviewer, as
 * {@code ALTER SEQUENCE} is also a question of the current value; the start is not compared, as it matters only when
 * the sequence is created (and Hibernate's validation does not compare it either).
 */
final class SequenceDiffer {

	private SequenceDiffer() {
	}

	/**
	 * Whether a dialect has sequences, so that they are compared.
	 * @param options the options naming the dialect
	 * @return {@code true} on PostgreSQL, H2 and MariaDB
	 */
	static boolean compared(DiffOptions options) {
		return options.dialect().equals("postgresql") || options.dialect().equals("h2")
				|| options.dialect().equals("mariadb");
	}

	static void diff(Schema database, Schema model, DiffOptions options, Phases phases) {
		if (!compared(options)) {
			return;
		}
		for (Sequence sequence : database.sequences()) {
			if (options.excluded(sequence.name())) {
				continue;
			}
			Sequence wanted = model.sequence(sequence.name()).orElse(null);
			if (wanted == null) {
				phases.dropSequences.add(Change.of(new DropSequence(sequence.name(), sequence))
					.withNote("drops sequence " + sequence.name() + ": the downgrade creates it anew, at its start"));
			}
			else if (wanted.increment() != sequence.increment()) {
				phases.manual.add("sequence " + sequence.name() + " counts by " + sequence.increment() + " in the"
						+ " database and by " + wanted.increment() + " in the model (Hibernate refuses to start with"
						+ " that); write 'execute $$ALTER SEQUENCE " + sequence.name() + " INCREMENT BY "
						+ wanted.increment() + "$$ reverse $$ALTER SEQUENCE " + sequence.name() + " INCREMENT BY "
						+ sequence.increment() + "$$' (its current value stays)");
			}
		}
		for (Sequence sequence : model.sequences()) {
			if (!options.excluded(sequence.name()) && database.sequence(sequence.name()).isEmpty()) {
				phases.createSequences.add(Change.of(new CreateSequence(sequence)));
			}
		}
	}

}
