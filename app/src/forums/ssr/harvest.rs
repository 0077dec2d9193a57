//! The harvest: notes written during a forum by the people taking part and the hosts, at their
//! table in a World Café (or for the whole segment otherwise), append-only.
use super::run::position;
use super::{flow, is_host, my_seat};
use crate::common::error::AppError;
use crate::common::ids::ForumId;
use crate::common::Viewer;
use crate::forums::{HarvestNote, NOTE_MAX};
use crate::workshops::SeatStatus;
use sqlx::{SqliteConnection, SqlitePool};

/// Every note of the forum, newest first.
pub(crate) async fn notes(
    conn: &mut SqliteConnection,
    id: ForumId,
) -> Result<Vec<HarvestNote>, AppError> {
    type Row = (
        i64,
        i64,
        Option<i64>,
        Option<String>,
        String,
        String,
        String,
    );
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT n.id, n.segment_id, n.table_no, u.display_name, n.body, n.lang, n.created_at
           FROM harvest_notes n LEFT JOIN users u ON u.id = n.author_id
          WHERE n.forum_id = ? ORDER BY n.id DESC",
    )
    .bind(id)
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(id, segment, table, author, body, lang, at)| HarvestNote {
            id,
            segment: crate::common::ids::SegmentId(segment),
            table: table.map(|t| t as u32),
            author,
            body,
            lang,
            at: local_hhmm(&at),
        })
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
/// table in the running round of a World Café, else to the running segment.
pub async fn add_note(
    pool: &SqlitePool,
    viewer: &Viewer,
    id: ForumId,
    body: &str,
    lang: &str,
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
    sqlx::query(
        "INSERT INTO harvest_notes (forum_id, segment_id, table_no, author_id, body, lang)
         VALUES (?, ?, ?, ?, ?, ?)",
    )
    .bind(id)
    .bind(seg.id)
    .bind(table.map(|(t, _)| t))
    .bind(viewer.id)
    .bind(body)
    .bind(lang)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    crate::server::live::announce(crate::server::live::Topic::Forum(id));
    Ok(())
}
