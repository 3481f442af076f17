-- Index items without blocking writers
--
-- Revision: c0ffee000002
-- Revises: c0ffee000001
-- Create Date: 2026-04-01 11:00:00
-- Transactional: false

-- migrations:upgrade dialect=postgresql
-- The pause keeps the other instances polling for the lock while the index is built.
SELECT pg_sleep(1);
CREATE INDEX CONCURRENTLY ix_items_name ON items (name);

-- migrations:upgrade dialect=sqlite
CREATE INDEX ix_items_name ON items (name);

-- migrations:upgrade dialect=h2
CREATE INDEX ix_items_name ON items (name);

-- migrations:upgrade dialect=mariadb
CREATE INDEX ix_items_name ON items (name);

-- migrations:upgrade dialect=mysql
CREATE INDEX ix_items_name ON items (name);

-- migrations:downgrade dialect=postgresql
DROP INDEX ix_items_name;

-- migrations:downgrade dialect=sqlite
DROP INDEX ix_items_name;

-- migrations:downgrade dialect=h2
DROP INDEX ix_items_name;

-- migrations:downgrade dialect=mariadb
DROP INDEX ix_items_name ON items;

-- migrations:downgrade dialect=mysql
DROP INDEX ix_items_name ON items;
