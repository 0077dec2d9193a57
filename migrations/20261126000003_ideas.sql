-- Ideas for the city: shared in public, refined in versions by their authors, discussed,
-- supported, followed and moderated. Times are UTC text in `datetime('now')` format.

-- The steering group may stop a person from publishing (ideas, comments) without deleting
-- anything they wrote.
ALTER TABLE users ADD COLUMN publishing_blocked_at TEXT;

CREATE TABLE ideas (
    id              INTEGER PRIMARY KEY,
    author_id       INTEGER NOT NULL REFERENCES users (id),
    title           TEXT    NOT NULL CHECK (length(title) BETWEEN 1 AND 120),
    summary         TEXT    NOT NULL CHECK (length(summary) BETWEEN 1 AND 300),
    -- Markdown source; rendered and sanitised when read.
    description     TEXT    NOT NULL DEFAULT '' CHECK (length(description) <= 10000),
    -- "tag, tag": the display copy of `idea_tags`, and what search reads.
    tags            TEXT    NOT NULL DEFAULT '',
    district        TEXT    CHECK (district IN ('centras', 'senamiestis', 'zaliakalnis',
                        'aleksotas', 'dainava', 'eiguliai', 'griciupis', 'panemune',
                        'petrasiunai', 'sanciai', 'silainiai', 'vilijampole')),
    lat             REAL    CHECK (lat BETWEEN 54.80 AND 55.00),
    lng             REAL    CHECK (lng BETWEEN 23.75 AND 24.10),
    -- What the idea needs: skills (a "tag, tag" list), a venue, money, materials, and a note.
    need_skills     TEXT    NOT NULL DEFAULT '',
    need_venue      INTEGER NOT NULL DEFAULT 0 CHECK (need_venue IN (0, 1)),
    need_money      INTEGER NOT NULL DEFAULT 0 CHECK (need_money IN (0, 1)),
    need_materials  INTEGER NOT NULL DEFAULT 0 CHECK (need_materials IN (0, 1)),
    needs_note      TEXT    NOT NULL DEFAULT '',
    -- The language the idea is written in (for link previews and search engines).
    lang            TEXT    NOT NULL DEFAULT 'lt' CHECK (lang IN ('lt', 'en')),
    stage           TEXT    NOT NULL DEFAULT 'spark' CHECK (stage IN ('spark', 'shaping',
                        'team', 'workshop', 'ready', 'realised', 'archived')),
    archived_reason TEXT,
    -- The number of the latest row in `idea_versions`.
    version         INTEGER NOT NULL DEFAULT 1,
    -- Kept by the transactions that add or remove a support or a comment.
    support_count   INTEGER NOT NULL DEFAULT 0 CHECK (support_count >= 0),
    comment_count   INTEGER NOT NULL DEFAULT 0 CHECK (comment_count >= 0),
    created_at      TEXT    NOT NULL DEFAULT (datetime('now')),
    updated_at      TEXT    NOT NULL DEFAULT (datetime('now')),
    -- The last edit, comment or support: the "recently active" order.
    activity_at     TEXT    NOT NULL DEFAULT (datetime('now')),
    hidden_at       TEXT,
    hidden_by       INTEGER REFERENCES users (id),
    CHECK ((lat IS NULL) = (lng IS NULL)),
    CHECK ((stage = 'archived') = (archived_reason IS NOT NULL))
) STRICT;

-- One index per list order (the list filters hidden ideas out as it walks them) and per
-- filter column; sectors and tags have their own tables below.
CREATE INDEX ideas_newest ON ideas (created_at DESC, id DESC);
CREATE INDEX ideas_supported ON ideas (support_count DESC, id DESC);
CREATE INDEX ideas_discussed ON ideas (comment_count DESC, id DESC);
CREATE INDEX ideas_active ON ideas (activity_at DESC, id DESC);
CREATE INDEX ideas_stage ON ideas (stage, created_at DESC);
CREATE INDEX ideas_district ON ideas (district, created_at DESC);
CREATE INDEX ideas_author ON ideas (author_id);

CREATE TABLE idea_sectors (
    idea_id INTEGER NOT NULL REFERENCES ideas (id) ON DELETE CASCADE,
    sector  TEXT    NOT NULL REFERENCES sectors (code),
    PRIMARY KEY (idea_id, sector)
) STRICT, WITHOUT ROWID;
CREATE INDEX idea_sectors_by_sector ON idea_sectors (sector, idea_id);

