-- Create users
--
-- Revision: 1a2b3c4d5e6f
-- Revises:
-- Create Date: 2026-01-27 18:07:00

-- migrations:upgrade
CREATE TABLE users (
    id VARCHAR(36) PRIMARY KEY,
    email VARCHAR(255) NOT NULL UNIQUE
);

-- migrations:downgrade
DROP TABLE users;
