-- The steering group's desk reads how ideas move along the path: one row per change of an
-- idea's stage (and one for its start), kept by triggers so no writer can forget it.
CREATE TABLE idea_stage_changes (
    id         INTEGER PRIMARY KEY,
    idea_id    INTEGER NOT NULL REFERENCES ideas (id) ON DELETE CASCADE,
    from_stage TEXT,
    to_stage   TEXT    NOT NULL,
    at         TEXT    NOT NULL DEFAULT (datetime('now'))
) STRICT;

CREATE INDEX idea_stage_changes_at ON idea_stage_changes (at, to_stage);
CREATE INDEX idea_stage_changes_idea ON idea_stage_changes (idea_id, to_stage);

CREATE TRIGGER ideas_stage_started AFTER INSERT ON ideas
BEGIN
    INSERT INTO idea_stage_changes (idea_id, from_stage, to_stage, at)
    VALUES (NEW.id, NULL, NEW.stage, NEW.created_at);
END;

CREATE TRIGGER ideas_stage_moved AFTER UPDATE OF stage ON ideas
WHEN OLD.stage <> NEW.stage
BEGIN
    INSERT INTO idea_stage_changes (idea_id, from_stage, to_stage, at)
    VALUES (NEW.id, OLD.stage, NEW.stage, datetime('now'));
END;

-- What the existing rows tell: every idea started as a spark when written; a team's founding
-- moved its idea to "team"; an approved gate moved it to "ready" or "realised".
INSERT INTO idea_stage_changes (idea_id, from_stage, to_stage, at)
SELECT id, NULL, 'spark', created_at FROM ideas;
INSERT INTO idea_stage_changes (idea_id, from_stage, to_stage, at)
SELECT idea_id, NULL, 'team', created_at FROM teams;
INSERT INTO idea_stage_changes (idea_id, from_stage, to_stage, at)
SELECT idea_id, NULL, to_stage, decided_at FROM gate_requests WHERE status = 'approved';

-- The partner directory: what an organisation also offers, and the contact it chose to show
-- (empty fields are not shown).
ALTER TABLE organisations ADD COLUMN offers_mentoring INTEGER NOT NULL DEFAULT 0
    CHECK (offers_mentoring IN (0, 1));
ALTER TABLE organisations ADD COLUMN offers_expertise INTEGER NOT NULL DEFAULT 0
    CHECK (offers_expertise IN (0, 1));
ALTER TABLE organisations ADD COLUMN contact_name TEXT NOT NULL DEFAULT ''
    CHECK (length(contact_name) <= 120);
ALTER TABLE organisations ADD COLUMN contact_email TEXT NOT NULL DEFAULT ''
    CHECK (length(contact_email) <= 200);
ALTER TABLE organisations ADD COLUMN contact_phone TEXT NOT NULL DEFAULT ''
    CHECK (length(contact_phone) <= 40);

CREATE INDEX pledges_offered ON pledges (offered_at);
CREATE INDEX users_created ON users (created_at);
