-- The application's base schema, applied before every case
--
-- Revision: ba5e00000000
-- Revises:
-- Create Date: 2026-01-01 00:00:00

-- migrations:upgrade
CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(255) NOT NULL);
CREATE UNIQUE INDEX ix_users_email ON users (email);
INSERT INTO users (id, email) VALUES (1, 'ada@example.com');

-- migrations:downgrade
DROP TABLE users;
