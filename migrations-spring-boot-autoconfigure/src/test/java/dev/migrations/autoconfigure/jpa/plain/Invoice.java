package dev.migrations.autoconfigure.jpa.plain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

/**
 * An invoice: a sequence key and a plain column, types every database's JPA model has as Hibernate's export does.
 */
@Entity
public class Invoice {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invoices")
	@SequenceGenerator(name = "invoices", sequenceName = "invoice_seq", allocationSize = 10)
	long id;

	int amount;

}
