-- A case revision
--
-- Revision: c0a5e0000027
-- Revises: ba5e00000000
-- Create Date: 2026-06-01 10:00:00

-- migrations:upgrade dialect=postgresql
CREATE INDEX CONCURRENTLY ix_users_id ON users (id);

-- migrations:upgrade dialect=sqlite
VACUUM;
