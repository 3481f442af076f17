package dev.migrations.sample;

import org.hibernate.boot.model.TypeContributions;
import org.hibernate.boot.model.TypeContributor;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.jdbc.spi.JdbcServices;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.jdbc.VarcharUUIDJdbcType;
import org.hibernate.type.descriptor.sql.internal.DdlTypeImpl;
import org.hibernate.type.spi.TypeConfiguration;

/**
 * Stores UUIDs as text on SQLite, where the revisions declare {@code VARCHAR(36)} and Hibernate's SQLite dialect
 * would use a blob; PostgreSQL keeps its native {@code uuid}. Registered in {@code META-INF/services}, so that
 * Hibernate applies it wherever it reads the entities: the application, its test slices, and the migrations' JPA
 * model of each dialect.
 */
public class SqliteUuids implements TypeContributor {

	@Override
	public void contribute(TypeContributions contributions, ServiceRegistry serviceRegistry) {
		Dialect dialect = serviceRegistry.requireService(JdbcServices.class).getDialect();
		if (dialect.getClass().getName().contains("SQLite")) {
			TypeConfiguration types = contributions.getTypeConfiguration();
			types.getJdbcTypeRegistry().addDescriptor(SqlTypes.UUID, VarcharUUIDJdbcType.INSTANCE);
			types.getDdlTypeRegistry().addDescriptor(new DdlTypeImpl(SqlTypes.UUID, "varchar(36)", dialect));
		}
	}

}
