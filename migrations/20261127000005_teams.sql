-- Initiative teams around ideas: members and their roles, open roles, join requests and
-- invitations, the private workspace (messages and tasks), and notifications with the
-- per-kind delivery choice and the daily digest.

-- One team per idea. Its sectors are those of its leads and members (never stored twice).
CREATE TABLE teams (
    id          INTEGER PRIMARY KEY,
    idea_id     INTEGER NOT NULL UNIQUE REFERENCES ideas (id),
    name        TEXT    NOT NULL CHECK (length(name) BETWEEN 3 AND 80),
    description TEXT    NOT NULL DEFAULT '' CHECK (length(description) <= 600),
    created_by  INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at  TEXT    NOT NULL DEFAULT (datetime('now')),
    activity_at TEXT    NOT NULL DEFAULT (datetime('now'))
) STRICT;

CREATE INDEX teams_activity ON teams (activity_at DESC, id DESC);

-- Leads run the team (more than one allowed), members work in it, mentors guide it. The
-- workspace is open to all three.
CREATE TABLE team_members (
    team_id   INTEGER NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    user_id   INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role      TEXT    NOT NULL CHECK (role IN ('lead', 'member', 'mentor')),
    joined_at TEXT    NOT NULL DEFAULT (datetime('now')),
    PRIMARY KEY (team_id, user_id)
) STRICT;

CREATE INDEX team_members_user ON team_members (user_id);

-- What a team is looking for. Skills are kept as typed, comma separated.
CREATE TABLE team_roles (
    id          INTEGER PRIMARY KEY,
    team_id     INTEGER NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    title       TEXT    NOT NULL CHECK (length(title) BETWEEN 3 AND 80),
    skills      TEXT    NOT NULL DEFAULT '' CHECK (length(skills) <= 300),
    sector      TEXT    REFERENCES sectors (code),
    hours       INTEGER NOT NULL CHECK (hours BETWEEN 1 AND 40),
    description TEXT    NOT NULL DEFAULT '' CHECK (length(description) <= 600),
    created_at  TEXT    NOT NULL DEFAULT (datetime('now')),
    closed_at   TEXT,
    filled_by   INTEGER REFERENCES users (id) ON DELETE SET NULL
) STRICT;

CREATE INDEX team_roles_team ON team_roles (team_id) WHERE closed_at IS NULL;

-- A person asking to join ('request', perhaps answering an open role) or a lead inviting
-- someone ('invite'). One pending question per person and team at a time.
CREATE TABLE team_requests (
    id         INTEGER PRIMARY KEY,
    team_id    INTEGER NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind       TEXT    NOT NULL CHECK (kind IN ('request', 'invite')),
    role_id    INTEGER REFERENCES team_roles (id) ON DELETE SET NULL,
    -- The role the person gets on acceptance.
    joins_as   TEXT    NOT NULL DEFAULT 'member' CHECK (joins_as IN ('member', 'mentor')),
    message    TEXT    NOT NULL DEFAULT '' CHECK (length(message) <= 600),
    status     TEXT    NOT NULL DEFAULT 'pending'
                       CHECK (status IN ('pending', 'accepted', 'declined', 'withdrawn')),
    created_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at TEXT    NOT NULL DEFAULT (datetime('now')),
    decided_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    decided_at TEXT
) STRICT;

CREATE UNIQUE INDEX team_requests_pending ON team_requests (team_id, user_id)
    WHERE status = 'pending';
CREATE INDEX team_requests_user ON team_requests (user_id, status);

CREATE TABLE team_messages (
    id         INTEGER PRIMARY KEY,
    team_id    INTEGER NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    author_id  INTEGER REFERENCES users (id) ON DELETE SET NULL,
    body       TEXT    NOT NULL CHECK (length(body) BETWEEN 1 AND 2000),
    created_at TEXT    NOT NULL DEFAULT (datetime('now'))
) STRICT;

CREATE INDEX team_messages_team ON team_messages (team_id, id);

CREATE TABLE team_tasks (
    id         INTEGER PRIMARY KEY,
    team_id    INTEGER NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    title      TEXT    NOT NULL CHECK (length(title) BETWEEN 3 AND 200),
    owner_id   INTEGER REFERENCES users (id) ON DELETE SET NULL,
    due_on     TEXT    CHECK (due_on IS NULL OR date(due_on) = due_on),
    done_at    TEXT,
    created_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at TEXT    NOT NULL DEFAULT (datetime('now')),
    updated_at TEXT    NOT NULL DEFAULT (datetime('now'))
) STRICT;

CREATE INDEX team_tasks_team ON team_tasks (team_id, id);

-- Something a person should know about. `subject` is the idea's title or the team's name
-- when it happened, `detail` a role title or an answer, `link` a path inside Santaka.
-- `delivery` is fixed when the notification is made, from the person's choice for its kind:
-- 'immediate' (emailed at once), 'digest' (waits for the daily digest, then 'digested'), or
-- 'inapp' (only here).
CREATE TABLE notifications (
    id         INTEGER PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind       TEXT    NOT NULL CHECK (kind IN ('join_request', 'join_answer', 'team_invite',
                                                'idea_comment', 'mentor_feedback',
                                                'followed_activity', 'role_match')),
    actor_id   INTEGER REFERENCES users (id) ON DELETE SET NULL,
    subject    TEXT    NOT NULL,
    detail     TEXT    NOT NULL DEFAULT '',
    link       TEXT    NOT NULL,
    delivery   TEXT    NOT NULL CHECK (delivery IN ('immediate', 'digest', 'digested', 'inapp')),
    created_at TEXT    NOT NULL DEFAULT (datetime('now')),
    read_at    TEXT
) STRICT;

CREATE INDEX notifications_user ON notifications (user_id, id DESC);
CREATE INDEX notifications_unread ON notifications (user_id) WHERE read_at IS NULL;
CREATE INDEX notifications_digest ON notifications (user_id, id) WHERE delivery = 'digest';

-- A person's choice per kind; no row means the daily digest.
CREATE TABLE notification_prefs (
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind    TEXT    NOT NULL,
    mode    TEXT    NOT NULL CHECK (mode IN ('immediate', 'digest', 'inapp')),
    PRIMARY KEY (user_id, kind)
) STRICT;

-- One digest per person per day (Europe/Vilnius calendar day). The row is written in the
-- transaction that queues the email, so a restart can never send a day's digest twice.
CREATE TABLE digests (
    user_id   INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    day       TEXT    NOT NULL,
    outbox_id INTEGER,
    items     INTEGER NOT NULL,
    PRIMARY KEY (user_id, day)
) STRICT;
