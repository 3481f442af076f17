package dev.migrations.core.schema.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import dev.migrations.core.schema.CheckConstraint;
import dev.migrations.core.schema.Column;
import dev.migrations.core.schema.ColumnType;
import dev.migrations.core.schema.ForeignKey;
import dev.migrations.core.schema.Index;
import dev.migrations.core.schema.ReferentialAction;
import dev.migrations.core.schema.Schema;
import dev.migrations.core.schema.Sequence;
import dev.migrations.core.schema.Table;
import dev.migrations.core.schema.UniqueConstraint;
import dev.migrations.core.schema.operation.AddCheck;
import dev.migrations.core.schema.operation.AddColumn;
import dev.migrations.core.schema.operation.AddEnumValue;
import dev.migrations.core.schema.operation.AddForeignKey;
import dev.migrations.core.schema.operation.AddPrimaryKey;
import dev.migrations.core.schema.operation.AddUnique;
import dev.migrations.core.schema.operation.AlterColumn;
import dev.migrations.core.schema.operation.CreateEnum;
import dev.migrations.core.schema.operation.CreateIndex;
import dev.migrations.core.schema.operation.CreateSequence;
import dev.migrations.core.schema.operation.CreateTable;
import dev.migrations.core.schema.operation.DropCheck;
import dev.migrations.core.schema.operation.DropColumn;
import dev.migrations.core.schema.operation.DropEnum;
import dev.migrations.core.schema.operation.DropForeignKey;
import dev.migrations.core.schema.operation.DropIndex;
import dev.migrations.core.schema.operation.DropSequence;
import dev.migrations.core.schema.operation.DropTable;
import dev.migrations.core.schema.operation.DropPrimaryKey;
import dev.migrations.core.schema.operation.DropUnique;
import dev.migrations.core.schema.operation.ExecuteSql;
import dev.migrations.core.schema.operation.Operation;
import dev.migrations.core.schema.operation.RenameColumn;
import dev.migrations.core.schema.operation.RenameTable;

/**
 * The SQL the databases share: quoted identifiers, {@code CREATE TABLE} with its constraints, indexes, and the
 * standard {@code ALTER TABLE} forms. A dialect's renderer extends it with its types and what differs.
 */
public abstract class SqlRenderer implements SchemaRenderer {

	/**
	 * Returns the dialect name, for {@code execute} SQL given per dialect and for messages.
	 * @return the name, such as {@code postgresql}
	 */
	protected abstract String dialect();

	/**
	 * Returns a column's type as this database writes it.
	 * @param type the portable type
	 * @return the SQL type
	 */
	protected abstract String type(ColumnType type);

	/**
	 * Renders an {@code ALTER COLUMN}.
	 * @param alter the operation
	 * @return the statements
	 */
	protected abstract List<String> alterColumn(AlterColumn alter);

	@Override
	public Rendering render(List<Operation> batch, TableSource tables) {
		List<String> statements = new ArrayList<>();
		for (Operation operation : batch) {
			if (operation instanceof ExecuteSql execute) {
				return new Rendering(List.of(sql(execute)), List.of(), true);
			}
			statements.addAll(render(operation));
		}
		return Rendering.of(statements);
	}

