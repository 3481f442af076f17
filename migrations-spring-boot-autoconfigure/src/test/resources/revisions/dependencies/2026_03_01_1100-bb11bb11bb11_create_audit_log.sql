-- Create audit log
--
-- Revision: bb11bb11bb11
-- Revises:
-- Create Date: 2026-03-01 10:00:00
-- Branch Labels: audit

-- migrations:upgrade
CREATE TABLE audit_log (id VARCHAR(36) PRIMARY KEY, what VARCHAR(200) NOT NULL);

-- migrations:downgrade
DROP TABLE audit_log;
