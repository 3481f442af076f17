package dev.migrations.core.dialect;

/**
 * One SQL statement cut from a section, with the line it starts on.
 *
 * @param sql the statement, without its delimiter
 * @param line the line it starts on, counted from the start of the text it was cut from
 * @param transactional whether the database can run it inside a transaction
 */
public record SqlStatement(String sql, int line, boolean transactional) {

}
