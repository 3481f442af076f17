-- A case revision
--
-- Revision: c0a5e0000061
-- Revises: ba5e00000000
-- Create Date: 2026-06-01 10:00:00

-- migrations:upgrade
ALTER TABLE users ADD COLUMN age INTEGER;

-- migrations:operations
add column users.size integer
