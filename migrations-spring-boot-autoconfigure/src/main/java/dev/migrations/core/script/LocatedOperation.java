package dev.migrations.core.script;

import dev.migrations.core.schema.operation.Operation;

/**
 * An operation of a revision file and the line it is written on.
 *
 * @param operation the operation
 * @param line the file line
 */
public record LocatedOperation(Operation operation, int line) {

}
