-- Create carts
--
-- Revision: c1d2e3f4a5b6
-- Revises: b2c3d4e5f6a7
-- Create Date: 2026-03-01 10:00:00
-- Branch Labels: cart

-- migrations:upgrade
CREATE TABLE carts (id VARCHAR(36) PRIMARY KEY, account_id VARCHAR(36) NOT NULL REFERENCES accounts (id));

-- migrations:downgrade
DROP TABLE carts;
