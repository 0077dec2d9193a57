-- The ideas festival "100 in 1 day": editions with their day window and venues, interventions
-- proposed by teams and placed by the steering group, the public changes after publishing,
-- and the agendas people keep.

-- Times of day are minutes after local midnight in Europe/Vilnius on the edition's day.
CREATE TABLE festival_editions (
    id             INTEGER PRIMARY KEY,
    title          TEXT    NOT NULL CHECK (length(title) BETWEEN 3 AND 120),
    day            TEXT    NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    opens_min      INTEGER NOT NULL CHECK (opens_min BETWEEN 0 AND 1440),
    closes_min     INTEGER NOT NULL CHECK (closes_min BETWEEN 0 AND 1440 AND closes_min > opens_min),
    target         INTEGER NOT NULL DEFAULT 100 CHECK (target BETWEEN 1 AND 1000),
    -- Metres a person walks in a minute (70 = 4.2 km/h), for the time between two venues.
    walk_m_per_min INTEGER NOT NULL DEFAULT 70 CHECK (walk_m_per_min BETWEEN 20 AND 300),
    published_at   TEXT,
    created_at     TEXT    NOT NULL DEFAULT (datetime('now'))
) STRICT;

CREATE TABLE festival_venues (
    id            INTEGER PRIMARY KEY,
    edition_id    INTEGER NOT NULL REFERENCES festival_editions (id) ON DELETE CASCADE,
    name          TEXT    NOT NULL CHECK (length(name) BETWEEN 2 AND 120),
    address       TEXT    NOT NULL CHECK (length(address) BETWEEN 2 AND 200),
    lat           REAL    NOT NULL CHECK (lat BETWEEN -90 AND 90),
    lon           REAL    NOT NULL CHECK (lon BETWEEN -180 AND 180),
    capacity      INTEGER NOT NULL CHECK (capacity BETWEEN 1 AND 100000),
    indoor        INTEGER NOT NULL CHECK (indoor IN (0, 1)),
    accessibility TEXT    NOT NULL DEFAULT '' CHECK (length(accessibility) <= 400),
    consent       TEXT    NOT NULL CHECK (consent IN ('yes', 'pending', 'no'))
) STRICT;

CREATE INDEX festival_venues_edition ON festival_venues (edition_id, name);

-- proposed → accepted → scheduled (has a venue and a start) → published; cancelled with a
-- reason at any point. A published intervention that moves stays published and gains a row
-- in intervention_changes.
CREATE TABLE interventions (
    id               INTEGER PRIMARY KEY,
    edition_id       INTEGER NOT NULL REFERENCES festival_editions (id) ON DELETE CASCADE,
    team_id          INTEGER REFERENCES teams (id) ON DELETE SET NULL,
    idea_id          INTEGER REFERENCES ideas (id) ON DELETE SET NULL,
    proposed_by      INTEGER REFERENCES users (id) ON DELETE SET NULL,
    title            TEXT    NOT NULL CHECK (length(title) BETWEEN 3 AND 120),
    description      TEXT    NOT NULL DEFAULT '' CHECK (length(description) <= 2000),
    sector           TEXT    NOT NULL REFERENCES sectors (code),
    category         TEXT    NOT NULL CHECK (category IN
                       ('performance', 'exhibition', 'workshop', 'talk', 'street_action', 'food', 'other')),
    duration_min     INTEGER NOT NULL CHECK (duration_min BETWEEN 10 AND 720),
    setup_min        INTEGER NOT NULL DEFAULT 0 CHECK (setup_min BETWEEN 0 AND 240),
    cleardown_min    INTEGER NOT NULL DEFAULT 0 CHECK (cleardown_min BETWEEN 0 AND 240),
    audience         INTEGER NOT NULL CHECK (audience BETWEEN 1 AND 100000),
    -- JSON array of venue ids, most wanted first.
    preferred_venues TEXT    NOT NULL DEFAULT '[]',
    preferred_from   INTEGER CHECK (preferred_from BETWEEN 0 AND 1440),
    preferred_to     INTEGER CHECK (preferred_to BETWEEN 0 AND 1440),
    status           TEXT    NOT NULL DEFAULT 'proposed' CHECK (status IN
                       ('proposed', 'accepted', 'scheduled', 'published', 'cancelled')),
    cancel_reason    TEXT    CHECK (length(cancel_reason) <= 400),
    venue_id         INTEGER REFERENCES festival_venues (id) ON DELETE SET NULL,
    starts_min       INTEGER CHECK (starts_min BETWEEN 0 AND 1440),
    -- Why the auto-scheduler could not place it (a code), until it is placed.
    schedule_note    TEXT,
    -- Set when it was published at least once: cancelling it later is a public change.
    was_published    INTEGER NOT NULL DEFAULT 0,
    created_at       TEXT    NOT NULL DEFAULT (datetime('now')),
    updated_at       TEXT    NOT NULL DEFAULT (datetime('now')),
    CHECK ((venue_id IS NULL) = (starts_min IS NULL))
) STRICT;

CREATE INDEX interventions_edition ON interventions (edition_id, status, starts_min);
CREATE INDEX interventions_team ON interventions (team_id);
CREATE INDEX interventions_idea ON interventions (idea_id);

-- The team members taking part: nobody can be in two places at once.
CREATE TABLE intervention_people (
    intervention_id INTEGER NOT NULL REFERENCES interventions (id) ON DELETE CASCADE,
    user_id         INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    PRIMARY KEY (intervention_id, user_id)
) STRICT;

CREATE INDEX intervention_people_user ON intervention_people (user_id);

-- What changed in a published intervention, for the public: moved (venue and/or time) or
-- cancelled (with the reason).
CREATE TABLE intervention_changes (
    id              INTEGER PRIMARY KEY,
    intervention_id INTEGER NOT NULL REFERENCES interventions (id) ON DELETE CASCADE,
    kind            TEXT    NOT NULL CHECK (kind IN ('moved', 'cancelled')),
    from_venue      TEXT,
    from_start      INTEGER,
    to_venue        TEXT,
    to_start        INTEGER,
    reason          TEXT,
    at              TEXT    NOT NULL DEFAULT (datetime('now'))
) STRICT;

CREATE INDEX intervention_changes_item ON intervention_changes (intervention_id, at);

-- A signed-in person's agenda (visitors keep theirs in the browser).
CREATE TABLE festival_stars (
    user_id         INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    intervention_id INTEGER NOT NULL REFERENCES interventions (id) ON DELETE CASCADE,
    created_at      TEXT    NOT NULL DEFAULT (datetime('now')),
    PRIMARY KEY (user_id, intervention_id)
) STRICT;
