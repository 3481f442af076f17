-- A case revision
--
-- Revision: c0a5e0000062
-- Revises: ba5e00000000
-- Create Date: 2026-06-01 10:00:00

-- migrations:operations
add column users.age integer
execute $$UPDATE users SET age = 1$$
