-- Create tasks
--
-- Revision: 2b3c4d5e6f7a
-- Revises: 1a2b3c4d5e6f
-- Create Date: 2026-01-28 09:00:00

-- migrations:upgrade dialect=postgresql
CREATE TABLE tasks (id SERIAL PRIMARY KEY, user_id VARCHAR(36) NOT NULL REFERENCES users (id), title VARCHAR(500) NOT NULL);

-- migrations:upgrade dialect=sqlite
CREATE TABLE tasks (id INTEGER PRIMARY KEY AUTOINCREMENT, user_id VARCHAR(36) NOT NULL REFERENCES users (id), title VARCHAR(500) NOT NULL);

-- migrations:upgrade
CREATE INDEX ix_tasks_user_id ON tasks (user_id);

-- migrations:downgrade
DROP INDEX ix_tasks_user_id;
DROP TABLE tasks;
