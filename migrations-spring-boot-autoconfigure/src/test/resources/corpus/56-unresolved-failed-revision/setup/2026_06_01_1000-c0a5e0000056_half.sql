-- A case revision
--
-- Revision: c0a5e0000056
-- Revises: ba5e00000000
-- Create Date: 2026-06-01 10:00:00
-- Transactional: false

-- migrations:upgrade
ALTER TABLE users ADD COLUMN nickname VARCHAR(50);
INSERT INTO no_such_table (id) VALUES (1);
