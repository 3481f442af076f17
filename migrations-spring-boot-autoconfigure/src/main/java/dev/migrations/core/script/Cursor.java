package dev.migrations.core.script;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.migrations.core.script.OperationTokens.Kind;
import dev.migrations.core.script.OperationTokens.Statement;
import dev.migrations.core.script.OperationTokens.Token;

/**
 * Reads the tokens of one operation in order, failing with the line and what was expected.
 */
final class Cursor {

	private final Statement statement;

	private final OperationTokens.ErrorAt error;

	private int position;

	Cursor(Statement statement, OperationTokens.ErrorAt error) {
		this.statement = statement;
		this.error = error;
	}

	@Nullable Token peek() {
		return (this.position < this.statement.tokens().size()) ? this.statement.tokens().get(this.position) : null;
	}

	@Nullable Token peek(int ahead) {
		int index = this.position + ahead;
		return (index < this.statement.tokens().size()) ? this.statement.tokens().get(index) : null;
	}

	boolean done() {
		return peek() == null;
	}

	boolean at(String word) {
		Token token = peek();
		return token != null && token.is(word);
	}

	boolean accept(String word) {
		if (at(word)) {
			this.position++;
			return true;
		}
		return false;
	}

	void expect(String word, String form) {
		if (!accept(word)) {
			throw error("expected '" + word + "' " + found() + "; write " + form);
		}
	}

	String word(String what) {
		Token token = peek();
		if (token == null || token.kind() != Kind.WORD) {
			throw error("expected " + what + " " + found());
		}
		this.position++;
		return token.text();
	}

	// A whole number, such as a sequence's start; null when the next token is not a number.
	@Nullable Long number() {
		Token token = peek();
		if (token == null || token.kind() != Kind.NUMBER || !token.text().matches("[-+]?[0-9]{1,18}")) {
			return null;
		}
		this.position++;
		return Long.parseLong(token.text().replace("+", ""));
	}

	String name(String what) {
		Token token = peek();
		if (token == null || (token.kind() != Kind.WORD && token.kind() != Kind.QUOTED)) {
			throw error("expected " + what + " " + found());
		}
		this.position++;
		return token.name();
	}

	String[] columnRef() {
		String table = name("TABLE.COLUMN");
		if (!accept(".")) {
			throw error("expected '.' after '" + table + "' " + found() + "; name the column as TABLE.COLUMN");
		}
		return new String[] { table, name("the column name after '" + table + ".'") };
	}

	List<String> names() {
		expect("(", "the names in parentheses, as '(a, b)'");
		List<String> names = new ArrayList<>();
		do {
			names.add(name("a name"));
		}
		while (accept(","));
		expect(")", "the names in parentheses, as '(a, b)'");
		return names;
	}

	// The elements of an index: names, or expressions as SQL.
	List<String> elements() {
		expect("(", "the columns in parentheses, as '(a, b)'");
		List<String> elements = new ArrayList<>();
		do {
			Token next = peek(1);
			if (next != null && (next.is(",") || next.is(")"))) {
				elements.add(name("a column"));
			}
			else {
				elements.add(rawUntilComma());
			}
		}
		while (accept(","));
		expect(")", "the columns in parentheses, as '(a, b)'");
		return elements;
	}

	private String rawUntilComma() {
		Token first = peek();
		int depth = 0;
		Token last = null;
		while (!done()) {
			Token token = peek();
			if (depth == 0 && (token.is(",") || token.is(")"))) {
				break;
			}
			depth += token.is("(") ? 1 : token.is(")") ? -1 : 0;
			last = token;
			this.position++;
		}
		if (first == null || last == null) {
			throw error("expected a column or an expression " + found());
		}
		return this.statement.source().substring(first.start(), last.end()).strip();
	}

	// A quoted text, such as an enum label: 'happy'.
	String string(String what) {
		Token token = peek();
		if (token == null || token.kind() != Kind.STRING) {
			throw error("expected " + what + " in single quotes " + found());
		}
		this.position++;
		return token.text();
	}

	// Quoted texts in parentheses: ('sad', 'ok').
	List<String> strings(String what) {
		expect("(", what + " in parentheses, as ('a', 'b')");
		List<String> texts = new ArrayList<>();
		do {
			texts.add(string(what));
		}
		while (accept(","));
		expect(")", what + " in parentheses, as ('a', 'b')");
		return texts;
	}

	// The SQL inside balanced parentheses, as written.
	String group() {
		Token open = peek();
		expect("(", "the SQL in parentheses");
		int depth = 1;
		while (!done()) {
			Token token = peek();
			this.position++;
			if (token.is("(")) {
				depth++;
			}
			else if (token.is(")") && --depth == 0) {
				String sql = this.statement.source().substring(open.end(), token.start()).strip();
				if (sql.isEmpty()) {
					throw error("the parentheses are empty; write the SQL inside them");
				}
				return sql;
			}
		}
		throw error("'(' is not closed; end it with ')'");
	}

	// A default value: a literal, a word, a function call or SQL in parentheses.
	String expression(String what) {
		Token token = peek();
		if (token == null || token.kind() == Kind.DOLLAR || token.kind() == Kind.QUOTED
				|| (token.kind() == Kind.PUNCT && !token.is("("))) {
			throw error("expected " + what + " " + found() + "; write a literal such as 0 or 'text', a function"
					+ " such as current_timestamp, or SQL in parentheses");
		}
		if (token.is("(")) {
			return "(" + group() + ")";
		}
		this.position++;
		if (token.kind() == Kind.STRING) {
			return "'" + token.text().replace("'", "''") + "'";
		}
		if (token.kind() == Kind.WORD && at("(")) {
			Token open = peek();
			String inner = (peek(1) != null && peek(1).is(")")) ? "" : null;
			if (inner != null) {
				this.position += 2;
				return token.text() + "()";
			}
			return this.statement.source().substring(token.start(), open.start()).strip() + "(" + group() + ")";
		}
		return token.text();
	}

	String dollar(String what) {
		Token token = peek();
		if (token == null || token.kind() != Kind.DOLLAR) {
			throw error("expected " + what + " in $$...$$ " + found());
		}
		this.position++;
		return token.text();
	}

	void end() {
		if (!done()) {
			throw error("unexpected '" + peek().text() + "'; end the operation here, or start the next one on a new"
					+ " line");
		}
	}

	int line() {
		Token token = peek();
		return (token != null) ? token.line()
				: this.statement.tokens().get(this.statement.tokens().size() - 1).line();
	}

	RuntimeException error(String problem) {
		return this.error.at(line(), problem);
	}

	private String found() {
		Token token = peek();
		return (token != null) ? "but found '" + token.text() + "'" : "but the line ends";
	}

}
