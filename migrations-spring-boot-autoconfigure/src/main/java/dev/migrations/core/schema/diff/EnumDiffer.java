package dev.migrations.core.schema.diff;

import dev.migrations.core.schema.EnumType;
import dev.migrations.core.schema.Schema;
import dev.migrations.core.schema.operation.AddEnumValue;
import dev.migrations.core.schema.operation.CreateEnum;
import dev.migrations.core.schema.operation.DropEnum;

/**
 * Compares the native enum types of a database and a model, on PostgreSQL: an added type is created before the
 * tables, a dropped one dropped after them, and labels appended at the end are added with {@code ALTER TYPE ... ADD
 * VALUE}, which rewrites no table. A label removed, renamed, reordered or inserted before others is left to the
 * reviewer: PostgreSQL cannot remove one, and the columns of the type would have to change to a new type.
 */
final class EnumDiffer {

	private EnumDiffer() {
	}

	static void diff(Schema database, Schema model, DiffOptions options, Phases phases) {
		if (!options.dialect().equals("postgresql")) {
			return;
		}
		for (EnumType type : database.enums()) {
			EnumType wanted = model.enumType(type.name()).orElse(null);
			if (wanted == null) {
				phases.dropTypes.add(Change.of(new DropEnum(type.name(), type)));
			}
			else if (wanted.labels().size() >= type.labels().size()
					&& wanted.labels().subList(0, type.labels().size()).equals(type.labels())) {
				for (String label : wanted.labels().subList(type.labels().size(), wanted.labels().size())) {
					phases.createTypes.add(Change.of(new AddEnumValue(type.name(), label))
						.withNote("PostgreSQL cannot remove the value again: the downgrade must be written by hand"));
				}
			}
			else {
				phases.manual.add("enum type " + type.name() + " is " + labels(type) + " in the database and "
						+ labels(wanted) + " in the model: PostgreSQL can only append labels; to remove or reorder"
						+ " them, create a new type, change the columns to it ('execute $$ALTER TABLE ... ALTER"
						+ " COLUMN ... TYPE new_type USING c::text::new_type$$') and drop the old one");
			}
		}
		for (EnumType type : model.enums()) {
			if (database.enumType(type.name()).isEmpty()) {
				phases.createTypes.add(Change.of(new CreateEnum(type)));
			}
		}
	}

	private static String labels(EnumType type) {
		return "(" + String.join(", ", type.labels().stream().map((label) -> "'" + label.replace("'", "''") + "'")
			.toList()) + ")";
	}

}
