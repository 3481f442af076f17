package dev.migrations.autoconfigure.jpa;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.migrations.autoconfigure.jpa.identity.Gadget;
import dev.migrations.core.Migrations;
import dev.migrations.core.api.AutogenerateResult;
import dev.migrations.core.api.NewRevision;
import dev.migrations.core.schema.SchemaModel;
import dev.migrations.testsupport.PortableRevisions;
import dev.migrations.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * A JPA id that moves to {@code GenerationType.IDENTITY}: autogenerate makes the column an identity that counts on
 * from the largest id, Hibernate's {@code ddl-auto=validate} passes, and the downgrade makes it assigned again. The
 * id is an {@code int}: SQLite's generated key is {@code INTEGER}, which Hibernate's validation does not take for a
 * {@code long} (its own export of one fails it too).
 */
class JpaIdentityAutogenerateTests {

	@TempDir
	Path directory;

	@ParameterizedTest
	@MethodSource("dev.migrations.testsupport.TestDatabase#every")
	void anIdThatBecomesGeneratedIsAnIdentityChangeThatValidatesAndDowngrades(TestDatabase database)
			throws Exception {
		Migrations assigned = migrations(database, JpaSchemaModel.of(Gadget.class));
		assigned.autogenerate().revision(request("gadgets"), false);
		assigned.upgrade("head");
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			statement.executeUpdate("INSERT INTO gadget (id, name) VALUES (1, 'lamp'), (7, 'fan')");
		}
		Migrations generated = migrations(database,
				JpaSchemaModel.of(dev.migrations.autoconfigure.jpa.identity.generated.Gadget.class));
		AutogenerateResult result = generated.autogenerate().revision(request("generated ids"), false);
		assertThat(result.manual()).isEmpty();
		assertThat(result.changes()).singleElement().asString().startsWith("alter column gadget.id ")
			.endsWith(" set identity");
		generated.upgrade("head");
		assertThat(generated.autogenerate().differences()).isEmpty();
		assertThat(generated.autogenerate().revision(request("again"), false).written()).isFalse();
		assertThatNoException().isThrownBy(() -> HibernateExport.validate(database,
				dev.migrations.autoconfigure.jpa.identity.generated.Gadget.class));
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			statement.executeUpdate("INSERT INTO gadget (name) VALUES ('radio')");
			try (ResultSet radio = statement.executeQuery("SELECT id FROM gadget WHERE name = 'radio'")) {
				assertThat(radio.next()).isTrue();
				assertThat(radio.getLong(1)).isEqualTo(8);
			}
		}
		generated.downgrade("-1");
		assertThat(assigned.autogenerate().differences()).isEmpty();
		assertThatNoException().isThrownBy(() -> HibernateExport.validate(database, Gadget.class));
		try (Connection connection = database.connect(); Statement statement = connection.createStatement();
				ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM gadget")) {
			assertThat(count.next()).isTrue();
			assertThat(count.getInt(1)).isEqualTo(3);
		}
	}

	private Migrations migrations(TestDatabase database, SchemaModel model) {
		return PortableRevisions.autogenerating(database, this.directory, model);
	}

	private NewRevision request(String message) {
		return PortableRevisions.request(this.directory, message);
	}

}
