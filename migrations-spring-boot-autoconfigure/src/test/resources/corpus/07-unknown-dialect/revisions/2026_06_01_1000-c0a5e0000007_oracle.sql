-- A case revision
--
-- Revision: c0a5e0000007
-- Revises: ba5e00000000
-- Create Date: 2026-06-01 10:00:00

-- migrations:upgrade dialect=oracle
ALTER TABLE users ADD COLUMN nickname VARCHAR(50);
