-- Index users outside a transaction
--
-- Revision: 7a8b9c0d1e2f
-- Revises: 1a2b3c4d5e6f
-- Create Date: 2026-01-27 19:00:00
-- Transactional: false

-- migrations:upgrade
CREATE INDEX ix_users_email ON users (email);

-- migrations:downgrade
DROP INDEX ix_users_email;
