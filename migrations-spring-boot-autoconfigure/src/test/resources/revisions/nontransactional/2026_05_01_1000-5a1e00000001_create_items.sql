-- Create items
--
-- Revision: 5a1e00000001
-- Revises:
-- Create Date: 2026-05-01 10:00:00

-- migrations:upgrade
CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(100) NOT NULL);

-- migrations:downgrade
DROP TABLE items;