	/**
	 * Renders one operation that needs nothing from the database.
	 * @param operation the operation
	 * @return the statements
	 */
	protected List<String> render(Operation operation) {
		if (operation instanceof CreateTable create) {
			return createTable(create.definition());
		}
		if (operation instanceof DropTable drop) {
			return List.of("DROP TABLE " + quote(drop.table()));
		}
		if (operation instanceof RenameTable rename) {
			return List.of(alter(rename.table()) + " RENAME TO " + quote(rename.newName()));
		}
		if (operation instanceof AddColumn add) {
			return List.of(alter(add.table()) + " ADD COLUMN " + column(add.column(), false));
		}
		if (operation instanceof DropColumn drop) {
			return List.of(alter(drop.table()) + " DROP COLUMN " + quote(drop.column()));
		}
		if (operation instanceof RenameColumn rename) {
			return List.of(alter(rename.table()) + " RENAME COLUMN " + quote(rename.column()) + " TO "
					+ quote(rename.newName()));
		}
		if (operation instanceof AlterColumn alter) {
			return alterColumn(alter);
		}
		if (operation instanceof CreateIndex create) {
			return List.of(createIndex(create.table(), create.index()));
		}
		if (operation instanceof DropIndex drop) {
			return List.of("DROP INDEX " + quote(drop.name()));
		}
		if (operation instanceof AddPrimaryKey add) {
			return List.of(alter(add.table()) + " ADD " + constraintName(add.key().name()) + "PRIMARY KEY "
					+ list(add.key().columns()));
		}
		if (operation instanceof DropPrimaryKey drop) {
			return List.of(alter(drop.table()) + " " + dropPrimaryKey(drop));
		}
		if (operation instanceof AddUnique add) {
			return List.of(alter(add.table()) + " ADD " + unique(add.constraint()));
		}
		if (operation instanceof DropUnique drop) {
			return List.of(alter(drop.table()) + " DROP CONSTRAINT " + quote(drop.name()));
		}
		if (operation instanceof AddForeignKey add) {
			return List.of(alter(add.table()) + " ADD " + foreignKey(add.foreignKey()));
		}
		if (operation instanceof DropForeignKey drop) {
			return List.of(alter(drop.table()) + " DROP CONSTRAINT " + quote(drop.name()));
		}
		if (operation instanceof AddCheck add) {
			return List.of(alter(add.table()) + " ADD " + check(add.check()));
		}
		if (operation instanceof DropCheck drop) {
			return List.of(alter(drop.table()) + " DROP CONSTRAINT " + quote(drop.name()));
		}
		if (operation instanceof CreateSequence create) {
			Sequence sequence = create.sequence();
			return List.of("CREATE SEQUENCE " + quote(sequence.name()) + " START WITH " + sequence.start()
					+ " INCREMENT BY " + sequence.increment());
		}
		if (operation instanceof DropSequence drop) {
			return List.of("DROP SEQUENCE " + quote(drop.name()));
		}
		if (operation instanceof CreateEnum || operation instanceof DropEnum || operation instanceof AddEnumValue) {
			Refusals.enumType(dialect(), operation);
		}
		return List.of(sql((ExecuteSql) operation));
	}

	/**
	 * Returns the SQL of an {@code execute} for this dialect.
	 * @param execute the operation
	 * @return the SQL
	 */
	protected String sql(ExecuteSql execute) {
		String sql = execute.sql().forDialect(dialect());
		if (sql == null) {
			throw new IllegalArgumentException("'execute' has no SQL for " + dialect() + "; add '" + dialect()
					+ " $$...$$' or SQL for every dialect");
		}
		return sql;
	}

	/**
	 * Quotes an identifier.
	 * @param name the name
	 * @return the quoted name
	 */
	protected String quote(String name) {
		return '"' + name.replace("\"", "\"\"") + '"';
	}

	/**
	 * Renders {@code CREATE TABLE} and the table's indexes.
	 * @param table the table
	 * @return the statements
	 */
	protected List<String> createTable(Table table) {
		List<String> statements = new ArrayList<>();
		statements.add("CREATE TABLE " + quote(table.name()) + " (" + String.join(", ", tableElements(table)) + ")");
		for (Index index : table.indexes()) {
			statements.add(createIndex(table.name(), index));
		}
		return statements;
	}

