-- What a workshop did for a team: the facilitator's notes, and next steps that become tasks in
-- the team's workspace (each task remembers the outcome it came from).
CREATE TABLE workshop_outcomes (
    id          INTEGER PRIMARY KEY,
    workshop_id INTEGER NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
    team_id     INTEGER NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    notes       TEXT    NOT NULL CHECK (length(notes) BETWEEN 3 AND 4000),
    recorded_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at  TEXT    NOT NULL DEFAULT (datetime('now')),
    updated_at  TEXT    NOT NULL DEFAULT (datetime('now')),
    CONSTRAINT workshop_outcomes_one_per_team UNIQUE (workshop_id, team_id)
) STRICT;

CREATE INDEX workshop_outcomes_team ON workshop_outcomes (team_id);

ALTER TABLE team_tasks ADD COLUMN outcome_id INTEGER
    REFERENCES workshop_outcomes (id) ON DELETE SET NULL;
