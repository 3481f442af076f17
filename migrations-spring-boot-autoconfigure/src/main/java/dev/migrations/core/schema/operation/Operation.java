package dev.migrations.core.schema.operation;

import org.jspecify.annotations.Nullable;

import dev.migrations.core.schema.Schema;

/**
 * One portable change to a schema. It carries what it needs to run and, where it can, what it needs to be undone:
 * {@link #reverse()} returns the operation that undoes it, and {@link #apply(Schema)} the schema after it, so that a
 * revision's operations can be simulated offline and reversed into its downgrade.
 */
public sealed interface Operation permits CreateTable, DropTable, RenameTable, AddColumn, DropColumn, RenameColumn,
		AlterColumn, CreateIndex, DropIndex, AddPrimaryKey, DropPrimaryKey, AddUnique, DropUnique, AddForeignKey,
		DropForeignKey, AddCheck, DropCheck, CreateSequence, DropSequence, CreateEnum, DropEnum, AddEnumValue,
		ExecuteSql {

	/**
	 * Returns the table this operation changes.
	 * @return the table name, or {@code null} for SQL that names none
	 */
	@Nullable String table();

	/**
	 * Returns the schema after this operation.
	 * @param schema the schema before
	 * @return the schema after
	 * @throws IllegalArgumentException when the schema lacks what the operation changes, naming it
	 */
	Schema apply(Schema schema);

	/**
	 * Whether {@link #reverse()} can undo this operation from what it carries.
	 * @return {@code false} for a drop without the definition of what it drops, or SQL without its reverse
	 */
	default boolean reversible() {
		return irreversibleReason() == null;
	}

	/**
	 * Says why this operation cannot be reversed, and what to write instead.
	 * @return the reason, or {@code null} when it is reversible
	 */
	default @Nullable String irreversibleReason() {
		return null;
	}

	/**
	 * Returns the operation that undoes this one.
	 * @return the reverse
	 * @throws IrreversibleOperationException when {@link #reversible()} is {@code false}
	 */
	Operation reverse();

	/**
	 * Describes the operation as the portable revision syntax writes it, for messages and offline scripts.
	 * @return the description, such as {@code add column users.age INTEGER}
	 */
	String describe();

}
