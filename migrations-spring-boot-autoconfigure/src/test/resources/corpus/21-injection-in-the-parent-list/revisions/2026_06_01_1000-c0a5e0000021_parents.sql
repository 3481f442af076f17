-- A case revision
--
-- Revision: c0a5e0000021
-- Revises: ba5e00000000; DROP TABLE users
-- Create Date: 2026-06-01 10:00:00

-- migrations:upgrade
ALTER TABLE users ADD COLUMN nickname VARCHAR(50);

-- migrations:downgrade
ALTER TABLE users DROP COLUMN nickname;
