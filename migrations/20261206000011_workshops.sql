-- Creative workshops: experts and mentors lead teams through the stages of their idea.

-- One list of places for the whole platform: the festival's venues and the workshops' rooms.
-- A partner's place names its organisation.
CREATE TABLE places (
    id              INTEGER PRIMARY KEY,
    name            TEXT    NOT NULL CHECK (length(name) BETWEEN 2 AND 120),
    address         TEXT    NOT NULL CHECK (length(address) BETWEEN 2 AND 200),
    lat             REAL    NOT NULL CHECK (lat BETWEEN -90 AND 90),
    lon             REAL    NOT NULL CHECK (lon BETWEEN -180 AND 180),
    accessibility   TEXT    NOT NULL DEFAULT '' CHECK (length(accessibility) <= 400),
    organisation_id INTEGER REFERENCES organisations (id) ON DELETE SET NULL,
    created_at      TEXT    NOT NULL DEFAULT (datetime('now')),
    CONSTRAINT places_unique_name_address UNIQUE (name, address)
) STRICT;

-- Every festival venue is a place for one edition (capacity and the owner's consent are the
-- edition's); existing venues become places.
ALTER TABLE festival_venues ADD COLUMN place_id INTEGER REFERENCES places (id) ON DELETE SET NULL;
INSERT OR IGNORE INTO places (name, address, lat, lon, accessibility)
    SELECT name, address, lat, lon, accessibility FROM festival_venues ORDER BY id;
UPDATE festival_venues
   SET place_id = (SELECT p.id FROM places p
                    WHERE p.name = festival_venues.name AND p.address = festival_venues.address);

-- A venue added or renamed on the festival desk is (or joins) a place of the same name and
-- address, so the two lists stay one.
CREATE TRIGGER festival_venues_place_insert AFTER INSERT ON festival_venues
BEGIN
    INSERT OR IGNORE INTO places (name, address, lat, lon, accessibility)
        VALUES (NEW.name, NEW.address, NEW.lat, NEW.lon, NEW.accessibility);
    UPDATE festival_venues
       SET place_id = (SELECT id FROM places WHERE name = NEW.name AND address = NEW.address)
     WHERE id = NEW.id;
END;

CREATE TRIGGER festival_venues_place_update AFTER UPDATE OF name, address ON festival_venues
BEGIN
    INSERT OR IGNORE INTO places (name, address, lat, lon, accessibility)
        VALUES (NEW.name, NEW.address, NEW.lat, NEW.lon, NEW.accessibility);
    UPDATE festival_venues
       SET place_id = (SELECT id FROM places WHERE name = NEW.name AND address = NEW.address)
     WHERE id = NEW.id;
END;

-- A series of workshops ("Spring studio: 4 evenings").
CREATE TABLE workshop_series (
    id         INTEGER PRIMARY KEY,
    title      TEXT    NOT NULL UNIQUE CHECK (length(title) BETWEEN 3 AND 120),
    created_at TEXT    NOT NULL DEFAULT (datetime('now'))
) STRICT;

CREATE TABLE workshops (
    id           INTEGER PRIMARY KEY,
    series_id    INTEGER REFERENCES workshop_series (id) ON DELETE SET NULL,
    title        TEXT    NOT NULL CHECK (length(title) BETWEEN 3 AND 120),
    -- What it helps with.
    purpose      TEXT    NOT NULL CHECK (length(purpose) BETWEEN 10 AND 2000),
    -- The stage of an idea it serves: 'team' (shaping the plan, team → workshop) or
    -- 'workshop' (prototype, budget, permissions, pitch: → ready).
    serves       TEXT    NOT NULL CHECK (serves IN ('team', 'workshop')),
    age_min      INTEGER NOT NULL CHECK (age_min BETWEEN 0 AND 120),
    age_max      INTEGER CHECK (age_max IS NULL OR age_max BETWEEN age_min AND 120),
    lang         TEXT    NOT NULL CHECK (lang IN ('lt', 'en')),
    day          TEXT    NOT NULL CHECK (date(day) = day),
    starts_min   INTEGER NOT NULL CHECK (starts_min BETWEEN 0 AND 1439),
    ends_min     INTEGER NOT NULL CHECK (ends_min BETWEEN 1 AND 1440 AND ends_min > starts_min),
    place_id     INTEGER REFERENCES places (id) ON DELETE RESTRICT,
    -- Shown to registered people only.
    online_url   TEXT    CHECK (online_url IS NULL OR online_url LIKE 'https://%'),
    capacity     INTEGER NOT NULL CHECK (capacity BETWEEN 1 AND 500),
    -- Local (Europe/Vilnius) time, 'YYYY-MM-DD HH:MM'.
    closes_at    TEXT    NOT NULL CHECK (length(closes_at) = 16),
    created_by   INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at   TEXT    NOT NULL DEFAULT (datetime('now')),
    CONSTRAINT workshops_place_or_online CHECK ((place_id IS NULL) <> (online_url IS NULL))
) STRICT;

CREATE INDEX workshops_day ON workshops (day, starts_min);

CREATE TABLE workshop_sectors (
    workshop_id INTEGER NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
    sector      TEXT    NOT NULL REFERENCES sectors (code),
    PRIMARY KEY (workshop_id, sector)
) STRICT;

-- The mentors (or other people) who lead it; they mark attendance and record outcomes.
CREATE TABLE workshop_facilitators (
    workshop_id INTEGER NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
    user_id     INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    PRIMARY KEY (workshop_id, user_id)
) STRICT;

CREATE INDEX workshop_facilitators_user ON workshop_facilitators (user_id);

-- A place at a workshop: registered (holds a seat) or waiting (in arrival order, the row's
-- id); a cancelled row stays for the record. A team lead may register the team's members.
CREATE TABLE workshop_seats (
    id            INTEGER PRIMARY KEY,
    workshop_id   INTEGER NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
    user_id       INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    team_id       INTEGER REFERENCES teams (id) ON DELETE SET NULL,
    registered_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    status        TEXT    NOT NULL CHECK (status IN ('registered', 'waiting', 'cancelled')),
    attended      INTEGER CHECK (attended IN (0, 1)),
    created_at    TEXT    NOT NULL DEFAULT (datetime('now')),
    changed_at    TEXT    NOT NULL DEFAULT (datetime('now'))
) STRICT;

-- One live place per person and workshop.
CREATE UNIQUE INDEX workshop_seats_one_live ON workshop_seats (workshop_id, user_id)
    WHERE status <> 'cancelled';
CREATE INDEX workshop_seats_user ON workshop_seats (user_id, status);

-- Two kinds of notification for workshops: a seat freed for someone on the waitlist, and the
-- reminder the day before. SQLite cannot change a CHECK in place: the table is rebuilt.
CREATE TABLE notifications_new (
    id         INTEGER PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind       TEXT    NOT NULL CHECK (kind IN ('join_request', 'join_answer', 'team_invite',
                                                'idea_comment', 'mentor_feedback',
                                                'followed_activity', 'role_match',
                                                'workshop_seat', 'workshop_reminder')),
    actor_id   INTEGER REFERENCES users (id) ON DELETE SET NULL,
    subject    TEXT    NOT NULL,
    detail     TEXT    NOT NULL DEFAULT '',
    link       TEXT    NOT NULL,
    delivery   TEXT    NOT NULL CHECK (delivery IN ('immediate', 'digest', 'digested', 'inapp')),
    created_at TEXT    NOT NULL DEFAULT (datetime('now')),
    read_at    TEXT
) STRICT;
INSERT INTO notifications_new SELECT id, user_id, kind, actor_id, subject, detail, link,
                                     delivery, created_at, read_at FROM notifications;
DROP TABLE notifications;
ALTER TABLE notifications_new RENAME TO notifications;
CREATE INDEX notifications_user ON notifications (user_id, id DESC);
CREATE INDEX notifications_unread ON notifications (user_id) WHERE read_at IS NULL;
CREATE INDEX notifications_digest ON notifications (user_id, id) WHERE delivery = 'digest';