	/**
	 * Returns the columns and constraints inside {@code CREATE TABLE (...)}.
	 * @param table the table
	 * @return the elements
	 */
	protected List<String> tableElements(Table table) {
		List<String> elements = new ArrayList<>();
		for (Column column : table.columns()) {
			elements.add(column(column, inlinePrimaryKey(table, column)));
		}
		if (table.primaryKey() != null && table.columns().stream().noneMatch((column) -> inlinePrimaryKey(table,
				column))) {
			elements.add(constraintName(table.primaryKey().name()) + "PRIMARY KEY " + list(table.primaryKey()
				.columns()));
		}
		for (UniqueConstraint unique : table.uniqueConstraints()) {
			elements.add(unique(unique));
		}
		for (ForeignKey key : table.foreignKeys()) {
			elements.add(foreignKey(key));
		}
		for (CheckConstraint check : table.checks()) {
			elements.add(check(check));
		}
		return elements;
	}

	/**
	 * Whether a column carries the table's primary key itself, as SQLite's {@code AUTOINCREMENT} must.
	 * @param table the table
	 * @param column the column
	 * @return {@code false} unless the dialect needs it
	 */
	protected boolean inlinePrimaryKey(Table table, Column column) {
		return false;
	}

	/**
	 * Renders a column definition.
	 * @param column the column
	 * @param primaryKey whether the definition carries the table's primary key
	 * @return the SQL after {@code ADD COLUMN} or inside {@code CREATE TABLE}
	 */
	protected String column(Column column, boolean primaryKey) {
		StringBuilder sql = new StringBuilder(quote(column.name())).append(' ').append(columnType(column, primaryKey));
		if (column.collation() != null) {
			sql.append(" COLLATE ").append(quote(column.collation()));
		}
		if (!column.nullable()) {
			sql.append(" NOT NULL");
		}
		if (column.defaultSql() != null) {
			sql.append(" DEFAULT ").append(column.defaultSql());
		}
		return sql.toString();
	}

	/**
	 * Returns a column's type, with what makes the database generate its values when it is auto-incremented.
	 * @param column the column
	 * @param primaryKey whether the definition carries the table's primary key
	 * @return the SQL
	 */
	protected String columnType(Column column, boolean primaryKey) {
		return type(column.type());
	}

	/**
	 * Renders {@code CREATE INDEX}.
	 * @param table the table
	 * @param index the index
	 * @return the statement
	 */
	protected String createIndex(String table, Index index) {
		List<String> columns = index.columns().stream().map((element) -> IndexElements.render(element, this::quote))
			.toList();
		return "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + quote(index.name()) + " ON " + quote(table)
				+ " (" + String.join(", ", columns) + ")" + ((index.where() != null) ? " WHERE " + index.where() : "");
	}

	/**
	 * Renders a unique constraint as a table element.
	 * @param unique the constraint
	 * @return the SQL
	 */
	protected String unique(UniqueConstraint unique) {
		return constraintName(unique.name()) + "UNIQUE " + list(unique.columns());
	}

	/**
	 * Renders a foreign key as a table element.
	 * @param key the key
	 * @return the SQL
	 */
	protected String foreignKey(ForeignKey key) {
		return constraintName(key.name()) + "FOREIGN KEY " + list(key.columns()) + " REFERENCES "
				+ quote(key.referencedTable()) + " " + list(key.referencedColumns())
				+ ((key.onDelete() != ReferentialAction.NO_ACTION) ? " ON DELETE " + key.onDelete().sql() : "")
				+ ((key.onUpdate() != ReferentialAction.NO_ACTION) ? " ON UPDATE " + key.onUpdate().sql() : "");
	}

	/**
	 * Renders a check as a table element.
	 * @param check the check
	 * @return the SQL
	 */
	protected String check(CheckConstraint check) {
		return constraintName(check.name()) + "CHECK (" + check.expression() + ")";
	}

	/**
	 * Returns {@code CONSTRAINT name } or nothing.
	 * @param name the name, or {@code null}
	 * @return the SQL prefix
	 */
	protected String constraintName(@Nullable String name) {
		return (name != null) ? "CONSTRAINT " + quote(name) + " " : "";
	}

	/**
	 * Returns {@code ALTER TABLE name}.
	 * @param table the table
	 * @return the SQL prefix
	 */
	protected String alter(String table) {
		return "ALTER TABLE " + quote(table);
	}

