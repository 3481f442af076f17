package dev.migrations.autoconfigure;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.beans.factory.InitializingBean;

import dev.migrations.core.Migrations;
import dev.migrations.core.error.ErrorCode;
import dev.migrations.core.error.MigrationsException;
import dev.migrations.core.revision.Revision;

/**
 * Brings the database to the configured state when the context starts, before any bean that uses the database:
 * Spring Boot's database initialization ordering makes those beans depend on this one.
 */
public class MigrationsInitializer implements InitializingBean {

	private final Migrations migrations;

	private final MigrationsProperties.Startup startup;

	private final String target;

	public MigrationsInitializer(Migrations migrations, MigrationsProperties.Startup startup, String target) {
		this.migrations = migrations;
		this.startup = startup;
		this.target = target;
	}

	@Override
	public void afterPropertiesSet() {
		switch (this.startup) {
			case UPGRADE -> this.migrations.upgrade(this.target);
			case VALIDATE -> validate();
			case NONE -> {
			}
		}
	}

	private void validate() {
		this.migrations.validate();
		List<Revision> pending = this.migrations.pending();
		if (!pending.isEmpty()) {
			String list = pending.stream().map((revision) -> revision.id() + " (" + revision.message() + ")")
				.collect(Collectors.joining(", "));
			throw new MigrationsException(ErrorCode.PENDING_REVISIONS, "The database is not at the heads: "
					+ pending.size() + " revision(s) pending: " + list
					+ ". Apply them with 'migrations upgrade heads', or start with migrations.startup=upgrade");
		}
	}

}
