package dev.migrations.testsupport;

import java.sql.Connection;

import org.h2.api.Trigger;

/**
 * An H2 trigger that does nothing: H2 triggers are Java classes, and the round-trip tests need one on a table that
 * operations change, to see it survive them.
 */
public class H2NoOpTrigger implements Trigger {

	@Override
	public void fire(Connection connection, Object[] oldRow, Object[] newRow) {
		// The trigger only has to exist.
	}

}
