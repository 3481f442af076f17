package dev.migrations.autoconfigure;

import javax.sql.DataSource;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.SchemaManagementProvider;

import dev.migrations.core.Migrations;

/**
 * Tells Spring Boot that the starter manages the schema of the DataSources its engines migrate, so that Hibernate's
 * {@code ddl-auto} defaults to {@code none} instead of {@code create-drop} on such an embedded database.
 */
class MigrationsSchemaManagementProvider implements SchemaManagementProvider {

	private final ListableBeanFactory beanFactory;

	MigrationsSchemaManagementProvider(ListableBeanFactory beanFactory) {
		this.beanFactory = beanFactory;
	}

	@Override
	public SchemaManagement getSchemaManagement(DataSource dataSource) {
		boolean managed = this.beanFactory.getBeansOfType(Migrations.class)
			.values()
			.stream()
			.anyMatch((migrations) -> migrations.dataSource() == dataSource);
		return managed ? SchemaManagement.MANAGED : SchemaManagement.UNMANAGED;
	}

}
