-- SQL that a naive splitter cuts in the wrong places
--
-- Revision: 5e6f7a8b9c0d
-- Revises:
-- Create Date: 2026-03-01 10:00:00

-- migrations:upgrade
-- a comment; with a semicolon
CREATE TABLE notes (id INTEGER PRIMARY KEY, body VARCHAR(200) NOT NULL, touched INTEGER NOT NULL DEFAULT 0);
/* a block comment; with a semicolon */
INSERT INTO notes (id, body) VALUES (1, 'semi;colon; inside a string');
INSERT INTO notes (id, body) VALUES (2, 'it''s quoted; still one statement');

-- migrations:upgrade dialect=postgresql
CREATE FUNCTION shout(text) RETURNS text AS $$
BEGIN
    RETURN upper($1) || '!';
END;
$$ LANGUAGE plpgsql;
CREATE FUNCTION tagged(text) RETURNS text AS $body$ SELECT $1 || ';tag' $body$ LANGUAGE sql;
CREATE FUNCTION add_one(i integer) RETURNS integer
LANGUAGE SQL
BEGIN ATOMIC
    SELECT i + 1;
END;
CREATE FUNCTION touch_note() RETURNS trigger AS $$
BEGIN
    NEW.touched := OLD.touched + 1;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER notes_touch BEFORE UPDATE ON notes FOR EACH ROW EXECUTE FUNCTION touch_note();

-- migrations:upgrade dialect=sqlite
CREATE TRIGGER notes_touch AFTER UPDATE OF body ON notes
BEGIN
    UPDATE notes SET touched = touched + 1 WHERE id = NEW.id;
    UPDATE notes SET body = body WHERE 0;
END;

-- migrations:downgrade dialect=postgresql
DROP TRIGGER notes_touch ON notes;
DROP FUNCTION touch_note();
DROP FUNCTION add_one(integer);
DROP FUNCTION tagged(text);
DROP FUNCTION shout(text);

-- migrations:downgrade dialect=sqlite
DROP TRIGGER notes_touch;

-- migrations:downgrade
DROP TABLE notes;
