package dev.migrations.actuate;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ListableBeanFactory;

import dev.migrations.core.Migrations;

/**
 * Finds the {@link Migrations} engines of a context, keyed as operators know them: by the name of the DataSource each
 * migrates ({@link Migrations#name()}), or by the engine's bean name when two engines share a DataSource name.
 */
final class MigrationsBeans {

	private MigrationsBeans() {
	}

	static SortedMap<String, Migrations> byDataSource(ListableBeanFactory beanFactory) {
		Map<String, Migrations> beans = beanFactory.getBeansOfType(Migrations.class);
		Map<String, Long> engines = beans.values().stream()
			.collect(Collectors.groupingBy(Migrations::name, Collectors.counting()));
		SortedMap<String, Migrations> byName = new TreeMap<>();
		beans.forEach((beanName, migrations) -> byName
			.put((engines.get(migrations.name()) == 1) ? migrations.name() : beanName, migrations));
		return byName;
	}

}
