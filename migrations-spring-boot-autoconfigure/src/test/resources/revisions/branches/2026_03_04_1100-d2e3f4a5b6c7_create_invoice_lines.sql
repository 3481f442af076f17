-- Create invoice lines
--
-- Revision: d2e3f4a5b6c7
-- Revises: c2d3e4f5a6b7
-- Create Date: 2026-03-01 10:00:00

-- migrations:upgrade
CREATE TABLE invoice_lines (invoice_id VARCHAR(36) NOT NULL REFERENCES invoices (id), amount INTEGER NOT NULL);

-- migrations:downgrade
DROP TABLE invoice_lines;
