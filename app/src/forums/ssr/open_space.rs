//! Open Space in SQL: the marketplace (sessions people post), the grid of spaces × slots a host
//! (or the session's convener, when the hosts allow) fills, "I'll go", and the sessions that
//! outgrew their space. Every change is announced on the forum's live channel.
use super::live::public_name;
use super::{card_of, is_host, segment_of, takes_part};
use crate::common::error::AppError;
use crate::common::ids::{ForumId, SegmentId};
use crate::common::{Check, Viewer};
use crate::forums::open_space::{
    bigger_spaces, may_place, slots, Placed, SESSION_TITLE_MAX, SESSION_WHAT_MAX,
};
use crate::forums::{OpenGrid, OsSession, Segment, SegmentKind};
use crate::server::db::begin_write;
use crate::server::live::{announce, Topic};
use sqlx::{SqliteConnection, SqlitePool};

/// An Open Space's grid as the viewer sees it (anyone: the room screen needs no sign-in).
pub(crate) async fn grid(
    conn: &mut SqliteConnection,
    viewer: Option<&Viewer>,
    forum: ForumId,
    seg: &Segment,
) -> Result<OpenGrid, AppError> {
    let card = card_of(conn, forum).await?;
    let (host, part) = match viewer {
        Some(v) => (
            is_host(conn, v, forum).await?,
            takes_part(conn, forum, v.id).await?,
        ),
        None => (false, false),
    };
    let me = viewer.map_or(0, |v| v.id);
    // (id, title, what, lang, convener id, name, birth year, guardian, space, slot, goers, going)
    type Row = (
        i64,
        String,
        String,
        String,
        Option<i64>,
        Option<String>,
        Option<i32>,
        bool,
        Option<i64>,
        Option<u32>,
        u32,
        bool,
    );
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT s.id, s.title, s.what, s.lang, s.convener_id, u.display_name, u.birth_year,
                coalesce(u.guardian_email IS NOT NULL, 0), s.space_id, s.slot,
                (SELECT count(*) FROM forum_session_goers g WHERE g.session_id = s.id),
                EXISTS (SELECT 1 FROM forum_session_goers g
                         WHERE g.session_id = s.id AND g.user_id = ?)
           FROM forum_sessions s LEFT JOIN users u ON u.id = s.convener_id
          WHERE s.segment_id = ? ORDER BY s.id",
    )
    .bind(me)
    .bind(seg.id)
    .fetch_all(&mut *conn)
    .await?;
    let sessions: Vec<OsSession> = rows
        .into_iter()
        .map(
            |(
                id,
                title,
                what,
                lang,
                convener_id,
                name,
                year,
                guardian,
                space,
                slot,
                goers,
                going,
            )| {
                let mine = convener_id.is_some() && convener_id == viewer.map(|v| v.id);
                OsSession {
                    id,
                    title,
                    what,
                    lang,
                    convener: name.map(|n| public_name(Some(n), year, guardian)),
                    convener_id,
                    space,
                    slot,
                    goers,
                    going,
                    may_place: !card.ended && (host || (mine && seg.conveners_place)),
                }
            },
        )
        .collect();
    let suggestions = if host {
        bigger_spaces(&seg.spaces, &sessions)
    } else {
        Vec::new()
    };
    Ok(OpenGrid {
        segment: seg.id,
        spaces: seg.spaces.clone(),
        slots: slots(seg),
        sessions,
        conveners_place: seg.conveners_place,
        may_post: viewer.is_some_and(Viewer::may_publish) && (host || part) && !card.ended,
        suggestions,
    })
}

/// The Open Space segment `segment` of the forum, for someone taking part or hosting while the
/// forum has not ended.
async fn open_space_for(
    conn: &mut SqliteConnection,
    viewer: &Viewer,
    forum: ForumId,
    segment: SegmentId,
) -> Result<(Segment, bool), AppError> {
    let card = card_of(conn, forum).await?;
    let host = is_host(conn, viewer, forum).await?;
    if !host && !takes_part(conn, forum, viewer.id).await? {
        return Err(AppError::Forbidden);
    }
    let seg = segment_of(conn, forum, segment).await?;
    if seg.kind != SegmentKind::OpenSpace {
        return Err(AppError::field("segment", "choice_invalid"));
    }
    if card.ended {
        return Err(AppError::field("form", "forum_ended"));
    }
    Ok((seg, host))
}

