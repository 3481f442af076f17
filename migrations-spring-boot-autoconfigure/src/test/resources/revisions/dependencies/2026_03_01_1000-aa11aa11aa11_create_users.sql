-- Create users
--
-- Revision: aa11aa11aa11
-- Revises:
-- Create Date: 2026-03-01 10:00:00
-- Branch Labels: users

-- migrations:upgrade
CREATE TABLE users (id VARCHAR(36) PRIMARY KEY);

-- migrations:downgrade
DROP TABLE users;
