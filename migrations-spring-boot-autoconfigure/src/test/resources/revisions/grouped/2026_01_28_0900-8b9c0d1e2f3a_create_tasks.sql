-- Create tasks
--
-- Revision: 8b9c0d1e2f3a
-- Revises: 7a8b9c0d1e2f
-- Create Date: 2026-01-28 09:00:00

-- migrations:upgrade
CREATE TABLE tasks (id INTEGER PRIMARY KEY, user_id VARCHAR(36) NOT NULL REFERENCES users (id));

-- migrations:downgrade
DROP TABLE tasks;
