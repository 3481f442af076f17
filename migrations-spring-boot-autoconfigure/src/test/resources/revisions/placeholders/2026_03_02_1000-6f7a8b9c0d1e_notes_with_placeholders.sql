-- Notes table named per environment
--
-- Revision: 6f7a8b9c0d1e
-- Revises:
-- Create Date: 2026-03-02 10:00:00

-- migrations:upgrade
CREATE TABLE ${prefix}notes (id INTEGER PRIMARY KEY, body VARCHAR(100) NOT NULL);
INSERT INTO ${prefix}notes (id, body) VALUES (1, '${greeting}, ${prefix}notes');

-- migrations:downgrade
DROP TABLE ${prefix}notes;
