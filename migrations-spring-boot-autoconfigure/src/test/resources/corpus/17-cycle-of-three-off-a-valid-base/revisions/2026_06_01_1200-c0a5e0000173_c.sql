-- A case revision
--
-- Revision: c0a5e0000173
-- Revises: c0a5e0000172
-- Create Date: 2026-06-01 10:00:00

-- migrations:upgrade
SELECT 1;
