-- Create orders
--
-- Revision: b2c3d4e5f6a7
-- Revises: a1b2c3d4e5f6
-- Create Date: 2026-03-01 10:00:00

-- migrations:upgrade
CREATE TABLE orders (id VARCHAR(36) PRIMARY KEY, account_id VARCHAR(36) NOT NULL REFERENCES accounts (id));

-- migrations:downgrade
DROP TABLE orders;
