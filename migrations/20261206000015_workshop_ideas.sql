-- An idea shared by someone who took part in a workshop (or led it) may record that it was born
-- there; the idea's page shows it, and the workshop's outcomes link the ideas they touched.
ALTER TABLE ideas ADD COLUMN born_in_workshop INTEGER REFERENCES workshops (id) ON DELETE SET NULL;

CREATE INDEX ideas_born_in_workshop ON ideas (born_in_workshop) WHERE born_in_workshop IS NOT NULL;
