-- Merge cart and billing
--
-- Revision: e1f2a3b4c5d6
-- Revises: d1e2f3a4b5c6, d2e3f4a5b6c7
-- Create Date: 2026-03-01 10:00:00

-- migrations:upgrade
CREATE TABLE checkouts (cart_id VARCHAR(36) NOT NULL REFERENCES carts (id), invoice_id VARCHAR(36) NOT NULL REFERENCES invoices (id));

-- migrations:downgrade
DROP TABLE checkouts;
