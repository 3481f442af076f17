package dev.migrations.core.schema.operation;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.migrations.core.schema.EnumType;
import dev.migrations.core.schema.Names;
import dev.migrations.core.schema.Schema;

/**
 * Appends a label to a PostgreSQL native enum type ({@code ALTER TYPE ... ADD VALUE}), which rewrites no table.
 * PostgreSQL cannot remove a label, so this operation has no reverse.
 *
 * @param type the type name
 * @param label the new label, which sorts after the others
 */
public record AddEnumValue(String type, String label) implements Operation {

	@Override
	public @Nullable String table() {
		return null;
	}

	@Override
	public Schema apply(Schema schema) {
		EnumType existing = schema.enumType(this.type)
			.orElseThrow(() -> new IllegalArgumentException("there is no enum type '" + this.type + "'"));
		if (existing.labels().contains(this.label)) {
			throw new IllegalArgumentException("enum type '" + this.type + "' already has '" + this.label + "'");
		}
		List<String> labels = new ArrayList<>(existing.labels());
		labels.add(this.label);
		return schema.withEnums(schema.enums().stream()
			.map((each) -> Names.same(each.name(), this.type) ? new EnumType(each.name(), labels) : each)
			.toList());
	}

	@Override
	public @Nullable String irreversibleReason() {
		return "PostgreSQL cannot remove a value from an enum type; add a downgrade section (recreate the type"
				+ " without '" + this.label + "' and change the columns to it), or leave the value in place with"
				+ " 'execute $$SELECT 1$$' as the downgrade";
	}

	@Override
	public Operation reverse() {
		throw new IrreversibleOperationException(this);
	}

	@Override
	public String describe() {
		return "alter type " + Schemas.name(this.type) + " add value " + CreateEnum.literal(this.label);
	}

}
