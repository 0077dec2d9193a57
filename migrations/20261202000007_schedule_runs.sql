-- The auto-scheduler's applied runs, so the steering group can undo the last one: what it
-- placed, where and when. Undoing takes back only what is still where the run put it.
CREATE TABLE schedule_runs (
    id         INTEGER PRIMARY KEY,
    edition_id INTEGER NOT NULL REFERENCES festival_editions (id) ON DELETE CASCADE,
    -- JSON array of [intervention id, venue id, start minute].
    placed     TEXT    NOT NULL,
    created_at TEXT    NOT NULL DEFAULT (datetime('now')),
    undone_at  TEXT
) STRICT;

CREATE INDEX schedule_runs_edition ON schedule_runs (edition_id, id);
