-- Create audit users
--
-- Revision: bb22bb22bb22
-- Revises: bb11bb11bb11
-- Create Date: 2026-03-01 10:00:00
-- Depends On: users

-- migrations:upgrade
CREATE TABLE audit_users (audit_id VARCHAR(36) NOT NULL REFERENCES audit_log (id), user_id VARCHAR(36) NOT NULL REFERENCES users (id));

-- migrations:downgrade
DROP TABLE audit_users;
