-- Create accounts
--
-- Revision: a1b2c3d4e5f6
-- Revises:
-- Create Date: 2026-03-01 10:00:00

-- migrations:upgrade
CREATE TABLE accounts (id VARCHAR(36) PRIMARY KEY, name VARCHAR(100) NOT NULL);

-- migrations:downgrade
DROP TABLE accounts;
