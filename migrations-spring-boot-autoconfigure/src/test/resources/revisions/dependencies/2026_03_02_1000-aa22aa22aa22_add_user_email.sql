-- Add user email
--
-- Revision: aa22aa22aa22
-- Revises: aa11aa11aa11
-- Create Date: 2026-03-01 10:00:00

-- migrations:upgrade
ALTER TABLE users ADD COLUMN email VARCHAR(255);

-- migrations:downgrade
ALTER TABLE users DROP COLUMN email;
