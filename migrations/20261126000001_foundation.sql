-- The foundation: platform-wide settings and the five sectors every later table refers to.

-- Small key/value settings that the steering group may change later (e.g. festival_target)
-- and markers such as when demo data was seeded.
CREATE TABLE app_meta (
    key   TEXT NOT NULL PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

-- Sectors are reference data: the codes are fixed by the domain, so they are inserted here
-- and guarded by a CHECK; names are UI strings and live in the translations. The blurbs are
-- editable content (filled by the demo data, later by the steering group).
CREATE TABLE sectors (
    code     TEXT    NOT NULL PRIMARY KEY
             CHECK (code IN ('youth', 'culture', 'education', 'business', 'social')),
    position INTEGER NOT NULL CONSTRAINT sectors_position_unique UNIQUE,
    blurb_lt TEXT    NOT NULL DEFAULT '',
    blurb_en TEXT    NOT NULL DEFAULT ''
) STRICT;

INSERT INTO sectors (code, position) VALUES
    ('youth', 1), ('culture', 2), ('education', 3), ('business', 4), ('social', 5);
