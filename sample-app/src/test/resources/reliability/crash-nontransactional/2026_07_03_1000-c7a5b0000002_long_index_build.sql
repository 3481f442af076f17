-- A long index build, outside a transaction
--
-- Revision: c7a5b0000002
-- Revises: a41c7e29b5d8
-- Create Date: 2026-07-03 10:00:00
-- Transactional: false

-- The test sets crash_control.amount: long enough to kill the process in the middle, then short.

-- migrations:upgrade dialect=postgresql
CREATE TABLE crash_data (id BIGINT PRIMARY KEY);
SELECT pg_sleep((SELECT amount FROM crash_control));
CREATE INDEX CONCURRENTLY ix_crash_data ON crash_data (id);

-- migrations:upgrade dialect=sqlite
CREATE TABLE crash_data (id INTEGER PRIMARY KEY);
WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < (SELECT amount FROM crash_control))
INSERT INTO crash_data (id) SELECT max(x) FROM n;
CREATE INDEX ix_crash_data ON crash_data (id);

-- migrations:downgrade
DROP TABLE crash_data;
