-- Accounts, profiles, roles, organisations, one-time email tokens and the email outbox.
-- Times are UTC text in SQLite's `datetime('now')` format ('YYYY-MM-DD HH:MM:SS').

-- A person. A deleted account keeps its row (so published content stays attributed to a
-- "former member") with every personal field erased and `deleted_at` set.
CREATE TABLE users (
    id                    INTEGER PRIMARY KEY,
    email                 TEXT    COLLATE NOCASE,
    display_name          TEXT,
    password_hash         TEXT,
    email_verified_at     TEXT,
    birth_year            INTEGER,
    bio                   TEXT    NOT NULL DEFAULT '',
    preferred_locale      TEXT    NOT NULL DEFAULT 'lt' CHECK (preferred_locale IN ('lt', 'en')),
    open_to_teams         INTEGER NOT NULL DEFAULT 0 CHECK (open_to_teams IN (0, 1)),
    -- What the person chose to show on their public profile. For anyone under 18 the email
    -- and birth year stay private whatever these say (enforced where profiles are read).
    show_email            INTEGER NOT NULL DEFAULT 0 CHECK (show_email IN (0, 1)),
    show_birth_year       INTEGER NOT NULL DEFAULT 0 CHECK (show_birth_year IN (0, 1)),
    show_bio              INTEGER NOT NULL DEFAULT 1 CHECK (show_bio IN (0, 1)),
    show_sectors          INTEGER NOT NULL DEFAULT 1 CHECK (show_sectors IN (0, 1)),
    show_skills           INTEGER NOT NULL DEFAULT 1 CHECK (show_skills IN (0, 1)),
    -- Under 14: a parent or guardian confirms by email before the account may publish.
    guardian_email        TEXT,
    guardian_confirmed_at TEXT,
    -- Bumped on password change and deletion: every session minted before is void.
    session_epoch         INTEGER NOT NULL DEFAULT 0,
    created_at            TEXT    NOT NULL DEFAULT (datetime('now')),
    deleted_at            TEXT,
    CHECK (deleted_at IS NOT NULL OR (email IS NOT NULL AND display_name IS NOT NULL
                                      AND password_hash IS NOT NULL))
) STRICT;

CREATE UNIQUE INDEX users_email_unique ON users (email) WHERE email IS NOT NULL;

CREATE TABLE user_sectors (
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    sector  TEXT    NOT NULL REFERENCES sectors (code),
    PRIMARY KEY (user_id, sector)
) STRICT;

-- Free skill tags, shared so that the profile form can suggest existing ones.
CREATE TABLE skills (
    id   INTEGER PRIMARY KEY,
    name TEXT    NOT NULL COLLATE NOCASE UNIQUE
) STRICT;

CREATE TABLE user_skills (
    user_id  INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    skill_id INTEGER NOT NULL REFERENCES skills (id),
    PRIMARY KEY (user_id, skill_id)
) STRICT;

-- Roles beyond "participant", which everyone with an account is.
CREATE TABLE user_roles (
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role       TEXT    NOT NULL CHECK (role IN ('mentor', 'partner', 'steering')),
    granted_by INTEGER REFERENCES users (id),
    granted_at TEXT    NOT NULL DEFAULT (datetime('now')),
    PRIMARY KEY (user_id, role)
) STRICT;

-- A mentor's expertise and how many teams they can guide at once.
CREATE TABLE mentor_profiles (
    user_id   INTEGER NOT NULL PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    expertise TEXT    NOT NULL DEFAULT '',
    capacity  INTEGER NOT NULL DEFAULT 2 CHECK (capacity BETWEEN 0 AND 20)
) STRICT;

CREATE TABLE organisations (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL COLLATE NOCASE UNIQUE,
    sector      TEXT    NOT NULL REFERENCES sectors (code),
    kind        TEXT    NOT NULL CHECK (kind IN ('business', 'ngo', 'school', 'university',
                                                 'cultural_institution', 'municipality')),
    website     TEXT    NOT NULL DEFAULT '',
    description TEXT    NOT NULL DEFAULT '',
    created_at  TEXT    NOT NULL DEFAULT (datetime('now'))
) STRICT;

-- A partner belongs to one organisation.
CREATE TABLE partner_profiles (
    user_id         INTEGER NOT NULL PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id)
) STRICT;

-- Links sent by email. Only a SHA-256 of the token is stored; each is single use.
CREATE TABLE email_tokens (
    token_hash TEXT    NOT NULL PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose    TEXT    NOT NULL CHECK (purpose IN ('verify_email', 'reset_password', 'guardian_consent')),
    expires_at TEXT    NOT NULL,
    used_at    TEXT,
    created_at TEXT    NOT NULL DEFAULT (datetime('now'))
) STRICT;

CREATE INDEX email_tokens_user ON email_tokens (user_id, purpose);

-- Every message the platform sends. A background sender delivers it over SMTP when one is
-- configured, otherwise writes it to the log; either way `sent_at` records the delivery.
CREATE TABLE outbox (
    id         INTEGER PRIMARY KEY,
    user_id    INTEGER REFERENCES users (id) ON DELETE SET NULL,
    recipient  TEXT    NOT NULL,
    kind       TEXT    NOT NULL,
    subject    TEXT    NOT NULL,
    body       TEXT    NOT NULL,
    created_at TEXT    NOT NULL DEFAULT (datetime('now')),
    sent_at    TEXT,
    attempts   INTEGER NOT NULL DEFAULT 0,
    last_error TEXT
) STRICT;

CREATE INDEX outbox_unsent ON outbox (id) WHERE sent_at IS NULL;
