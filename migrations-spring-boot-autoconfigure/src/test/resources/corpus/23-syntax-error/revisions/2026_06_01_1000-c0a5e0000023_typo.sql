-- A case revision
--
-- Revision: c0a5e0000023
-- Revises: ba5e00000000
-- Create Date: 2026-06-01 10:00:00

-- migrations:upgrade
CREATE TABLE audit (id INTEGER PRIMARY KEY);
CREAT TABLE audit_two (id INTEGER PRIMARY KEY);
