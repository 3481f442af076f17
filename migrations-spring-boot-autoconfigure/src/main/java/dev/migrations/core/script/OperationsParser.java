package dev.migrations.core.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;
import dev.migrations.core.schema.CheckConstraint;
import dev.migrations.core.schema.EnumType;
import dev.migrations.core.schema.Index;
import dev.migrations.core.schema.PrimaryKey;
import dev.migrations.core.schema.Sequence;
import dev.migrations.core.schema.UniqueConstraint;
import dev.migrations.core.schema.operation.AddCheck;
import dev.migrations.core.schema.operation.AddEnumValue;
import dev.migrations.core.schema.operation.AddForeignKey;
import dev.migrations.core.schema.operation.AddPrimaryKey;
import dev.migrations.core.schema.operation.AddUnique;
import dev.migrations.core.schema.operation.CreateEnum;
import dev.migrations.core.schema.operation.CreateIndex;
import dev.migrations.core.schema.operation.CreateSequence;
import dev.migrations.core.schema.operation.DropCheck;
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
import dev.migrations.core.script.OperationTokens.Statement;

/**
 * Reads the portable operations of a {@code -- migrations:operations} section, one per line (a line continues while
 * parentheses or {@code $$} quotes are open), such as {@code add column users.age integer null default 0}. Every
 * error names the file and line and says what to write instead. The syntax is described in
 * {@code src/docs/operations.md}.
 */
public final class OperationsParser {

	private static final String FORMS = "create table, drop table, rename table, add column, drop column, rename"
			+ " column, alter column, create index, create unique index, drop index, add primary key, drop primary key,"
			+ " add unique, drop unique, add foreign key, drop foreign key, add check, drop check, create sequence,"
			+ " drop sequence, create type, drop type, alter type or execute";

	private OperationsParser() {
	}

	/**
	 * Parses a section.
	 * @param resource the file, for messages
	 * @param text the section text
	 * @param firstLine the file line of the section's first line
	 * @param dialects the dialect names {@code execute} may name
	 * @return the operations, each with its line
	 * @throws MigrationsException with {@link ErrorCode#INVALID_REVISION_FILE} naming the file and line
	 */
	public static List<LocatedOperation> parse(ScriptResource resource, String text, int firstLine,
			Set<String> dialects) {
		OperationTokens.ErrorAt error = (line, problem) -> new MigrationsException(ErrorCode.INVALID_REVISION_FILE,
				resource.description() + ":" + line + ": " + problem);
		List<LocatedOperation> operations = new ArrayList<>();
		for (Statement statement : OperationTokens.statements(text, firstLine, error)) {
			Cursor cursor = new Cursor(statement, error);
			Operation operation;
			try {
				operation = operation(cursor);
			}
			catch (IllegalArgumentException | NullPointerException ex) {
				throw error.at(statement.line(), ex.getMessage());
			}
			cursor.end();
			checkDialects(operation, dialects, error, statement.line());
			operations.add(new LocatedOperation(operation, statement.line()));
		}
		return List.copyOf(operations);
	}

	private static void checkDialects(Operation operation, Set<String> dialects, OperationTokens.ErrorAt error,
			int line) {
		if (operation instanceof ExecuteSql execute) {
			List<String> named = new ArrayList<>(execute.sql().byDialect().keySet());
			if (execute.reverseSql() != null) {
				named.addAll(execute.reverseSql().byDialect().keySet());
			}
			for (String dialect : named) {
				if (!dialects.contains(dialect)) {
					throw error.at(line, "unknown dialect '" + dialect + "' before $$; use one of "
							+ String.join(", ", dialects.stream().sorted().toList()));
				}
			}
		}
	}

	private static Operation operation(Cursor in) {
		String verb = in.word("an operation (" + FORMS + ")").toLowerCase(java.util.Locale.ROOT);
		switch (verb) {
			case "create":
				if (in.accept("table")) {
					return Definitions.createTable(in);
				}
				if (in.accept("sequence")) {
					return new CreateSequence(sequence(in, in.name("the sequence name")));
				}
				if (in.accept("type")) {
					return new CreateEnum(enumType(in, in.name("the type name")));
				}
				boolean unique = in.accept("unique");
				in.expect("index", "'create table', 'create index', 'create unique index', 'create sequence' or"
						+ " 'create type'");
				return createIndex(in, unique);
			case "drop":
				return drop(in);
			case "rename":
				if (in.accept("table")) {
					String table = in.name("the table name");
					in.expect("to", "'rename table OLD to NEW'");
					return new RenameTable(table, in.name("the new table name"));
				}
				in.expect("column", "'rename table' or 'rename column'");
				String[] column = in.columnRef();
				in.expect("to", "'rename column TABLE.OLD to NEW'");
				return new RenameColumn(column[0], column[1], in.name("the new column name"));
			case "add":
				return add(in);
			case "alter":
				if (in.accept("type")) {
					String type = in.name("the type name");
					in.expect("add", "'alter type NAME add value 'LABEL''");
					in.expect("value", "'alter type NAME add value 'LABEL''");
					return new AddEnumValue(type, in.string("the new label"));
				}
				in.expect("column", "'alter column TABLE.COLUMN ...' or 'alter type NAME add value 'LABEL''");
				return Definitions.alterColumn(in);
			case "execute":
				return Definitions.execute(in);
			default:
				throw in.error("unknown operation '" + verb + "'; write " + FORMS);
		}
	}

