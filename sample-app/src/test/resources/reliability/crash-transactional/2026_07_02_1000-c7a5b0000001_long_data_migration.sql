-- A long data migration, run in one transaction
--
-- Revision: c7a5b0000001
-- Revises: a41c7e29b5d8
-- Create Date: 2026-07-02 10:00:00

-- The test sets crash_control.amount: long enough to kill the process in the middle, then short.

-- migrations:upgrade dialect=postgresql
CREATE TABLE crash_data (id BIGINT PRIMARY KEY);
INSERT INTO crash_data (id) VALUES (1);
SELECT pg_sleep((SELECT amount FROM crash_control));

-- migrations:upgrade dialect=sqlite
CREATE TABLE crash_data (id INTEGER PRIMARY KEY);
INSERT INTO crash_data (id) VALUES (1);
WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < (SELECT amount FROM crash_control))
INSERT INTO crash_data (id) SELECT max(x) + 1 FROM n;

-- migrations:downgrade
DROP TABLE crash_data;
