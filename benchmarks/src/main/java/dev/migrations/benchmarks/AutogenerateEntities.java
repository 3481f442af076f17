package dev.migrations.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * The JPA model of the autogenerate run: N entity classes written as Java sources and compiled, as an application's
 * build compiles its entities. Entity {@code i} maps table {@code item_i}: an identity key, a non-null
 * {@code varchar(80)} name with an index, a {@code decimal(10,2)}, a date, a boolean (camel-case fields, so that Spring
 * Boot's naming strategy names the columns), and a {@code @ManyToOne} to entity {@code i - 1}. The <em>changed</em>
 * variant differs in {@link #expectedChanges(int)} places: every tenth entity gets a {@code note} column, and every
 * fiftieth (from the fifth) an index on its date. The same tables come as a declared schema file too.
 */
final class AutogenerateEntities {

	/** The package of the generated classes. */
	static final String PACKAGE = "bench.model";

	private AutogenerateEntities() {
	}

	/**
	 * Writes and compiles a variant.
	 * @param directory where the sources and classes go ({@code src} and {@code classes} under it)
	 * @param entities the number of entities
	 * @param changed whether to write the changed variant
	 * @param classpath the classpath to compile against (with the Jakarta Persistence API)
	 * @return the classes directory
	 * @throws IOException when a file cannot be written or the sources do not compile
	 */
	static Path compile(Path directory, int entities, boolean changed, String classpath) throws IOException {
		Path sources = Files.createDirectories(directory.resolve("src").resolve(PACKAGE.replace('.', '/')));
		Path classes = Files.createDirectories(directory.resolve("classes"));
		List<String> arguments = new ArrayList<>(List.of("-proc:none", "-nowarn", "-classpath", classpath, "-d",
				classes.toString()));
		for (int i = 0; i < entities; i++) {
			Path file = sources.resolve(className(i) + ".java");
			Files.writeString(file, source(i, changed));
			arguments.add(file.toString());
		}
		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
		if (compiler == null) {
			throw new IOException("The autogenerate run compiles its entities and needs a JDK, not a JRE");
		}
		ByteArrayOutputStream errors = new ByteArrayOutputStream();
		int exit = compiler.run(null, null, errors, arguments.toArray(String[]::new));
		if (exit != 0) {
			throw new IOException("The generated entities in " + sources + " do not compile:\n"
					+ errors.toString(StandardCharsets.UTF_8));
		}
		return classes;
	}

	/**
	 * Returns the entity class names.
	 * @param entities the number of entities
	 * @return the fully qualified names
	 */
	static List<String> classNames(int entities) {
		List<String> names = new ArrayList<>();
		for (int i = 0; i < entities; i++) {
			names.add(PACKAGE + "." + className(i));
		}
		return names;
	}

	/**
	 * Returns how many operations make the base variant's schema the changed one's.
	 * @param entities the number of entities
	 * @return the number of added columns and indexes
	 */
	static int expectedChanges(int entities) {
		int changes = 0;
		for (int i = 0; i < entities; i++) {
			changes += (hasNote(i) ? 1 : 0) + (hasDateIndex(i) ? 1 : 0);
		}
		return changes;
	}

	/**
	 * Writes the same tables as a declared schema file ({@code migrations.model=classpath:db/schema.sql}), the
	 * model of applications without JPA.
	 * @param file the file to write
	 * @param entities the number of tables
	 * @param changed whether to write the changed variant
	 * @return the file
	 * @throws IOException when it cannot be written
	 */
	static Path declaredSchema(Path file, int entities, boolean changed) throws IOException {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < entities; i++) {
			String table = "item_" + i;
			out.append("CREATE TABLE ").append(table).append(" (\n")
				.append("\tid BIGINT AUTOINCREMENT PRIMARY KEY,\n")
				.append("\tname VARCHAR(80) NOT NULL,\n")
				.append("\tamount DECIMAL(10,2),\n")
				.append("\tcreated_on DATE,\n")
				.append("\tactive BOOLEAN NOT NULL");
			if (changed && hasNote(i)) {
				out.append(",\n\tnote VARCHAR(200)");
			}
			if (i > 0) {
				out.append(",\n\tparent_id BIGINT,\n\tCONSTRAINT fk_").append(table)
					.append("_parent FOREIGN KEY (parent_id) REFERENCES item_").append(i - 1).append(" (id)");
			}
			out.append("\n);\nCREATE INDEX ix_").append(table).append("_name ON ").append(table).append(" (name);\n");
			if (changed && hasDateIndex(i)) {
				out.append("CREATE INDEX ix_").append(table).append("_created_on ON ").append(table)
					.append(" (created_on);\n");
			}
		}
		Files.createDirectories(file.getParent());
		return Files.writeString(file, out);
	}

	static String source(int i, boolean changed) {
		String table = "item_" + i;
		String indexes = "@Index(name = \"ix_" + table + "_name\", columnList = \"name\")";
		if (changed && hasDateIndex(i)) {
			indexes += ", @Index(name = \"ix_" + table + "_created_on\", columnList = \"created_on\")";
		}
		StringBuilder out = new StringBuilder();
		out.append("package ").append(PACKAGE).append(";\n\n")
			.append("import jakarta.persistence.*;\n")
			.append("import java.math.BigDecimal;\n")
			.append("import java.time.LocalDate;\n\n")
			.append("@Entity\n")
			.append("@Table(name = \"").append(table).append("\", indexes = { ").append(indexes).append(" })\n")
			.append("public class ").append(className(i)).append(" {\n\n")
			.append("\t@Id\n\t@GeneratedValue(strategy = GenerationType.IDENTITY)\n\tprivate Long id;\n\n")
			.append("\t@Column(nullable = false, length = 80)\n\tprivate String name;\n\n")
			.append("\t@Column(precision = 10, scale = 2)\n\tprivate BigDecimal amount;\n\n")
			.append("\tprivate LocalDate createdOn;\n\n")
			.append("\tprivate boolean active;\n\n");
		if (i > 0) {
			out.append("\t@ManyToOne(fetch = FetchType.LAZY)\n")
				.append("\t@JoinColumn(name = \"parent_id\", foreignKey = @ForeignKey(name = \"fk_")
				.append(table)
				.append("_parent\"))\n\tprivate ")
				.append(className(i - 1))
				.append(" parent;\n\n");
		}
		if (changed && hasNote(i)) {
			out.append("\t@Column(length = 200)\n\tprivate String note;\n\n");
		}
		return out.append("}\n").toString();
	}

	private static String className(int i) {
		return "Item" + i;
	}

	private static boolean hasNote(int i) {
		return i % 10 == 0;
	}

	private static boolean hasDateIndex(int i) {
		return i % 50 == 5;
	}

}
