package dev.migrations.core.schema.operation;

import org.jspecify.annotations.Nullable;

import dev.migrations.core.schema.EnumType;
import dev.migrations.core.schema.Names;
import dev.migrations.core.schema.Schema;

/**
 * Drops a PostgreSQL native enum type, after the tables whose columns used it. It can be reversed only when it
 * carries the labels.
 *
 * @param name the type name
 * @param definition the type as it was, or {@code null}
 */
public record DropEnum(String name, @Nullable EnumType definition) implements Operation {

	@Override
	public @Nullable String table() {
		return null;
	}

	@Override
	public Schema apply(Schema schema) {
		if (schema.enumType(this.name).isEmpty()) {
			throw new IllegalArgumentException("there is no enum type '" + this.name + "'");
		}
		return schema.withEnums(schema.enums().stream().filter((type) -> !Names.same(type.name(), this.name)).toList());
	}

	@Override
	public @Nullable String irreversibleReason() {
		return (this.definition != null) ? null : "it does not say the type's labels; write 'drop type " + this.name
				+ " as enum ('a', 'b')', or add a downgrade section";
	}

	@Override
	public Operation reverse() {
		if (this.definition == null) {
			throw new IrreversibleOperationException(this);
		}
		return new CreateEnum(this.definition);
	}

	@Override
	public String describe() {
		return "drop type " + ((this.definition != null) ? CreateEnum.body(this.definition) : Schemas.name(this.name));
	}

}
