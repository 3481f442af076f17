-- A case revision
--
-- Revision: c0a5e0000064
-- Revises: ba5e00000000
-- Create Date: 2026-06-01 10:00:00

-- migrations:operations
alter column nobody.name set not null
