package dev.migrations.core.schema;

import java.util.List;

/**
 * A PostgreSQL native enum type ({@code CREATE TYPE mood AS ENUM ('sad', 'ok')}): its labels in their order, which
 * is the order values sort in. Columns of the type name it as their native type.
 *
 * @param name the type name
 * @param labels the labels, in order
 */
public record EnumType(String name, List<String> labels) {

	/**
	 * Creates an enum type.
	 * @param name the type name
	 * @param labels the labels, at least one, none twice
	 */
	public EnumType {
		labels = List.copyOf(labels);
		if (labels.isEmpty() || labels.stream().distinct().count() != labels.size()) {
			throw new IllegalArgumentException("enum type '" + name + "' needs distinct labels, at least one");
		}
	}

}