	private static Operation drop(Cursor in) {
		if (in.accept("table")) {
			String table = in.name("the table name");
			return new DropTable(table, in.at("(") ? Definitions.tableBody(in, table) : null);
		}
		if (in.accept("column")) {
			return Definitions.dropColumn(in);
		}
		if (in.accept("sequence")) {
			String name = in.name("the sequence name");
			return new DropSequence(name, in.done() ? null : sequence(in, name));
		}
		if (in.accept("type")) {
			String name = in.name("the type name");
			return new DropEnum(name, in.done() ? null : enumType(in, name));
		}
		if (in.accept("primary")) {
			in.expect("key", "'drop primary key [NAME] on TABLE (COLUMN, ...)'");
			String name = in.at("on") ? null : in.name("the constraint name");
			String table = on(in, "drop primary key [NAME] on TABLE (COLUMN, ...)");
			return new DropPrimaryKey(table, in.at("(") ? new PrimaryKey(name, in.names()) : null);
		}
		boolean unique = in.accept("unique");
		if (in.accept("index")) {
			String name = in.name("the index name");
			in.expect("on", "'drop index NAME on TABLE'");
			String table = in.name("the table name");
			Index index = in.at("(") ? index(in, name, unique) : null;
			return new DropIndex(table, name, index);
		}
		if (unique) {
			String name = in.name("the constraint name");
			String table = on(in, "drop unique NAME on TABLE");
			return new DropUnique(table, name, in.at("(") ? new UniqueConstraint(name, in.names()) : null);
		}
		if (in.accept("foreign")) {
			in.expect("key", "'drop foreign key NAME on TABLE'");
			String name = in.name("the constraint name");
			String table = on(in, "drop foreign key NAME on TABLE");
			return new DropForeignKey(table, name, in.at("(") ? Definitions.foreignKey(in, name) : null);
		}
		if (in.accept("check")) {
			String name = in.name("the constraint name");
			String table = on(in, "drop check NAME on TABLE");
			return new DropCheck(table, name, in.at("(") ? new CheckConstraint(name, in.group()) : null);
		}
		throw in.error("cannot read what to drop; write 'drop table', 'drop column', 'drop index', 'drop primary key',"
				+ " 'drop unique', 'drop foreign key', 'drop check', 'drop sequence' or 'drop type'");
	}

	private static Operation add(Cursor in) {
		if (in.accept("column")) {
			String[] column = in.columnRef();
			return new dev.migrations.core.schema.operation.AddColumn(column[0],
					Definitions.column(in, column[1], null));
		}
		if (in.accept("primary")) {
			in.expect("key", "'add primary key [NAME] on TABLE (COLUMN, ...)'");
			String name = in.at("on") ? null : in.name("the constraint name");
			String table = on(in, "add primary key [NAME] on TABLE (COLUMN, ...)");
			return new AddPrimaryKey(table, new PrimaryKey(name, in.names()));
		}
		if (in.accept("unique")) {
			String name = in.name("the constraint name");
			String table = on(in, "add unique NAME on TABLE (COLUMN, ...)");
			return new AddUnique(table, new UniqueConstraint(name, in.names()));
		}
		if (in.accept("foreign")) {
			in.expect("key", "'add foreign key NAME on TABLE (COLUMN) references TABLE (COLUMN)'");
			String name = in.name("the constraint name");
			String table = on(in, "add foreign key NAME on TABLE (COLUMN) references TABLE (COLUMN)");
			return new AddForeignKey(table, Definitions.foreignKey(in, name));
		}
		if (in.accept("check")) {
			String name = in.name("the constraint name");
			String table = on(in, "add check NAME on TABLE (CONDITION)");
			return new AddCheck(table, new CheckConstraint(name, in.group()));
		}
		throw in.error("cannot read what to add; write 'add column', 'add primary key', 'add unique', 'add foreign key'"
				+ " or 'add check'");
	}

	private static String on(Cursor in, String form) {
		in.expect("on", "'" + form + "'");
		return in.name("the table name");
	}

	private static Operation createIndex(Cursor in, boolean unique) {
		String name = in.name("the index name");
		in.expect("on", "'create index NAME on TABLE (COLUMN, ...)'");
		String table = in.name("the table name");
		return new CreateIndex(table, index(in, name, unique));
	}

	// 'start N increment N', each optional: a sequence starts at 1 and counts by 1 unless told.
	private static Sequence sequence(Cursor in, String name) {
		long start = 1;
		long increment = 1;
		if (in.accept("start")) {
			start = number(in, "the first value after 'start'");
		}
		if (in.accept("increment")) {
			increment = number(in, "the step after 'increment'");
		}
		return new Sequence(name, start, increment);
	}

	private static EnumType enumType(Cursor in, String name) {
		in.expect("as", "'create type NAME as enum ('a', 'b')'");
		in.expect("enum", "'create type NAME as enum ('a', 'b')' (only enum types are operations)");
		return new EnumType(name, in.strings("the labels"));
	}

	private static long number(Cursor in, String what) {
		Long number = in.number();
		if (number == null) {
			throw in.error("expected " + what + ", a whole number; write 'create sequence NAME start 1 increment 1'");
		}
		return number;
	}

	private static Index index(Cursor in, String name, boolean unique) {
		List<String> columns = in.elements();
		String where = in.accept("where") ? in.group() : null;
		return new Index(name, columns, unique, where);
	}

}
