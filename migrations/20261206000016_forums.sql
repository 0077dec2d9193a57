-- Art of Hosting forums: strategic conversations (Circle, World Café, Open Space, Pro Action
-- Café, Reflection) hosted live, whose harvest becomes ideas.

CREATE TABLE forums (
    id          INTEGER PRIMARY KEY,
    title       TEXT    NOT NULL CHECK (length(title) BETWEEN 3 AND 120),
    -- The calling question: what the forum is for.
    calling     TEXT    NOT NULL CHECK (length(calling) BETWEEN 10 AND 1000),
    lang        TEXT    NOT NULL CHECK (lang IN ('lt', 'en')),
    day         TEXT    NOT NULL CHECK (date(day) = day),
    starts_min  INTEGER NOT NULL CHECK (starts_min BETWEEN 0 AND 1439),
    ends_min    INTEGER NOT NULL CHECK (ends_min BETWEEN 1 AND 1440 AND ends_min > starts_min),
    place_id    INTEGER REFERENCES places (id) ON DELETE RESTRICT,
    online_url  TEXT    CHECK (online_url IS NULL OR online_url LIKE 'https://%'),
    capacity    INTEGER NOT NULL CHECK (capacity BETWEEN 1 AND 500),
    -- Local (Europe/Vilnius) time, 'YYYY-MM-DD HH:MM'.
    closes_at   TEXT    NOT NULL CHECK (length(closes_at) = 16),
    -- While it runs: the segment and round on, and when the round began (UTC, ISO 8601).
    live_segment INTEGER REFERENCES forum_segments (id) ON DELETE SET NULL,
    live_round   INTEGER NOT NULL DEFAULT 0 CHECK (live_round >= 0),
    live_since   TEXT,
    -- When the host ended it (UTC); an ended forum does not run again.
    ended_at     TEXT,
    -- 'open' while and after it runs, until the hosts publish the harvest or keep it private.
    harvest     TEXT    NOT NULL DEFAULT 'open' CHECK (harvest IN ('open', 'published', 'private')),
    created_by  INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at  TEXT    NOT NULL DEFAULT (datetime('now')),
    CONSTRAINT forums_place_or_online CHECK ((place_id IS NULL) <> (online_url IS NULL))
) STRICT;

CREATE INDEX forums_day ON forums (day, starts_min);

CREATE TABLE forum_hosts (
    forum_id INTEGER NOT NULL REFERENCES forums (id) ON DELETE CASCADE,
    user_id  INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    PRIMARY KEY (forum_id, user_id)
) STRICT;

CREATE INDEX forum_hosts_user ON forum_hosts (user_id);

-- The flow: ordered segments within the forum's hours, never overlapping.
CREATE TABLE forum_segments (
    id         INTEGER PRIMARY KEY,
    forum_id   INTEGER NOT NULL REFERENCES forums (id) ON DELETE CASCADE,
    kind       TEXT    NOT NULL CHECK (kind IN ('circle', 'cafe', 'open_space', 'pro_action',
                                                'reflection')),
    starts_min INTEGER NOT NULL CHECK (starts_min BETWEEN 0 AND 1439),
    ends_min   INTEGER NOT NULL CHECK (ends_min BETWEEN 1 AND 1440 AND ends_min > starts_min),
    -- The questions, one per line: one per round (World Café, Pro Action Café), or the one
    -- question of a circle or a reflection.
    questions  TEXT    NOT NULL CHECK (length(questions) BETWEEN 3 AND 2000),
    -- World Café and Pro Action Café: how long a round is, and how many tables.
    round_min  INTEGER CHECK (round_min IS NULL OR round_min BETWEEN 5 AND 120),
    tables     INTEGER CHECK (tables IS NULL OR tables BETWEEN 1 AND 100)
) STRICT;

CREATE INDEX forum_segments_forum ON forum_segments (forum_id, starts_min);

-- A place at a forum, with the workshops' rules (seat or waitlist in arrival order). The
-- sectors the person brings (codes, comma-separated) and whether they asked to stay at one
-- table; checked in on the day by a host.
CREATE TABLE forum_seats (
    id            INTEGER PRIMARY KEY,
    forum_id      INTEGER NOT NULL REFERENCES forums (id) ON DELETE CASCADE,
    user_id       INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    status        TEXT    NOT NULL CHECK (status IN ('registered', 'waiting', 'cancelled')),
    sectors       TEXT    NOT NULL DEFAULT '',
    stays         INTEGER NOT NULL DEFAULT 0 CHECK (stays IN (0, 1)),
    checked_in_at TEXT,
    created_at    TEXT    NOT NULL DEFAULT (datetime('now')),
    changed_at    TEXT    NOT NULL DEFAULT (datetime('now'))
) STRICT;

CREATE UNIQUE INDEX forum_seats_one_live ON forum_seats (forum_id, user_id)
    WHERE status <> 'cancelled';
CREATE INDEX forum_seats_user ON forum_seats (user_id, status);

-- Who sits at which table in each round of a World Café (tables numbered from 1); a table's
-- host is marked and stays.
CREATE TABLE forum_tables (
    segment_id INTEGER NOT NULL REFERENCES forum_segments (id) ON DELETE CASCADE,
    round      INTEGER NOT NULL CHECK (round >= 1),
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    table_no   INTEGER NOT NULL CHECK (table_no >= 1),
    hosts      INTEGER NOT NULL DEFAULT 0 CHECK (hosts IN (0, 1)),
    PRIMARY KEY (segment_id, round, user_id)
) STRICT;

-- The harvest: notes written at a table (or for the whole segment) during the forum,
-- append-only; the writer may edit their own for ten minutes.
CREATE TABLE harvest_notes (
    id         INTEGER PRIMARY KEY,
    forum_id   INTEGER NOT NULL REFERENCES forums (id) ON DELETE CASCADE,
    segment_id INTEGER NOT NULL REFERENCES forum_segments (id) ON DELETE CASCADE,
    table_no   INTEGER CHECK (table_no IS NULL OR table_no >= 1),
    author_id  INTEGER REFERENCES users (id) ON DELETE SET NULL,
    body       TEXT    NOT NULL CHECK (length(body) BETWEEN 2 AND 2000),
    lang       TEXT    NOT NULL CHECK (lang IN ('lt', 'en')),
    created_at TEXT    NOT NULL DEFAULT (datetime('now')),
    edited_at  TEXT
) STRICT;

CREATE INDEX harvest_notes_forum ON harvest_notes (forum_id, id);

-- Reflections: after a forum, each participant answers its check-out question privately (only
-- they see it; the steering group sees counts). Sharing one adds it to the harvest as a note.
CREATE TABLE forum_reflections (
    forum_id   INTEGER NOT NULL REFERENCES forums (id) ON DELETE CASCADE,
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    body       TEXT    NOT NULL CHECK (length(body) BETWEEN 2 AND 2000),
    shared     INTEGER NOT NULL DEFAULT 0 CHECK (shared IN (0, 1)),
    created_at TEXT    NOT NULL DEFAULT (datetime('now')),
    updated_at TEXT    NOT NULL DEFAULT (datetime('now')),
    PRIMARY KEY (forum_id, user_id)
) STRICT;

-- An idea born in a forum records it.
ALTER TABLE ideas ADD COLUMN born_in_forum INTEGER REFERENCES forums (id) ON DELETE SET NULL;
CREATE INDEX ideas_born_in_forum ON ideas (born_in_forum) WHERE born_in_forum IS NOT NULL;
