//! The harvest: notes written during a forum by the people taking part and the hosts, at their
//! table in a World Café (or for the whole segment otherwise), append-only.
use super::run::position;
use super::{flow, is_host, my_seat};
use crate::common::error::AppError;
use crate::common::ids::ForumId;
use crate::common::Viewer;
use crate::forums::{HarvestNote, NOTE_MAX, PUBLIC_NOTE};
use crate::workshops::SeatStatus;
use sqlx::{SqliteConnection, SqlitePool};

/// How long a writer may edit their own note.
const EDIT_WINDOW: &str = "-10 minutes";

/// The notes of the forum, newest first: every one (`all`, for hosts and people taking part),
/// else only the public ones. Those `viewer` wrote in the last ten minutes are marked editable.
pub(crate) async fn notes(
    conn: &mut SqliteConnection,
    id: ForumId,
    viewer: Option<i64>,
    all: bool,
) -> Result<Vec<HarvestNote>, AppError> {
    type Row = (
        i64,
        i64,
        Option<i64>,
        Option<String>,
        String,
        String,
        String,
        Option<i64>,
        bool,
        Option<String>,
    );
    let rows: Vec<Row> = sqlx::query_as(&format!(
        "SELECT n.id, n.segment_id, n.table_no, u.display_name, n.body, n.lang, n.created_at,
                n.session_id,
                n.author_id = ? AND n.created_at > datetime('now', ?), s.title
           FROM harvest_notes n JOIN forums f ON f.id = n.forum_id
                LEFT JOIN users u ON u.id = n.author_id
                LEFT JOIN forum_sessions s ON s.id = n.session_id
          WHERE n.forum_id = ? AND (? OR {PUBLIC_NOTE}) ORDER BY n.id DESC"
    ))
    .bind(viewer.unwrap_or(0))
    .bind(EDIT_WINDOW)
    .bind(id)
    .bind(all)
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(
            |(id, segment, table, author, body, lang, at, session, editable, session_title)| {
                HarvestNote {
                    session,
                    session_title,
                    editable,
                    id,
                    segment: crate::common::ids::SegmentId(segment),
                    table: table.map(|t| t as u32),
                    author,
                    body,
                    lang,
                    at: local_hhmm(&at),
                }
            },
        )
        .collect())
}

/// "14:05" (Vilnius) for a stored UTC `YYYY-MM-DD HH:MM:SS`.
fn local_hhmm(utc: &str) -> String {
    chrono::NaiveDateTime::parse_from_str(utc, "%Y-%m-%d %H:%M:%S")
        .map(|t| {
            crate::server::time::in_vilnius(t.and_utc())
                .format("%H:%M")
                .to_string()
        })
        .unwrap_or_default()
}

