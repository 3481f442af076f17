package dev.migrations.autoconfigure;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotationMetadata;

import dev.migrations.core.Migrations;
import dev.migrations.core.api.MigrationListener;
import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;

/**
 * Registers an engine ({@code <name>Migrations}) and an initializer ({@code <name>MigrationsInitializer}) for each
 * {@code migrations.instances.<name>}, unless a bean of that name exists. They are not default candidates, so they
 * never stand in for the application's engine where a {@link Migrations} is injected by type; inject them by name.
 */
class MigrationsInstancesRegistrar implements ImportBeanDefinitionRegistrar, EnvironmentAware, BeanFactoryAware {

	private static final String PREFIX = "migrations.instances";

	private @Nullable Environment environment;

	private @Nullable ListableBeanFactory beanFactory;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void setBeanFactory(BeanFactory beanFactory) {
		this.beanFactory = (ListableBeanFactory) beanFactory;
	}

	@Override
	public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
		if (this.environment == null) {
			return;
		}
		Map<String, MigrationsProperties.Instance> instances = Binder.get(this.environment)
			.bind(PREFIX, Bindable.mapOf(String.class, MigrationsProperties.Instance.class))
			.orElse(Map.of());
		for (String name : new TreeSet<>(instances.keySet())) {
			String engine = name + "Migrations";
			if (!registry.containsBeanDefinition(engine)) {
				RootBeanDefinition definition = new RootBeanDefinition(Migrations.class, () -> migrations(name));
				definition.setDefaultCandidate(false);
				registry.registerBeanDefinition(engine, definition);
			}
			String initializer = engine + "Initializer";
			if (!registry.containsBeanDefinition(initializer)) {
				RootBeanDefinition definition = new RootBeanDefinition(MigrationsInitializer.class,
						() -> initializer(name, engine));
				definition.setDefaultCandidate(false);
				registry.registerBeanDefinition(initializer, definition);
			}
		}
	}

	private Migrations migrations(String name) {
		ListableBeanFactory beanFactory = beanFactory();
		MigrationsProperties.Instance instance = instance(name);
		String prefix = PREFIX + "." + name;
		DataSource dataSource = MigrationsFactory.dataSource(null, new PropertiesMigrationsConnectionDetails(instance),
				() -> namedDataSource(beanFactory, prefix, instance.getDataSource()), prefix);
		List<MigrationListener> listeners = beanFactory.getBeanProvider(MigrationListener.class)
			.orderedStream()
			.toList();
		String database = MigrationsFactory.name(beanFactory, dataSource, null, name);
		return MigrationsFactory.create(dataSource, instance, database, MigrationListener.compose(listeners),
				beanFactory.getBeanProvider(MigrationsCustomizer.class).orderedStream(),
				(beanFactory instanceof org.springframework.beans.factory.config.ConfigurableBeanFactory configurable)
						? configurable.getBeanClassLoader() : null,
				null);
	}

	private MigrationsInitializer initializer(String name, String engine) {
		ListableBeanFactory beanFactory = beanFactory();
		MigrationsProperties.Instance instance = instance(name);
		MigrationStrategy strategy = beanFactory.getBeanProvider(MigrationStrategy.class)
			.getIfAvailable(() -> StartupMigrationStrategy.of(instance));
		return new MigrationsInitializer(beanFactory.getBean(engine, Migrations.class), strategy, PREFIX + "." + name);
	}

	private MigrationsProperties.Instance instance(String name) {
		return beanFactory().getBean(MigrationsProperties.class).getInstances().get(name);
	}

	private static @Nullable DataSource namedDataSource(ListableBeanFactory beanFactory, String prefix,
			@Nullable String name) {
		if (name == null || name.isBlank()) {
			throw new MigrationsException(ErrorCode.INVALID_CONFIGURATION, prefix + " names no database: set "
					+ prefix + ".data-source to a DataSource bean name, or " + prefix + ".url");
		}
		String[] names = beanFactory.getBeanNamesForType(DataSource.class);
		if (!Arrays.asList(names).contains(name)) {
			throw new MigrationsException(ErrorCode.INVALID_CONFIGURATION, prefix + ".data-source is '" + name
					+ "', but there is no DataSource bean of that name; DataSource beans: " + String.join(", ", names));
		}
		return beanFactory.getBean(name, DataSource.class);
	}

	private ListableBeanFactory beanFactory() {
		if (this.beanFactory == null) {
			throw new IllegalStateException("No bean factory");
		}
		return this.beanFactory;
	}

}
