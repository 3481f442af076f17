-- Add a nickname
--
-- Revision: c0a5e0000002

-- migrations:upgrade
ALTER TABLE users ADD COLUMN nickname VARCHAR(50);

-- migrations:downgrade
ALTER TABLE users DROP COLUMN nickname;
