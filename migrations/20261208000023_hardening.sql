-- Browsers an account has signed in from: a random token in a cookie, stored here hashed.
-- Sign-in from such a browser is not stopped by a lock on the account that strangers'
-- wrong guesses caused (it has its own, per-browser limit).
CREATE TABLE known_devices (
    token_hash   TEXT PRIMARY KEY,
    user_id      INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at   TEXT NOT NULL DEFAULT (datetime('now')),
    last_used_at TEXT NOT NULL DEFAULT (datetime('now'))
);
CREATE INDEX known_devices_user ON known_devices(user_id, last_used_at);

-- Names and titles are one line (they reach email subjects and plain-text mail); ones saved
-- before that rule get their line breaks and tabs as spaces.
UPDATE teams SET name = replace(replace(replace(name, char(13), ' '), char(10), ' '), char(9), ' ')
 WHERE instr(name, char(10)) OR instr(name, char(13)) OR instr(name, char(9));
UPDATE team_roles SET title = replace(replace(replace(title, char(13), ' '), char(10), ' '), char(9), ' ')
 WHERE instr(title, char(10)) OR instr(title, char(13)) OR instr(title, char(9));
UPDATE interventions SET title = replace(replace(replace(title, char(13), ' '), char(10), ' '), char(9), ' ')
 WHERE instr(title, char(10)) OR instr(title, char(13)) OR instr(title, char(9));

-- A version of an idea whose text its authors or the steering group redacted (a phone number
-- typed and then deleted stays in the history otherwise): its texts are emptied.
ALTER TABLE idea_versions ADD COLUMN redacted_at TEXT;
ALTER TABLE idea_versions ADD COLUMN redacted_by INTEGER REFERENCES users (id);
