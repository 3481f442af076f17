package dev.migrations.autoconfigure.jpa.identity.generated;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * The gadget of the second version: the database generates its id.
 */
@Entity
public class Gadget {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	int id;

	String name;

}
