-- A revision that fails
--
-- Revision: 9c0d1e2f3a4b
-- Revises: 8b9c0d1e2f3a
-- Create Date: 2026-02-02 10:00:00

-- migrations:upgrade
CREATE TABLE audit (id INTEGER PRIMARY KEY);
INSERT INTO no_such_table (id) VALUES (1);

-- migrations:downgrade
DROP TABLE audit;
