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
