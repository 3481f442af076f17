package dev.migrations.core.schema.inspect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;

import dev.migrations.core.schema.Sequence;

/**
 * The sequences of the databases read through JDBC metadata that have them, which metadata does not list: H2's from
 * its information schema, MariaDB's from their own rows.
 */
final class JdbcSequences {

	private JdbcSequences() {
	}

	// H2's and MariaDB's sequences are read: H2's information schema lists no sequence of an identity column, and
	// MariaDB's sequences are tables of type SEQUENCE, their start and increment in their one row.
	static List<Sequence> read(String dialect, Connection connection, @Nullable String owner,
			Predicate<String> included, UnaryOperator<String> name) throws SQLException {
		List<Sequence> sequences = new ArrayList<>();
		if (dialect.equals("mariadb")) {
			return mariadbSequences(connection, owner, included);
		}
		if (!dialect.equals("h2")) {
			return sequences;
		}
		try (PreparedStatement statement = connection.prepareStatement("SELECT SEQUENCE_NAME, START_VALUE, INCREMENT"
				+ " FROM INFORMATION_SCHEMA.SEQUENCES WHERE SEQUENCE_SCHEMA = COALESCE(?, CURRENT_SCHEMA)")) {
			statement.setString(1, owner);
			try (ResultSet result = statement.executeQuery()) {
				while (result.next()) {
					if (included.test(result.getString(1))) {
						sequences.add(new Sequence(name.apply(result.getString(1)), result.getLong(2), result.getLong(3)));
					}
				}
			}
		}
		return sequences;
	}

	private static List<Sequence> mariadbSequences(Connection connection, @Nullable String owner, Predicate<String> included)
			throws SQLException {
		List<String> names = new ArrayList<>();
		try (PreparedStatement statement = connection.prepareStatement("SELECT TABLE_NAME FROM"
				+ " information_schema.TABLES WHERE TABLE_SCHEMA = COALESCE(?, DATABASE()) AND TABLE_TYPE = 'SEQUENCE'"
				+ " ORDER BY 1")) {
			statement.setString(1, owner);
			try (ResultSet result = statement.executeQuery()) {
				while (result.next()) {
					if (included.test(result.getString(1))) {
						names.add(result.getString(1));
					}
				}
			}
		}
		List<Sequence> sequences = new ArrayList<>();
		for (String name : names) {
			String table = ((owner != null) ? "`" + owner.replace("`", "``") + "`." : "") + "`"
					+ name.replace("`", "``") + "`";
			try (PreparedStatement statement = connection
				.prepareStatement("SELECT start_value, increment FROM " + table);
					ResultSet result = statement.executeQuery()) {
				if (result.next()) {
					sequences.add(new Sequence(name, result.getLong(1), result.getLong(2)));
				}
			}
		}
		return sequences;
	}

}