/// Someone taking part (or a host) posts a session to the marketplace: they convene it.
pub async fn post_session(
    pool: &SqlitePool,
    viewer: &Viewer,
    forum: ForumId,
    segment: SegmentId,
    title: &str,
    what: &str,
    lang: &str,
) -> Result<i64, AppError> {
    let mut tx = begin_write(pool).await?;
    open_space_for(&mut tx, viewer, forum, segment).await?;
    let mut c = Check::new();
    c.line("title", title.trim(), 3, SESSION_TITLE_MAX);
    c.length("what", what.trim(), 0, SESSION_WHAT_MAX);
    c.finish().map_err(AppError::invalid)?;
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO forum_sessions (segment_id, convener_id, title, what, lang)
         VALUES (?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(segment)
    .bind(viewer.id)
    .bind(title.trim())
    .bind(what.trim())
    .bind(lang)
    .fetch_one(&mut *tx)
    .await?;
    tx.commit().await?;
    announce(Topic::Forum(forum));
    Ok(id)
}

/// The session `session` of this forum's Open Space `(segment, convener)`.
async fn session_of(
    conn: &mut SqliteConnection,
    forum: ForumId,
    session: i64,
) -> Result<(SegmentId, Option<i64>), AppError> {
    sqlx::query_as(
        "SELECT s.segment_id, s.convener_id FROM forum_sessions s
           JOIN forum_segments g ON g.id = s.segment_id
          WHERE s.id = ? AND g.forum_id = ?",
    )
    .bind(session)
    .bind(forum)
    .fetch_optional(&mut *conn)
    .await?
    .ok_or(AppError::NotFound)
}

/// A host (or the session's convener, when the hosts allow) puts a session in a cell of the
/// grid (`"space:slot"`), or takes it out (`""`). A taken cell, or a convener already elsewhere
/// in that slot, is refused on the `cell` field. With `swap` (a host's move to a bigger space),
/// the session in the cell takes this one's place in the same slot.
pub async fn place_session(
    pool: &SqlitePool,
    viewer: &Viewer,
    forum: ForumId,
    session: i64,
    cell: &str,
    swap: bool,
) -> Result<(), AppError> {
    let mut tx = begin_write(pool).await?;
    let (segment, convener) = session_of(&mut tx, forum, session).await?;
    let (seg, host) = open_space_for(&mut tx, viewer, forum, segment).await?;
    let own = convener == Some(viewer.id);
    if !(host || own && seg.conveners_place) {
        return Err(AppError::Forbidden);
    }
    let cell = match cell.trim() {
        "" => None,
        typed => {
            let parsed = typed
                .split_once(':')
                .and_then(|(space, slot)| {
                    Some((space.parse::<i64>().ok()?, slot.parse::<u32>().ok()?))
                })
                .filter(|(space, slot)| {
                    seg.spaces.iter().any(|s| s.id == *space) && (1..=seg.rounds()).contains(slot)
                });
            Some(parsed.ok_or_else(|| AppError::field("cell", "choice_invalid"))?)
        }
    };
    if let Some(cell) = cell {
        // (session, convener, space, slot)
        type Row = (i64, Option<i64>, Option<i64>, Option<u32>);
        let rows: Vec<Row> = sqlx::query_as(
            "SELECT id, convener_id, space_id, slot FROM forum_sessions WHERE segment_id = ?",
        )
        .bind(segment)
        .fetch_all(&mut *tx)
        .await?;
        let mut placed: Vec<Placed> = rows
            .into_iter()
            .map(|(id, convener, space, slot)| Placed {
                id,
                convener,
                cell: space.zip(slot),
            })
            .collect();
        let old = placed.iter().find(|p| p.id == session).and_then(|p| p.cell);
        let occupant = placed
            .iter()
            .find(|p| p.cell == Some(cell) && p.id != session)
            .map(|p| p.id);
        if let (true, true, Some(other), Some(old)) = (swap, host, occupant, old) {
            if old.1 != cell.1 {
                return Err(AppError::field("cell", "cell_taken"));
            }
            // Same slot: neither convener changes slot, so the rule holds; the old cell is
            // emptied first (one session per cell).
            sqlx::query("UPDATE forum_sessions SET space_id = NULL, slot = NULL WHERE id = ?")
                .bind(session)
                .execute(&mut *tx)
                .await?;
            sqlx::query("UPDATE forum_sessions SET space_id = ?, slot = ? WHERE id = ?")
                .bind(old.0)
                .bind(old.1)
                .bind(other)
                .execute(&mut *tx)
                .await?;
            placed.retain(|p| p.id != other);
        }
        let moving = Placed {
            id: session,
            convener,
            cell: None,
        };
        may_place(&placed, &moving, cell).map_err(|code| AppError::field("cell", code))?;
    }
    sqlx::query("UPDATE forum_sessions SET space_id = ?, slot = ? WHERE id = ?")
        .bind(cell.map(|c| c.0))
        .bind(cell.map(|c| c.1))
        .bind(session)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    announce(Topic::Forum(forum));
    Ok(())
}

/// Someone taking part says "I'll go" to a session (`go`), or takes it back. Interest only:
/// nobody is registered into a session.
pub async fn go_session(
    pool: &SqlitePool,
    viewer: &Viewer,
    forum: ForumId,
    session: i64,
    go: bool,
) -> Result<(), AppError> {
    let mut tx = begin_write(pool).await?;
    let (segment, _) = session_of(&mut tx, forum, session).await?;
    open_space_for(&mut tx, viewer, forum, segment).await?;
    let sql = if go {
        "INSERT INTO forum_session_goers (session_id, user_id) VALUES (?, ?)
         ON CONFLICT DO NOTHING"
    } else {
        "DELETE FROM forum_session_goers WHERE session_id = ? AND user_id = ?"
    };
    sqlx::query(sql)
        .bind(session)
        .bind(viewer.id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    announce(Topic::Forum(forum));
    Ok(())
}
