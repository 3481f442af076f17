-- Seed the first user
--
-- Revision: 7e5700000001
-- Revises: a41c7e29b5d8
-- Create Date: 2026-07-01 10:00:00

-- migrations:upgrade
INSERT INTO users (id, email) VALUES ('00000000-0000-0000-0000-000000000001', 'first@example.com');

-- migrations:downgrade
DELETE FROM users WHERE email = 'first@example.com';
