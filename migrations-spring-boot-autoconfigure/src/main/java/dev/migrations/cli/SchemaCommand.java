package dev.migrations.cli;

import java.util.List;
import java.util.Map;

import dev.migrations.core.Migrations;
import dev.migrations.core.schema.Schema;
import dev.migrations.core.schema.Table;

/**
 * {@code schema}: the database's tables as the schema model reads them, without the version and history tables.
 */
final class SchemaCommand implements CliCommand {

	@Override
	public String name() {
		return "schema";
	}

	@Override
	public String summary() {
		return "Show the database's tables, columns, keys, indexes and checks";
	}

	@Override
	public String usage() {
		return "schema [TABLE...]";
	}

	@Override
	public List<Option> options() {
		return List.of();
	}

	@Override
	public int run(Migrations migrations, Arguments arguments, Console console, Settings settings) {
		Schema schema = migrations.schema();
		List<String> names = arguments.positional();
		for (String name : names) {
			if (schema.table(name).isEmpty()) {
				throw new UsageException("No table '" + name + "' in the database; it has: "
						+ (schema.tableNames().isEmpty() ? "no tables" : String.join(", ", schema.tableNames())));
			}
		}
		List<Table> tables = names.isEmpty() ? schema.tables()
				: schema.tables()
					.stream()
					.filter((table) -> names.stream().anyMatch(table.name()::equalsIgnoreCase))
					.toList();
		if (console.isJson()) {
			console.json(Map.of("tables", tables.stream().map(SchemaFormat::json).toList()));
			return OK;
		}
		for (Table table : tables) {
			SchemaFormat.text(table).forEach(console::line);
		}
		return OK;
	}

}
