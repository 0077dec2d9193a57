-- The stages of an idea past "team": criteria per gate (set by the steering group), a team's
-- request for sign-off with its evidence per criterion, and the decision of an assigned mentor
-- (or the steering group). Requests and decisions are kept: they are the idea's gate history.

-- What a gate asks, per stage it opens to. Retired criteria stay for the requests that used them.
CREATE TABLE gate_criteria (
    id         INTEGER PRIMARY KEY,
    stage      TEXT    NOT NULL CHECK (stage IN ('ready', 'realised')),
    position   INTEGER NOT NULL,
    text       TEXT    NOT NULL CHECK (length(text) BETWEEN 3 AND 300),
    lang       TEXT    NOT NULL DEFAULT 'lt' CHECK (lang IN ('lt', 'en')),
    created_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at TEXT    NOT NULL DEFAULT (datetime('now')),
    retired_at TEXT
) STRICT;

CREATE INDEX gate_criteria_live ON gate_criteria (stage, position) WHERE retired_at IS NULL;

INSERT INTO gate_criteria (stage, position, text) VALUES
    ('ready', 1, 'Aišku, kokią problemą sprendžiame ir kam'),
    ('ready', 2, 'Yra planas su datomis ir atsakingais žmonėmis'),
    ('ready', 3, 'Yra biudžetas ir žinoma, iš kur lėšos'),
    ('ready', 4, 'Yra vieta ir reikalingi leidimai'),
    ('ready', 5, 'Komandoje dirba bent dviejų sektorių žmonės'),
    ('realised', 1, 'Idėja įgyvendinta: kas įvyko, kada ir kur'),
    ('realised', 2, 'Kiek žmonių dalyvavo ar pasiekta'),
    ('realised', 3, 'Ką išmokome ir kas toliau');

-- A team asks a gate to open. One open request per idea at a time.
CREATE TABLE gate_requests (
    id         INTEGER PRIMARY KEY,
    idea_id    INTEGER NOT NULL REFERENCES ideas (id) ON DELETE CASCADE,
    to_stage   TEXT    NOT NULL CHECK (to_stage IN ('ready', 'realised')),
    status     TEXT    NOT NULL CHECK (status IN ('requested', 'approved', 'returned')),
    note       TEXT    NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
    asked_by   INTEGER REFERENCES users (id) ON DELETE SET NULL,
    asked_at   TEXT    NOT NULL DEFAULT (datetime('now')),
    decided_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    decided_at TEXT,
    -- The decider's word on the whole (a returned request has a reason per criterion too).
    decision   TEXT    NOT NULL DEFAULT '' CHECK (length(decision) <= 2000),
    CHECK ((status = 'requested') = (decided_at IS NULL))
) STRICT;

CREATE UNIQUE INDEX gate_requests_open ON gate_requests (idea_id) WHERE status = 'requested';
CREATE INDEX gate_requests_idea ON gate_requests (idea_id, id DESC);

-- The team's evidence for each criterion, and the decider's reason when it was returned.
CREATE TABLE gate_evidence (
    request_id   INTEGER NOT NULL REFERENCES gate_requests (id) ON DELETE CASCADE,
    criterion_id INTEGER NOT NULL REFERENCES gate_criteria (id),
    text         TEXT    NOT NULL DEFAULT '' CHECK (length(text) <= 2000),
    link         TEXT    NOT NULL DEFAULT '' CHECK (length(link) <= 500),
    outcome_id   INTEGER REFERENCES workshop_outcomes (id) ON DELETE SET NULL,
    reason       TEXT    NOT NULL DEFAULT '' CHECK (length(reason) <= 1000),
    PRIMARY KEY (request_id, criterion_id)
) STRICT;

-- Mentors assigned by the steering group: who assigned them and whether beyond capacity.
ALTER TABLE team_members ADD COLUMN assigned_by INTEGER REFERENCES users (id) ON DELETE SET NULL;
ALTER TABLE team_members ADD COLUMN over_capacity INTEGER NOT NULL DEFAULT 0
    CHECK (over_capacity IN (0, 1));

-- More kinds of notification: a request for sign-off (to the team's mentors), a decision (to
-- the team), being assigned to a team as its mentor, a partner's pledge (to the team) and the
-- team's answer (to the partner). The table is rebuilt for its CHECK.
CREATE TABLE notifications_new (
    id         INTEGER PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind       TEXT    NOT NULL CHECK (kind IN ('join_request', 'join_answer', 'team_invite',
                                                'idea_comment', 'mentor_feedback',
                                                'followed_activity', 'role_match',
                                                'workshop_seat', 'workshop_reminder',
                                                'gate_request', 'gate_decision',
                                                'mentor_assigned', 'pledge_offer',
                                                'pledge_answer')),
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

-- The day-before reminder is sent once per seat.
ALTER TABLE workshop_seats ADD COLUMN reminded_at TEXT;
