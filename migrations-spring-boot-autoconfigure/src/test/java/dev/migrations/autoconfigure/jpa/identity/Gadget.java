package dev.migrations.autoconfigure.jpa.identity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * A gadget whose id the application assigns: the first version of {@link generated.Gadget}.
 */
@Entity
public class Gadget {

	@Id
	int id;

	String name;

}
