-- Split items in two steps, outside a transaction
--
-- Revision: 5a1e00000002
-- Revises: 5a1e00000001
-- Create Date: 2026-05-02 10:00:00
-- Transactional: false

-- migrations:upgrade
CREATE TABLE part_one (id INTEGER PRIMARY KEY);
INSERT INTO no_such_table (id) VALUES (1);
CREATE TABLE part_two (id INTEGER PRIMARY KEY);

-- migrations:downgrade
DROP TABLE part_two;
DROP TABLE part_one;
