package dev.migrations.core.schema.operation;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.migrations.core.schema.EnumType;
import dev.migrations.core.schema.Schema;

/**
 * Creates a PostgreSQL native enum type, before the tables whose columns use it.
 *
 * @param type the enum type
 */
public record CreateEnum(EnumType type) implements Operation {

	@Override
	public @Nullable String table() {
		return null;
	}

	@Override
	public Schema apply(Schema schema) {
		if (schema.enumType(this.type.name()).isPresent()) {
			throw new IllegalArgumentException("type '" + this.type.name() + "' already exists");
		}
		List<EnumType> enums = new ArrayList<>(schema.enums());
		enums.add(this.type);
		return schema.withEnums(enums);
	}

	@Override
	public Operation reverse() {
		return new DropEnum(this.type.name(), this.type);
	}

	@Override
	public String describe() {
		return "create type " + body(this.type);
	}

	static String body(EnumType type) {
		return Schemas.name(type.name()) + " as enum " + labels(type.labels());
	}

	static String labels(List<String> labels) {
		return "(" + String.join(", ", labels.stream().map(CreateEnum::literal).toList()) + ")";
	}

	static String literal(String label) {
		return "'" + label.replace("'", "''") + "'";
	}

}
