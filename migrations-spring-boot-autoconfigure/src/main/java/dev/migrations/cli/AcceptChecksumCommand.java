package dev.migrations.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.migrations.core.Migrations;
import dev.migrations.core.api.ChecksumMismatch;

/**
 * {@code accept-checksum REV...}: accepts, on purpose, the edited files of applied revisions.
 */
final class AcceptChecksumCommand implements CliCommand {

	@Override
	public String name() {
		return "accept-checksum";
	}

	@Override
	public String summary() {
		return "Accept the edited file of an applied revision (a comment, a reformat) as the one to check against";
	}

	@Override
	public String usage() {
		return "accept-checksum REV...";
	}

	@Override
	public List<Option> options() {
		return List.of();
	}

	@Override
	public int run(Migrations migrations, Arguments arguments, Console console, Settings settings) {
		if (arguments.positional().isEmpty()) {
			throw new UsageException("accept-checksum needs the revisions whose edited files to accept");
		}
		List<ChecksumMismatch> accepted = migrations.acceptChecksum(arguments.positional().toArray(String[]::new));
		if (console.isJson()) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("accepted", accepted.stream().map((mismatch) -> {
				Map<String, Object> entry = new LinkedHashMap<>();
				entry.put("revision", mismatch.revision());
				entry.put("file", mismatch.script());
				entry.put("previous", mismatch.recorded());
				entry.put("checksum", mismatch.actual());
				return entry;
			}).toList());
			console.json(json);
		}
		else if (accepted.isEmpty()) {
			console.line("Nothing to accept: the files of " + String.join(", ", arguments.positional())
					+ " are as they were applied");
		}
		else {
			accepted.forEach((mismatch) -> console.line("Accepted " + mismatch.script() + " (revision "
					+ mismatch.revision() + "): checksum " + mismatch.actual() + " replaces " + mismatch.recorded()));
		}
		return OK;
	}

}
