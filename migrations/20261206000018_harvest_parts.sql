-- A forum's harvest published in part: the hosts may publish one table's (or one Open Space
-- session's, or one whole segment's) notes while the rest stays with those who took part.
-- `table_no` and `session_id` are 0 for a part that is the whole segment; a note belongs to
-- the part (its segment, its session if any, else its table if any, else the segment).
-- Publishing the whole harvest (`forums.harvest = 'published'`) covers every part; keeping it
-- private removes them.
CREATE TABLE forum_harvest_parts (
    forum_id   INTEGER NOT NULL REFERENCES forums (id) ON DELETE CASCADE,
    segment_id INTEGER NOT NULL REFERENCES forum_segments (id) ON DELETE CASCADE,
    table_no   INTEGER NOT NULL DEFAULT 0 CHECK (table_no >= 0),
    session_id INTEGER NOT NULL DEFAULT 0 CHECK (session_id >= 0),
    PRIMARY KEY (segment_id, table_no, session_id)
) STRICT;

CREATE INDEX forum_harvest_parts_forum ON forum_harvest_parts (forum_id);
