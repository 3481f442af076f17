package dev.migrations.autoconfigure.jpa;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.boot.model.relational.SqlStringGenerationContext;
import org.hibernate.boot.model.relational.internal.SqlStringGenerationContextImpl;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.boot.spi.MetadataImplementor;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.jdbc.env.spi.JdbcEnvironment;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Table;
import org.springframework.boot.hibernate.SpringImplicitNamingStrategy;

/**
 * Hibernate's mapping metadata of a set of entity classes, built for one dialect without a connection: the boot
 * model ({@code Table}s and {@code Column}s) that Hibernate's own schema export and {@code ddl-auto=validate} use.
 * Close it to release Hibernate's services.
 */
final class HibernateMetadata implements AutoCloseable {

	// Settings that would connect, create or drop: the model only reads the mapping.
	private static final List<String> LEFT_OUT = List.of(AvailableSettings.HBM2DDL_AUTO,
			AvailableSettings.JAKARTA_HBM2DDL_DATABASE_ACTION, "jakarta.persistence.schema-generation.scripts.action",
			"hibernate.connection.datasource", "jakarta.persistence.nonJtaDataSource",
			"jakarta.persistence.jtaDataSource", "hibernate.connection.url", "jakarta.persistence.jdbc.url");

	private final StandardServiceRegistry registry;

	private final MetadataImplementor metadata;

	private final Dialect dialect;

	private final Set<Column> inlineUniqueColumns = new HashSet<>();

	private HibernateMetadata(StandardServiceRegistry registry, MetadataImplementor metadata) {
		this.registry = registry;
		this.metadata = metadata;
		this.dialect = metadata.getDatabase().getDialect();
	}

	/**
	 * Builds the metadata of entity classes for a dialect.
	 * @param entityClassNames the entity, embeddable, mapped superclass and converter classes
	 * @param settings Hibernate settings (Spring Boot's, with its naming strategies), or none for Spring Boot's
	 * defaults
	 * @param dialect the engine's dialect name
	 * @param classLoader the application's class loader
	 * @return the metadata, to close after use
	 */
	static HibernateMetadata build(Collection<String> entityClassNames, Map<String, Object> settings, String dialect,
			ClassLoader classLoader) {
		Map<String, Object> applied = new HashMap<>(settings);
		LEFT_OUT.forEach(applied::remove);
		applied.putIfAbsent(AvailableSettings.PHYSICAL_NAMING_STRATEGY,
				CamelCaseToUnderscoresNamingStrategy.class.getName());
		applied.putIfAbsent(AvailableSettings.IMPLICIT_NAMING_STRATEGY, SpringImplicitNamingStrategy.class.getName());
		applied.put(AvailableSettings.DIALECT, HibernateDialects.className(dialect));
		applied.put(AvailableSettings.ALLOW_METADATA_ON_BOOT, false);
		BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder().applyClassLoader(classLoader)
			.build();
		StandardServiceRegistry registry = new StandardServiceRegistryBuilder(bootstrap).applySettings(applied)
			.build();
		try {
			MetadataSources sources = new MetadataSources(registry);
			entityClassNames.forEach(sources::addAnnotatedClassName);
			MetadataImplementor metadata = (MetadataImplementor) sources.getMetadataBuilder().build();
			// As Hibernate's schema export does: its column order (ColumnOrderingStrategy) of the tables it creates.
			metadata.orderColumns(true);
			HibernateMetadata built = new HibernateMetadata(registry, metadata);
			built.completeAsExport(applied);
			return built;
		}
		catch (RuntimeException ex) {
			StandardServiceRegistryBuilder.destroy(registry);
			throw ex;
		}
	}

	// Hibernate's table exporter adds the unique keys of '@Column(unique = true)' as it writes the DDL; running it
	// (and dropping its text) gives the model the very keys of Hibernate's schema export. Those the dialect writes
	// as a column's 'unique' are unnamed in the database.
	private void completeAsExport(Map<String, Object> settings) {
		JdbcEnvironment environment = this.registry.requireService(JdbcEnvironment.class);
		SqlStringGenerationContext context = SqlStringGenerationContextImpl.fromConfigurationMap(environment,
				this.metadata.getDatabase(), settings);
		for (Table table : tables()) {
			for (Column column : table.getColumns()) {
				if (column.isUnique() && !table.isPrimaryKey(column) && !this.dialect.getUniqueDelegate()
					.getColumnDefinitionUniquenessFragment(column, context)
					.isBlank()) {
					this.inlineUniqueColumns.add(column);
				}
			}
			this.dialect.getTableExporter().getSqlCreateStrings(table, this.metadata, context);
		}
	}

	/**
	 * Whether Hibernate writes a column's uniqueness in its definition, as an unnamed constraint.
	 * @param column the column
	 * @return {@code true} for a {@code unique} column the database names itself
	 */
	boolean uniqueInline(Column column) {
		return this.inlineUniqueColumns.contains(column);
	}

	/**
	 * Returns the tables Hibernate's schema export creates: physical tables, not views or subselects.
	 * @return the tables
	 */
	Collection<Table> tables() {
		return this.metadata.collectTableMappings().stream().filter(Table::isPhysicalTable).toList();
	}

	MetadataImplementor metadata() {
		return this.metadata;
	}

	Dialect dialect() {
		return this.dialect;
	}

	@Override
	public void close() {
		StandardServiceRegistryBuilder.destroy(this.registry);
	}

}
