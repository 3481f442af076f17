-- A case revision
--
-- Revision: c0a5e0000024
-- Revises: ba5e00000000
-- Create Date: 2026-06-01 10:00:00

-- migrations:upgrade
ALTER TABLE users ADD COLUMN nickname VARCHAR(50);
CREATE INDEX ix_users_nickname ON users (nickname);
INSERT INTO users (id, email) VALUES (1, 'again@example.com');
