-- Create items
--
-- Revision: c0ffee000001
-- Revises:
-- Create Date: 2026-04-01 10:00:00

-- migrations:upgrade
CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(100) NOT NULL);
INSERT INTO items (id, name) VALUES (1, 'first');

-- migrations:downgrade
DROP TABLE items;
