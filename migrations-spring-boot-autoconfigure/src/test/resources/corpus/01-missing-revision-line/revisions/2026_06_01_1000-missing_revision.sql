-- Add a nickname
--
-- Revises: ba5e00000000

-- migrations:upgrade
ALTER TABLE users ADD COLUMN nickname VARCHAR(50);

-- migrations:downgrade
ALTER TABLE users DROP COLUMN nickname;
