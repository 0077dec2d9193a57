-- Partners back ideas: a partner organisation pledges money, a venue (one of its places, on
-- dates), materials or people's time to an idea's needs; the team accepts or declines; the
-- steering group marks an accepted pledge fulfilled.
CREATE TABLE pledges (
    id              INTEGER PRIMARY KEY,
    idea_id         INTEGER NOT NULL REFERENCES ideas (id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id),
    kind            TEXT    NOT NULL CHECK (kind IN ('money', 'venue', 'materials', 'time')),
    amount_eur      INTEGER CHECK (amount_eur BETWEEN 1 AND 1000000),
    hours           INTEGER CHECK (hours BETWEEN 1 AND 2000),
    place_id        INTEGER REFERENCES places (id) ON DELETE SET NULL,
    dates           TEXT    NOT NULL DEFAULT '' CHECK (length(dates) <= 200),
    note            TEXT    NOT NULL DEFAULT '' CHECK (length(note) <= 1000),
    status          TEXT    NOT NULL DEFAULT 'offered'
                            CHECK (status IN ('offered', 'accepted', 'declined', 'fulfilled')),
    offered_by      INTEGER REFERENCES users (id) ON DELETE SET NULL,
    offered_at      TEXT    NOT NULL DEFAULT (datetime('now')),
    answered_by     INTEGER REFERENCES users (id) ON DELETE SET NULL,
    answered_at     TEXT,
    fulfilled_by    INTEGER REFERENCES users (id) ON DELETE SET NULL,
    fulfilled_at    TEXT,
    CHECK ((kind = 'money') = (amount_eur IS NOT NULL)),
    CHECK ((kind = 'time') = (hours IS NOT NULL))
) STRICT;

CREATE INDEX pledges_idea ON pledges (idea_id, status);
CREATE INDEX pledges_organisation ON pledges (organisation_id, status);
