package dev.migrations.autoconfigure.jpa.entities;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/**
 * A tag: a UUID key, a table name in capitals, a quoted column name and a large text.
 */
@Entity
@Table(name = "Tags")
public class Tag {

	@Id
	UUID id;

	@Column(nullable = false, length = 40)
	String label;

	@Column(name = "`Rank`")
	short rank;

	@Lob
	String notes;

}
