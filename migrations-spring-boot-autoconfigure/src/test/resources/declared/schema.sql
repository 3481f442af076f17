-- The wanted tables of a JDBC application, in the portable operations' syntax.
CREATE TABLE owners (
	id BIGINT AUTOINCREMENT PRIMARY KEY,
	first_name VARCHAR(30) NOT NULL,
	last_name VARCHAR(30) NOT NULL,
	email VARCHAR(120) NOT NULL UNIQUE,
	city VARCHAR(80) DEFAULT 'Madison',
	created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX ix_owners_last_name ON owners (last_name);

CREATE TABLE pets (
	id INTEGER AUTOINCREMENT PRIMARY KEY,
	name VARCHAR(30) NOT NULL,
	birth_date DATE,
	weight DECIMAL(6,2),
	owner_id BIGINT NOT NULL REFERENCES owners (id) ON DELETE CASCADE,
	CONSTRAINT ck_pets_name CHECK (length(name) > 0),
	CONSTRAINT uq_pets_owner_name UNIQUE (owner_id, name)
);
CREATE UNIQUE INDEX ix_pets_owner_birth ON pets (owner_id, birth_date);
