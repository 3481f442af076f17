package dev.migrations.autoconfigure.jpa;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migrations.autoconfigure.jpa.entities.Address;
import dev.migrations.autoconfigure.jpa.entities.Customer;
import dev.migrations.autoconfigure.jpa.entities.PurchaseOrder;
import dev.migrations.autoconfigure.jpa.entities.Tag;
import dev.migrations.core.Migrations;
import dev.migrations.core.api.AutogenerateResult;
import dev.migrations.core.api.NewRevision;
import dev.migrations.testsupport.PortableRevisions;
import dev.migrations.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * The sequence of a JPA entity's sequence-generated id on PostgreSQL and MariaDB, with the other entities' tables:
 * autogenerate creates them, so that {@code check} passes, the next run is empty and Hibernate's
 * {@code ddl-auto=validate} passes after the upgrade, and the downgrade drops them.
 */
class JpaSequenceAutogenerateTests {

	private static final Class<?>[] ENTITIES = { Customer.class, Address.class, PurchaseOrder.class, Tag.class };

	@TempDir
	Path directory;

	@Test
	void theSequenceOfASequenceIdIsCreatedCheckedAndDroppedOnDowngradeOnPostgresql() throws Exception {
		try (TestDatabase database = TestDatabase.postgres()) {
			generateUpgradeValidateAndDowngrade(database);
		}
	}

	@Test
	void theSequenceOfASequenceIdIsCreatedCheckedAndDroppedOnDowngradeOnMariadb() throws Exception {
		try (TestDatabase database = TestDatabase.mariadb()) {
			generateUpgradeValidateAndDowngrade(database);
		}
	}

	private void generateUpgradeValidateAndDowngrade(TestDatabase database) throws Exception {
		Migrations migrations = Migrations.builder(database.dataSource())
			.locations(List.of(PortableRevisions.location(this.directory)))
			.model(JpaSchemaModel.of(ENTITIES))
			.build();
		AutogenerateResult result = migrations.autogenerate().revision(request("first"), false);
		String name = HibernateDialects.fold(database.dialect(), "purchase_order_seq", false);
		String written = name.equals("purchase_order_seq") ? name : '"' + name + '"';
		assertThat(result.changes()).first().isEqualTo("create sequence " + written + " start 1 increment 10");
		assertThat(Files.readString(result.revision().file()))
			.contains("create sequence " + written + " start 1 increment 10\n");
		migrations.upgrade("head");
		assertThat(migrations.schema().sequences()).singleElement()
			.satisfies((sequence) -> assertThat(sequence.name()).isEqualToIgnoringCase("purchase_order_seq"))
			.satisfies((sequence) -> assertThat(sequence.increment()).isEqualTo(10));
		assertThat(migrations.check().problems()).isEmpty();
		assertThat(migrations.check().passed()).isTrue();
		assertThat(migrations.autogenerate().checkOffline(database.dialect()).differences())
			.as("check --offline, with no server to build the model for").isEmpty();
		assertThat(migrations.autogenerate().differences()).isEmpty();
		assertThat(migrations.autogenerate().revision(request("again"), false).written()).isFalse();
		assertThatNoException().isThrownBy(() -> HibernateExport.validate(database, ENTITIES));
		migrations.downgrade("base");
		assertThat(migrations.schema().sequences()).isEmpty();
		assertThat(migrations.schema().tables()).isEmpty();
	}

	private NewRevision request(String message) {
		return PortableRevisions.request(this.directory, message);
	}

}
