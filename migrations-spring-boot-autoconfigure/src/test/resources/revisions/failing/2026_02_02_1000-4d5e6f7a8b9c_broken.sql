-- A revision whose third statement fails
--
-- Revision: 4d5e6f7a8b9c
-- Revises: 3c4d5e6f7a8b
-- Create Date: 2026-02-02 10:00:00

-- migrations:upgrade
CREATE TABLE audit (id INTEGER PRIMARY KEY, note VARCHAR(100));
INSERT INTO audit (id, note) VALUES (1, 'first');

INSERT INTO no_such_table (id) VALUES (1);

-- migrations:downgrade
DROP TABLE audit;