/// Someone taking part (or a host) writes a note while the forum runs; it belongs to their
/// table in the running round of a café, to the chosen `session` of a running Open Space, else
/// to the running segment.
pub async fn add_note(
    pool: &SqlitePool,
    viewer: &Viewer,
    id: ForumId,
    body: &str,
    lang: &str,
    session: Option<i64>,
) -> Result<(), AppError> {
    let body = body.trim();
    let mut tx = crate::server::db::begin_write(pool).await?;
    super::card_of(&mut tx, id).await?;
    let taking_part = matches!(
        my_seat(&mut tx, id, viewer.id).await?,
        Some((SeatStatus::Registered, _))
    );
    if !taking_part && !is_host(&mut tx, viewer, id).await? {
        return Err(AppError::Forbidden);
    }
    // Checked after who may write, so the refusal does not depend on what was typed.
    let mut c = crate::common::Check::new();
    c.length("body", body, 2, NOTE_MAX);
    c.finish().map_err(AppError::invalid)?;
    let flow = flow(&mut tx, id).await?;
    let (at, round, _) = position(&mut tx, id, &flow).await?;
    let seg = at
        .and_then(|i| flow.get(i))
        .ok_or_else(|| AppError::field("body", "forum_not_running"))?;
    let table = super::live::table_of(&mut tx, seg.id, round, viewer.id).await?;
    if let Some(session) = session {
        let found: Option<(i64,)> =
            sqlx::query_as("SELECT 1 FROM forum_sessions WHERE id = ? AND segment_id = ?")
                .bind(session)
                .bind(seg.id)
                .fetch_optional(&mut *tx)
                .await?;
        if found.is_none() {
            return Err(AppError::field("session", "choice_invalid"));
        }
    }
    sqlx::query(
        "INSERT INTO harvest_notes (forum_id, segment_id, table_no, author_id, body, lang,
                                    session_id)
         VALUES (?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(id)
    .bind(seg.id)
    .bind(table.map(|(t, _)| t))
    .bind(viewer.id)
    .bind(body)
    .bind(lang)
    .bind(session)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    crate::server::live::announce(crate::server::live::Topic::Forum(id));
    Ok(())
}

/// The writer edits their own note within ten minutes of writing it; later it stands as it is.
pub async fn edit_note(
    pool: &SqlitePool,
    viewer: &Viewer,
    forum: ForumId,
    note: i64,
    body: &str,
    lang: &str,
) -> Result<(), AppError> {
    let body = body.trim();
    let mut tx = crate::server::db::begin_write(pool).await?;
    let row: Option<(Option<i64>, bool)> = sqlx::query_as(
        "SELECT author_id, created_at > datetime('now', ?) FROM harvest_notes
          WHERE id = ? AND forum_id = ?",
    )
    .bind(EDIT_WINDOW)
    .bind(note)
    .bind(forum)
    .fetch_optional(&mut *tx)
    .await?;
    let (author, recent) = row.ok_or(AppError::NotFound)?;
    if author != Some(viewer.id) {
        return Err(AppError::Forbidden);
    }
    let mut c = crate::common::Check::new();
    c.length("body", body, 2, NOTE_MAX);
    c.finish().map_err(AppError::invalid)?;
    if !recent {
        return Err(AppError::field("body", "edit_window_over"));
    }
    sqlx::query(
        "UPDATE harvest_notes SET body = ?, lang = ?, edited_at = datetime('now') WHERE id = ?",
    )
    .bind(body)
    .bind(lang)
    .bind(note)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    crate::server::live::announce(crate::server::live::Topic::Forum(forum));
    Ok(())
}

/// Someone who may turn the forum's notes into ideas adds a note to an existing idea as a
/// comment (quoted, with the forum named): an idea born in the forum, brought to it as a case,
/// or their own.
pub async fn note_to_comment(
    pool: &SqlitePool,
    viewer: &Viewer,
    forum: ForumId,
    note: i64,
    idea: crate::common::ids::IdeaId,
) -> Result<(), AppError> {
    let page = super::forum_page(pool, Some(viewer), forum).await?;
    if !page.may_share {
        return Err(AppError::Forbidden);
    }
    if !page.comment_ideas.iter().any(|(id, _)| *id == idea) {
        return Err(AppError::field("idea", "choice_invalid"));
    }
    let note = page
        .harvest
        .iter()
        .find(|n| n.id == note)
        .ok_or(AppError::NotFound)?;
    let body = quoted_note(&note.body, &page.card.title);
    let mut tx = crate::server::db::begin_write(pool).await?;
    crate::server::comments::write(&mut tx, viewer, idea, None, &body, None).await?;
    crate::server::mail::commit_and_send(tx).await?;
    Ok(())
}

/// A note as a comment: quoted, then where it was harvested.
fn quoted_note(body: &str, forum: &str) -> String {
    let quoted: Vec<String> = body.lines().map(|l| format!("> {l}")).collect();
    format!("{}\n\n— {forum}", quoted.join("\n"))
}

/// The visible ideas born in the forum, with their stage now.
pub(crate) async fn born(
    conn: &mut SqliteConnection,
    id: ForumId,
) -> Result<
    Vec<(
        crate::common::ids::IdeaId,
        String,
        crate::ideas::stage::Stage,
    )>,
    AppError,
> {
    let rows: Vec<(crate::common::ids::IdeaId, String, String)> = sqlx::query_as(
        "SELECT id, title, stage FROM ideas WHERE born_in_forum = ? AND hidden_at IS NULL
          ORDER BY created_at, id",
    )
    .bind(id)
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(id, title, stage)| {
            let stage = crate::ideas::stage::Stage::from_code(&stage)
                .unwrap_or(crate::ideas::stage::Stage::Spark);
            (id, title, stage)
        })
        .collect())
}
