package dev.migrations.autoconfigure.jpa.entities;

import java.time.LocalDate;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.annotations.Check;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/**
 * An order: a sequence key, a foreign key that cascades, a join table, a table check, a default and a descending
 * index; the default table name from the class name.
 */
@Entity
@Table(indexes = @Index(name = "ix_purchase_order_placed", columnList = "placedOn desc, quantity"))
@Check(name = "ck_purchase_order_quantity", constraints = "quantity > 0")
public class PurchaseOrder {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "orders")
	@SequenceGenerator(name = "orders", sequenceName = "purchase_order_seq", allocationSize = 10)
	long id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "customer_id")
	@OnDelete(action = OnDeleteAction.CASCADE)
	Customer customer;

	@ColumnDefault("1")
	int quantity;

	LocalDate placedOn;

	double weightKg;

	@ManyToMany
	Set<Tag> tags;

}
