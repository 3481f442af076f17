create table owners (
	id integer primary key
);
create index ix_pets_name on pets (name);