CREATE TABLE idea_tags (
    idea_id INTEGER NOT NULL REFERENCES ideas (id) ON DELETE CASCADE,
    tag     TEXT    NOT NULL,
    PRIMARY KEY (idea_id, tag)
) STRICT, WITHOUT ROWID;
CREATE INDEX idea_tags_by_tag ON idea_tags (tag, idea_id);

-- People the author invited to edit the idea with them (the author is `ideas.author_id`).
CREATE TABLE idea_coauthors (
    idea_id  INTEGER NOT NULL REFERENCES ideas (id) ON DELETE CASCADE,
    user_id  INTEGER NOT NULL REFERENCES users (id),
    added_at TEXT    NOT NULL DEFAULT (datetime('now')),
    PRIMARY KEY (idea_id, user_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX idea_coauthors_by_user ON idea_coauthors (user_id);

-- An invitation to co-author, sent by email; whoever opens the link signed in accepts it.
-- Only the SHA-256 of the token is stored.
CREATE TABLE idea_invites (
    id          INTEGER PRIMARY KEY,
    idea_id     INTEGER NOT NULL REFERENCES ideas (id) ON DELETE CASCADE,
    email       TEXT    NOT NULL,
    token_hash  TEXT    NOT NULL UNIQUE,
    invited_by  INTEGER NOT NULL REFERENCES users (id),
    created_at  TEXT    NOT NULL DEFAULT (datetime('now')),
    expires_at  TEXT    NOT NULL,
    used_at     TEXT,
    used_by     INTEGER REFERENCES users (id)
) STRICT;
CREATE INDEX idea_invites_by_idea ON idea_invites (idea_id);

-- Every saved state of an idea, version 1 being the one first shared. Sectors are kept as
-- "code,code" so a version is one row.
CREATE TABLE idea_versions (
    idea_id        INTEGER NOT NULL REFERENCES ideas (id) ON DELETE CASCADE,
    version        INTEGER NOT NULL CHECK (version >= 1),
    editor_id      INTEGER NOT NULL REFERENCES users (id),
    title          TEXT    NOT NULL,
    summary        TEXT    NOT NULL,
    description    TEXT    NOT NULL,
    tags           TEXT    NOT NULL,
    sectors        TEXT    NOT NULL,
    district       TEXT,
    lat            REAL,
    lng            REAL,
    need_skills    TEXT    NOT NULL,
    need_venue     INTEGER NOT NULL,
    need_money     INTEGER NOT NULL,
    need_materials INTEGER NOT NULL,
    needs_note     TEXT    NOT NULL,
    created_at     TEXT    NOT NULL DEFAULT (datetime('now')),
    PRIMARY KEY (idea_id, version)
) STRICT;

-- One support per person per idea: the primary key makes a double click or a parallel
-- request a no-op.
CREATE TABLE idea_supports (
    idea_id    INTEGER NOT NULL REFERENCES ideas (id) ON DELETE CASCADE,
    user_id    INTEGER NOT NULL REFERENCES users (id),
    created_at TEXT    NOT NULL DEFAULT (datetime('now')),
    PRIMARY KEY (idea_id, user_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX idea_supports_by_user ON idea_supports (user_id);

-- Followers get the idea's events in their notifications (the notification centre comes
-- with teams).
CREATE TABLE idea_follows (
    idea_id    INTEGER NOT NULL REFERENCES ideas (id) ON DELETE CASCADE,
    user_id    INTEGER NOT NULL REFERENCES users (id),
    created_at TEXT    NOT NULL DEFAULT (datetime('now')),
    PRIMARY KEY (idea_id, user_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX idea_follows_by_user ON idea_follows (user_id);

-- Comments and one level of replies. A mentor's comment may be feedback of a kind; the
-- idea's authors mark feedback as addressed.
CREATE TABLE comments (
    id            INTEGER PRIMARY KEY,
    idea_id       INTEGER NOT NULL REFERENCES ideas (id) ON DELETE CASCADE,
    parent_id     INTEGER REFERENCES comments (id),
    author_id     INTEGER NOT NULL REFERENCES users (id),
    body          TEXT    NOT NULL CHECK (length(body) BETWEEN 1 AND 4000),
    feedback_kind TEXT    CHECK (feedback_kind IN ('suggestion', 'question', 'concern')),
    addressed_at  TEXT,
    addressed_by  INTEGER REFERENCES users (id),
    created_at    TEXT    NOT NULL DEFAULT (datetime('now')),
    hidden_at     TEXT,
    hidden_by     INTEGER REFERENCES users (id),
    CHECK (addressed_at IS NULL OR feedback_kind IS NOT NULL)
) STRICT;
CREATE INDEX comments_by_idea ON comments (idea_id, created_at, id);
CREATE INDEX comments_by_parent ON comments (parent_id) WHERE parent_id IS NOT NULL;
CREATE INDEX comments_by_author ON comments (author_id);

-- Reports from signed-in people; the steering group works through the open ones.
CREATE TABLE reports (
    id          INTEGER PRIMARY KEY,
    idea_id     INTEGER NOT NULL REFERENCES ideas (id) ON DELETE CASCADE,
    -- NULL when the idea itself is reported.
    comment_id  INTEGER REFERENCES comments (id) ON DELETE CASCADE,
    reporter_id INTEGER NOT NULL REFERENCES users (id),
    reason      TEXT    NOT NULL CHECK (reason IN ('spam', 'abuse', 'personal_data',
                    'misinformation', 'other')),
    note        TEXT    NOT NULL DEFAULT '' CHECK (length(note) <= 500),
    created_at  TEXT    NOT NULL DEFAULT (datetime('now')),
    resolved_at TEXT,
    resolved_by INTEGER REFERENCES users (id),
    -- 'hidden' or 'dismissed'
    resolution  TEXT    CHECK (resolution IN ('hidden', 'dismissed'))
) STRICT;
CREATE INDEX reports_open ON reports (created_at) WHERE resolved_at IS NULL;
-- A person reports a thing once while it is open.
CREATE UNIQUE INDEX reports_once_idea ON reports (reporter_id, idea_id)
    WHERE comment_id IS NULL AND resolved_at IS NULL;
CREATE UNIQUE INDEX reports_once_comment ON reports (reporter_id, comment_id)
    WHERE comment_id IS NOT NULL AND resolved_at IS NULL;

-- What the steering group did, for accountability.
CREATE TABLE moderation_log (
    id         INTEGER PRIMARY KEY,
    actor_id   INTEGER NOT NULL REFERENCES users (id),
    action     TEXT    NOT NULL CHECK (action IN ('hide', 'restore', 'dismiss', 'block',
                   'unblock')),
    idea_id    INTEGER REFERENCES ideas (id) ON DELETE SET NULL,
    comment_id INTEGER REFERENCES comments (id) ON DELETE SET NULL,
    user_id    INTEGER REFERENCES users (id),
    created_at TEXT    NOT NULL DEFAULT (datetime('now'))
) STRICT;

-- Full-text search over the idea's words. `remove_diacritics 2` folds Lithuanian letters
-- (š→s, ž→z, ą→a, ė→e, ...), in the index and in queries alike. The index reads the `ideas`
-- table (external content) and the triggers below keep it in step inside the same
-- transaction as every write.
CREATE VIRTUAL TABLE ideas_fts USING fts5 (
    title, summary, description, tags,
    content = 'ideas', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER ideas_fts_insert AFTER INSERT ON ideas BEGIN
    INSERT INTO ideas_fts (rowid, title, summary, description, tags)
    VALUES (new.id, new.title, new.summary, new.description, new.tags);
END;

CREATE TRIGGER ideas_fts_delete AFTER DELETE ON ideas BEGIN
    INSERT INTO ideas_fts (ideas_fts, rowid, title, summary, description, tags)
    VALUES ('delete', old.id, old.title, old.summary, old.description, old.tags);
END;

CREATE TRIGGER ideas_fts_update AFTER UPDATE OF title, summary, description, tags ON ideas BEGIN
    INSERT INTO ideas_fts (ideas_fts, rowid, title, summary, description, tags)
    VALUES ('delete', old.id, old.title, old.summary, old.description, old.tags);
    INSERT INTO ideas_fts (rowid, title, summary, description, tags)
    VALUES (new.id, new.title, new.summary, new.description, new.tags);
END;
