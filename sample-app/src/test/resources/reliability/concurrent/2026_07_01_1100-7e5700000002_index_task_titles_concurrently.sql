-- Index task titles without blocking writers
--
-- Revision: 7e5700000002
-- Revises: 7e5700000001
-- Create Date: 2026-07-01 11:00:00
-- Transactional: false

-- migrations:upgrade dialect=postgresql
-- The pause keeps the waiting instances polling while this one builds the index.
SELECT pg_sleep(1);
CREATE INDEX CONCURRENTLY ix_tasks_title ON tasks (title);

-- migrations:upgrade dialect=sqlite
CREATE INDEX ix_tasks_title ON tasks (title);

-- migrations:downgrade dialect=postgresql
DROP INDEX CONCURRENTLY ix_tasks_title;

-- migrations:downgrade dialect=sqlite
DROP INDEX ix_tasks_title;
