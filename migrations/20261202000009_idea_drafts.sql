-- One private draft of an idea per person: a child waiting for a guardian's consent writes it
-- meanwhile, and shares it in one step once they may publish. Only its writer ever sees it;
-- sharing an idea clears it.
CREATE TABLE idea_drafts (
    user_id    INTEGER PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    title      TEXT    NOT NULL CHECK (length(title) <= 120),
    summary    TEXT    NOT NULL CHECK (length(summary) <= 300),
    updated_at TEXT    NOT NULL DEFAULT (datetime('now'))
) STRICT;
