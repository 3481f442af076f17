package dev.migrations.core.runtime;

import java.util.ArrayList;
import java.util.List;

import dev.migrations.core.api.CheckResult;
import dev.migrations.core.api.Revision;
import dev.migrations.core.revision.RevisionGraph;
import dev.migrations.core.schema.SchemaModel;

/**
 * {@code check}: whether the database is exactly at the single head of the revisions, with a clean history, and,
 * when the application has a schema model, whether the model and the migrated schema agree (like {@code alembic
 * check}), so that CI catches a forgotten revision.
 */
public final class CheckCommand {

	private final Engine engine;

	/**
	 * Creates the command.
	 * @param engine the engine it runs on
	 */
	public CheckCommand(Engine engine) {
		this.engine = engine;
	}

	/**
	 * Checks the database against the revisions.
	 * @return the heads, the current revisions, what is pending and the problems found
	 */
	public CheckResult run() {
		RevisionGraph graph = this.engine.scripts().graph();
		List<String> current = new ReportCommand(this.engine).current();
		List<Revision> pending = new Planner(graph).pending(current);
		List<String> problems = new ArrayList<>();
		if (graph.resolvedHeads().size() > 1) {
			problems.add("The revisions have " + graph.resolvedHeads().size() + " heads (" + String.join(", ", graph.resolvedHeads())
					+ "); merge them with 'merge heads -m MESSAGE'");
		}
		if (!pending.isEmpty()) {
			problems.add(pending.size() + " revision(s) are not applied: "
					+ String.join(", ", pending.stream().map(Revision::id).toList()) + "; run 'upgrade heads'");
		}
		problems.addAll(new AuditCommand(this.engine).problems());
		SchemaModel model = this.engine.model();
		List<String> differences = List.of();
		if (model != null && pending.isEmpty() && graph.resolvedHeads().size() == 1) {
			differences = new AutogenerateCommand(this.engine).differences();
			if (!differences.isEmpty()) {
				problems.add(differ(model, differences));
			}
		}
		return new CheckResult(graph.resolvedHeads(), current, pending, problems, differences);
	}

	static String differ(SchemaModel model, List<String> differences) {
		return "The model (" + model.description() + ") and the migrations differ in " + differences.size()
				+ " way(s): " + String.join("; ", differences) + "; run 'migrations revision --autogenerate -m"
				+ " MESSAGE', review the file, then 'upgrade head'";
	}

}
