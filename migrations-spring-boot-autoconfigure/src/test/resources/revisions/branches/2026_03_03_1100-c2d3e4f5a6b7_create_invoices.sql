-- Create invoices
--
-- Revision: c2d3e4f5a6b7
-- Revises: b2c3d4e5f6a7
-- Create Date: 2026-03-01 10:00:00
-- Branch Labels: billing

-- migrations:upgrade
CREATE TABLE invoices (id VARCHAR(36) PRIMARY KEY, order_id VARCHAR(36) NOT NULL REFERENCES orders (id));

-- migrations:downgrade
DROP TABLE invoices;
