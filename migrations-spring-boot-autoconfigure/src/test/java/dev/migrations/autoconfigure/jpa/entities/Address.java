package dev.migrations.autoconfigure.jpa.entities;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * An address, embedded in its owner's table.
 */
@Embeddable
public class Address {

	@Column(length = 120)
	String streetLine;

	@Column(length = 12)
	String postalCode;

}
