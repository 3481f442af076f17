-- Create cart items
--
-- Revision: d1e2f3a4b5c6
-- Revises: c1d2e3f4a5b6
-- Create Date: 2026-03-01 10:00:00

-- migrations:upgrade
CREATE TABLE cart_items (cart_id VARCHAR(36) NOT NULL REFERENCES carts (id), sku VARCHAR(40) NOT NULL);

-- migrations:downgrade
DROP TABLE cart_items;
