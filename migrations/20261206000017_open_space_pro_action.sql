-- Open Space and Pro Action Café: the two forum formats whose mechanics go beyond tables.

-- An Open Space segment's spaces (rooms, corners), in order, each with its seats. Its slots
-- are the segment's rounds: `round_min` long each, from its start. With `conveners_place`, the
-- people who posted a session may put it in the grid themselves (else only the hosts do).
ALTER TABLE forum_segments ADD COLUMN conveners_place INTEGER NOT NULL DEFAULT 0
    CHECK (conveners_place IN (0, 1));

CREATE TABLE forum_spaces (
    id         INTEGER PRIMARY KEY,
    segment_id INTEGER NOT NULL REFERENCES forum_segments (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL CHECK (position >= 1),
    name       TEXT    NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
    capacity   INTEGER NOT NULL CHECK (capacity BETWEEN 1 AND 500),
    UNIQUE (segment_id, position)
) STRICT;

-- The marketplace: sessions people post (title, convener, a line on what), placed by a host
-- (or their convener) in a space and a slot. One session per cell; a convener is never in two
-- places in the same slot.
CREATE TABLE forum_sessions (
    id          INTEGER PRIMARY KEY,
    segment_id  INTEGER NOT NULL REFERENCES forum_segments (id) ON DELETE CASCADE,
    convener_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    title       TEXT    NOT NULL CHECK (length(title) BETWEEN 3 AND 120),
    what        TEXT    NOT NULL DEFAULT '' CHECK (length(what) <= 300),
    lang        TEXT    NOT NULL CHECK (lang IN ('lt', 'en')),
    space_id    INTEGER REFERENCES forum_spaces (id) ON DELETE SET NULL,
    slot        INTEGER CHECK (slot IS NULL OR slot >= 1),
    created_at  TEXT    NOT NULL DEFAULT (datetime('now')),
    CONSTRAINT forum_sessions_placed CHECK ((space_id IS NULL) = (slot IS NULL))
) STRICT;

CREATE INDEX forum_sessions_segment ON forum_sessions (segment_id, id);
CREATE UNIQUE INDEX forum_sessions_cell ON forum_sessions (space_id, slot)
    WHERE space_id IS NOT NULL;
CREATE UNIQUE INDEX forum_sessions_convener ON forum_sessions (segment_id, convener_id, slot)
    WHERE slot IS NOT NULL AND convener_id IS NOT NULL;

-- "I'll go": interest only (the law of two feet: nobody is registered into a session).
CREATE TABLE forum_session_goers (
    session_id INTEGER NOT NULL REFERENCES forum_sessions (id) ON DELETE CASCADE,
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    PRIMARY KEY (session_id, user_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX forum_session_goers_user ON forum_session_goers (user_id);

-- Pro Action Café: a case holder brings an idea already on Santaka (their own, or their
-- team's) with the quest they want help with; tables form around the cases (table k is the
-- k-th case by id). Afterwards the holder records the next steps: a comment on the idea and
-- tasks in its team's workspace.
CREATE TABLE forum_cases (
    id         INTEGER PRIMARY KEY,
    segment_id INTEGER NOT NULL REFERENCES forum_segments (id) ON DELETE CASCADE,
    holder_id  INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    idea_id    INTEGER NOT NULL REFERENCES ideas (id) ON DELETE CASCADE,
    quest      TEXT    NOT NULL CHECK (length(quest) BETWEEN 3 AND 300),
    lang       TEXT    NOT NULL CHECK (lang IN ('lt', 'en')),
    next_steps TEXT,
    steps_at   TEXT,
    created_at TEXT    NOT NULL DEFAULT (datetime('now')),
    UNIQUE (segment_id, holder_id),
    UNIQUE (segment_id, idea_id)
) STRICT;

CREATE INDEX forum_cases_idea ON forum_cases (idea_id);
CREATE INDEX forum_cases_holder ON forum_cases (holder_id);

-- A note written in an Open Space session is filed under it.
ALTER TABLE harvest_notes ADD COLUMN session_id INTEGER
    REFERENCES forum_sessions (id) ON DELETE SET NULL;

-- A task that came from a Pro Action Café case remembers it.
ALTER TABLE team_tasks ADD COLUMN case_id INTEGER REFERENCES forum_cases (id) ON DELETE SET NULL;
