-- Add a due date to tasks
--
-- Revision: a41c7e29b5d8
-- Revises: 5ec6405addd0
-- Create Date: 2026-02-03 09:30:00

-- migrations:upgrade
ALTER TABLE tasks ADD COLUMN due_date DATE;

-- migrations:downgrade
ALTER TABLE tasks DROP COLUMN due_date;
