-- Files the steering group uploads to import organisations or mentors: kept as they came, for
-- their preview, and marked when imported (a file is imported once, whole).
CREATE TABLE steering_imports (
    id            INTEGER PRIMARY KEY,
    kind          TEXT    NOT NULL CHECK (kind IN ('organisations', 'mentors')),
    file_name     TEXT    NOT NULL DEFAULT '' CHECK (length(file_name) <= 120),
    body          BLOB    NOT NULL CHECK (length(body) <= 2097152),
    created_by    INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at    TEXT    NOT NULL DEFAULT (datetime('now')),
    imported_at   TEXT,
    imported_by   INTEGER REFERENCES users (id) ON DELETE SET NULL,
    imported_rows INTEGER NOT NULL DEFAULT 0
) STRICT;
