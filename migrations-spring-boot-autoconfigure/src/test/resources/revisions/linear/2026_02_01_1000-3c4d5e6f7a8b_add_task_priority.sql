-- Add task priority
--
-- Revision: 3c4d5e6f7a8b
-- Revises: 2b3c4d5e6f7a
-- Create Date: 2026-02-01 10:00:00

-- migrations:upgrade
ALTER TABLE tasks ADD COLUMN priority INTEGER NOT NULL DEFAULT 0;

-- migrations:downgrade
ALTER TABLE tasks DROP COLUMN priority;
