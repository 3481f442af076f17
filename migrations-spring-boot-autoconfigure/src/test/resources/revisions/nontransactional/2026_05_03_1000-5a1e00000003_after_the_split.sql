-- Something after the split
--
-- Revision: 5a1e00000003
-- Revises: 5a1e00000002
-- Create Date: 2026-05-03 10:00:00

-- migrations:upgrade
CREATE TABLE after_split (id INTEGER PRIMARY KEY);

-- migrations:downgrade
DROP TABLE after_split;