	/**
	 * Returns quoted names in parentheses.
	 * @param names the names
	 * @return the SQL
	 */
	protected String list(List<String> names) {
		return "(" + String.join(", ", names.stream().map(this::quote).toList()) + ")";
	}

	/**
	 * Renders {@code DROP INDEX} where the database refuses to drop an index a foreign key uses (H2, MySQL): the
	 * foreign keys whose columns begin the index are dropped before it and added again after, and find or create
	 * another index.
	 * @param drop the operation
	 * @param tables the database as it is before the operation
	 * @param dropSql the statement that drops the index itself
	 * @return the statements
	 */
	protected List<String> dropIndexKeepingForeignKeys(DropIndex drop, TableSource tables, String dropSql) {
		return dropIndexKeepingForeignKeys(drop, drop.table(), drop.name(), drop.definition(), tables, dropSql);
	}

	/**
	 * Renders the drop of an index, or of the unique constraint it stands for, keeping the foreign keys using it.
	 * @param operation the operation
	 * @param tableName the table
	 * @param indexName the index
	 * @param definition the index as the operation says it was, or {@code null}
	 * @param tables the database as it is before the operation
	 * @param dropSql the statement that drops the index itself
	 * @return the statements
	 */
	protected List<String> dropIndexKeepingForeignKeys(Operation operation, String tableName, String indexName,
			@Nullable Index definition, TableSource tables, String dropSql) {
		return new KeptForeignKeys(this).aroundIndexDrop(table(operation, tableName, tables), indexName, definition,
				dropSql);
	}

	/**
	 * Returns the clause of {@code ALTER TABLE} that drops a primary key.
	 * @param drop the operation
	 * @return the SQL: {@code DROP PRIMARY KEY}, which H2, MySQL and MariaDB take
	 */
	protected String dropPrimaryKey(DropPrimaryKey drop) {
		return "DROP PRIMARY KEY";
	}

	/**
	 * Returns the clause of {@code ALTER TABLE} that drops a foreign key.
	 * @param name the key's name
	 * @return the SQL
	 */
	protected String dropForeignKey(String name) {
		return "DROP CONSTRAINT " + quote(name);
	}

	/**
	 * Returns one table as it is before an operation.
	 * @param operation the operation, for the message
	 * @param name the table
	 * @param tables the database
	 * @return the table
	 * @throws IllegalArgumentException when there is no such table
	 */
	protected Table table(Operation operation, String name, TableSource tables) {
		Schema schema = tables.tables(List.of(name), "'" + operation.describe() + "' on " + dialect()
				+ ", which restates what the table has,");
		return schema.table(name).orElseThrow(() -> new IllegalArgumentException("there is no table '" + name + "'"));
	}

	/**
	 * Returns the standard {@code COMMENT ON} statements of a table's comment and its columns' comments.
	 * @param table the table
	 * @return the statements, none when nothing has a comment
	 */
	protected List<String> comments(Table table) {
		List<String> statements = new ArrayList<>();
		if (table.comment() != null) {
			statements.add("COMMENT ON TABLE " + quote(table.name()) + " IS " + literal(table.comment()));
		}
		for (Column column : table.columns()) {
			if (column.comment() != null) {
				statements.add("COMMENT ON COLUMN " + quote(table.name()) + "." + quote(column.name()) + " IS "
						+ literal(column.comment()));
			}
		}
		return statements;
	}

	/**
	 * Returns a string literal.
	 * @param text the text
	 * @return the text in single quotes, quotes doubled
	 */
	protected String literal(String text) {
		return "'" + text.replace("'", "''") + "'";
	}

	/**
	 * Returns a type's standard name with its length and scale, in lower case.
	 * @param type the type
	 * @return the SQL
	 */
	protected static String standard(ColumnType type) {
		return type.sql().toLowerCase(Locale.ROOT);
	}

}
