package dev.migrations.autoconfigure.jpa;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migrations.autoconfigure.jpa.enums.Ticket;
import dev.migrations.core.Migrations;
import dev.migrations.core.api.AutogenerateResult;
import dev.migrations.core.api.NewRevision;
import dev.migrations.core.schema.SchemaModel;
import dev.migrations.testsupport.PortableRevisions;
import dev.migrations.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * The PostgreSQL enum type of a JPA entity's {@code NAMED_ENUM} column: autogenerate creates the type and the
 * column of that type, so that Hibernate's {@code ddl-auto=validate} passes after the upgrade, and a constant
 * appended to the Java enum becomes {@code alter type ... add value}.
 */
class JpaEnumAutogenerateTests {

	@TempDir
	Path directory;

	@Test
	void theEnumTypeIsCreatedValidatedAndAValueAddedOnPostgresql() throws Exception {
		try (TestDatabase database = TestDatabase.postgres()) {
			Migrations migrations = migrations(database, JpaSchemaModel.of(Ticket.class));
			AutogenerateResult created = migrations.autogenerate().revision(request("tickets"), false);
			assertThat(created.changes()).first().isEqualTo("create type priority as enum ('HIGH', 'LOW', 'NORMAL')");
			assertThat(Files.readString(created.revision().file())).contains("priority priority");
			migrations.upgrade("head");
			assertThat(migrations.schema().enumType("priority")).hasValueSatisfying(
					(type) -> assertThat(type.labels()).containsExactly("HIGH", "LOW", "NORMAL"));
			assertThat(migrations.autogenerate().differences()).isEmpty();
			assertThat(migrations.autogenerate().revision(request("again"), false).written()).isFalse();
			assertThatNoException().isThrownBy(() -> HibernateExport.validate(database, Ticket.class));
			Migrations appended = migrations(database,
					JpaSchemaModel.of(dev.migrations.autoconfigure.jpa.enums.appended.Ticket.class));
			AutogenerateResult added = appended.autogenerate().revision(request("urgent"), false);
			assertThat(added.changes()).containsExactly("alter type priority add value 'URGENT'");
			appended.upgrade("head");
			assertThat(appended.autogenerate().differences()).isEmpty();
			assertThatNoException().isThrownBy(() -> HibernateExport.validate(database,
					dev.migrations.autoconfigure.jpa.enums.appended.Ticket.class));
		}
	}

	private Migrations migrations(TestDatabase database, SchemaModel model) {
		return PortableRevisions.autogenerating(database, this.directory, model);
	}

	private NewRevision request(String message) {
		return PortableRevisions.request(this.directory, message);
	}

}
