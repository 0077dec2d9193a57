-- The steering group's decisions and the audit log of its actions.
--
-- A decision: a member proposes a text (optionally about an idea, an intervention, a workshop
-- or an organisation) with a deadline; members answer agree / disagree / abstain, each with a
-- reason, once; the outcome is recorded when every member has answered or the deadline has
-- passed. Nothing here is ever edited or deleted except the one-time recording of the outcome.
CREATE TABLE decisions (
    id           INTEGER PRIMARY KEY,
    proposer_id  INTEGER NOT NULL REFERENCES users (id),
    text         TEXT    NOT NULL,
    subject_kind TEXT    CHECK (subject_kind IN ('idea', 'intervention', 'workshop',
                     'organisation')),
    subject_id   INTEGER,
    -- The last day answers are taken (a calendar date, YYYY-MM-DD).
    deadline     TEXT    NOT NULL,
    created_at   TEXT    NOT NULL DEFAULT (datetime('now')),
    outcome      TEXT    CHECK (outcome IN ('agreed', 'not_agreed', 'no_answers')),
    decided_at   TEXT,
    CHECK ((subject_kind IS NULL) = (subject_id IS NULL)),
    CHECK ((outcome IS NULL) = (decided_at IS NULL))
) STRICT;
CREATE INDEX decisions_open ON decisions (deadline) WHERE outcome IS NULL;
CREATE INDEX decisions_by_subject ON decisions (subject_kind, subject_id);

CREATE TABLE decision_answers (
    decision_id INTEGER NOT NULL REFERENCES decisions (id),
    member_id   INTEGER NOT NULL REFERENCES users (id),
    answer      TEXT    NOT NULL CHECK (answer IN ('agree', 'disagree', 'abstain')),
    reason      TEXT    NOT NULL CHECK (length(trim(reason)) > 0),
    answered_at TEXT    NOT NULL DEFAULT (datetime('now')),
    PRIMARY KEY (decision_id, member_id)
) STRICT;

CREATE TRIGGER decisions_only_outcome_changes BEFORE UPDATE ON decisions
WHEN OLD.outcome IS NOT NULL
  OR NEW.proposer_id IS NOT OLD.proposer_id OR NEW.text IS NOT OLD.text
  OR NEW.subject_kind IS NOT OLD.subject_kind OR NEW.subject_id IS NOT OLD.subject_id
  OR NEW.deadline IS NOT OLD.deadline OR NEW.created_at IS NOT OLD.created_at
BEGIN
    SELECT RAISE(ABORT, 'a decision is never edited; only its outcome is recorded, once');
END;
CREATE TRIGGER decisions_never_deleted BEFORE DELETE ON decisions
BEGIN
    SELECT RAISE(ABORT, 'a decision is never deleted');
END;
CREATE TRIGGER decision_answers_while_open BEFORE INSERT ON decision_answers
WHEN (SELECT outcome FROM decisions WHERE id = NEW.decision_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'the decision is already recorded');
END;
CREATE TRIGGER decision_answers_never_edited BEFORE UPDATE ON decision_answers
BEGIN
    SELECT RAISE(ABORT, 'an answer is never edited');
END;
CREATE TRIGGER decision_answers_never_deleted BEFORE DELETE ON decision_answers
BEGIN
    SELECT RAISE(ABORT, 'an answer is never deleted');
END;

-- What the steering group did across the platform: roles, moderation, the festival's
-- placements, decisions and imports. Written in the same transaction as the action (moderation
-- through the trigger below, so no writer of `moderation_log` can forget it); never edited.
CREATE TABLE audit_log (
    id           INTEGER PRIMARY KEY,
    at           TEXT    NOT NULL DEFAULT (datetime('now')),
    actor_id     INTEGER REFERENCES users (id),
    action       TEXT    NOT NULL CHECK (action IN (
                     'role_granted', 'role_revoked', 'partner_invited',
                     'idea_hidden', 'idea_restored', 'comment_hidden', 'comment_restored',
                     'reports_dismissed', 'person_blocked', 'person_unblocked',
                     'intervention_accepted', 'intervention_declined', 'intervention_placed',
                     'schedule_run', 'schedule_undone', 'program_published',
                     'decision_proposed', 'decision_answered', 'decision_recorded',
                     'file_imported')),
    subject_kind TEXT    NOT NULL CHECK (subject_kind IN ('person', 'idea', 'comment',
                     'intervention', 'edition', 'decision', 'import')),
    subject_id   INTEGER,
    -- A code or a short value (a role, an answer, a count); never free text from a person.
    detail       TEXT    NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX audit_log_by_action ON audit_log (action, id);
CREATE INDEX audit_log_by_actor ON audit_log (actor_id, id);

CREATE TRIGGER audit_log_never_edited BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is never edited');
END;
CREATE TRIGGER audit_log_never_deleted BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is never deleted');
END;

CREATE TRIGGER moderation_to_audit AFTER INSERT ON moderation_log
BEGIN
    INSERT INTO audit_log (at, actor_id, action, subject_kind, subject_id)
    VALUES (NEW.created_at, NEW.actor_id,
        CASE
            WHEN NEW.action = 'block' THEN 'person_blocked'
            WHEN NEW.action = 'unblock' THEN 'person_unblocked'
            WHEN NEW.action = 'dismiss' THEN 'reports_dismissed'
            WHEN NEW.comment_id IS NOT NULL AND NEW.action = 'hide' THEN 'comment_hidden'
            WHEN NEW.comment_id IS NOT NULL THEN 'comment_restored'
            WHEN NEW.action = 'hide' THEN 'idea_hidden'
            ELSE 'idea_restored'
        END,
        CASE
            WHEN NEW.action IN ('block', 'unblock') THEN 'person'
            WHEN NEW.comment_id IS NOT NULL THEN 'comment'
            ELSE 'idea'
        END,
        CASE
            WHEN NEW.action IN ('block', 'unblock') THEN NEW.user_id
            WHEN NEW.comment_id IS NOT NULL THEN NEW.comment_id
            ELSE NEW.idea_id
        END);
END;

-- What was logged before this table existed.
INSERT INTO audit_log (at, actor_id, action, subject_kind, subject_id)
SELECT created_at, actor_id,
    CASE
        WHEN action = 'block' THEN 'person_blocked'
        WHEN action = 'unblock' THEN 'person_unblocked'
        WHEN action = 'dismiss' THEN 'reports_dismissed'
        WHEN comment_id IS NOT NULL AND action = 'hide' THEN 'comment_hidden'
        WHEN comment_id IS NOT NULL THEN 'comment_restored'
        WHEN action = 'hide' THEN 'idea_hidden'
        ELSE 'idea_restored'
    END,
    CASE
        WHEN action IN ('block', 'unblock') THEN 'person'
        WHEN comment_id IS NOT NULL THEN 'comment'
        ELSE 'idea'
    END,
    CASE
        WHEN action IN ('block', 'unblock') THEN user_id
        WHEN comment_id IS NOT NULL THEN comment_id
        ELSE idea_id
    END
FROM moderation_log ORDER BY id;
INSERT INTO audit_log (at, actor_id, action, subject_kind, subject_id, detail)
SELECT granted_at, granted_by, 'role_granted', 'person', user_id, role
FROM user_roles WHERE granted_by IS NOT NULL ORDER BY granted_at;
