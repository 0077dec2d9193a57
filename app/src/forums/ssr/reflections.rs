//! Reflections: after a forum (from its day on), each participant answers the check-out
//! question privately; only they read it, hosts and the steering group see only how many were
//! written. Sharing it adds it to the harvest as a note of the flow's last segment.
use super::{card_of, flow, my_seat, now_local};
use crate::common::error::AppError;
use crate::common::ids::ForumId;
use crate::common::Viewer;
use crate::forums::{Segment, SegmentKind, NOTE_MAX};
use crate::server::db::begin_write;
use crate::workshops::SeatStatus;
use sqlx::{SqliteConnection, SqlitePool};

/// The check-out questions: those of the flow's reflections, and of a circle that closes it.
pub fn check_out(flow: &[Segment]) -> Vec<String> {
    let mut out: Vec<String> = flow
        .iter()
        .filter(|s| s.kind == SegmentKind::Reflection)
        .flat_map(|s| s.questions.clone())
        .collect();
    if let Some(last) = flow.last().filter(|s| s.kind == SegmentKind::Circle) {
        out.extend(last.questions.clone());
    }
    out
}

pub(crate) async fn my_reflection(
    conn: &mut SqliteConnection,
    id: ForumId,
    user_id: i64,
) -> Result<Option<(String, bool)>, AppError> {
    Ok(sqlx::query_as(
        "SELECT body, shared FROM forum_reflections WHERE forum_id = ? AND user_id = ?",
    )
    .bind(id)
    .bind(user_id)
    .fetch_optional(&mut *conn)
    .await?)
}

pub(crate) async fn reflection_count(
    conn: &mut SqliteConnection,
    id: ForumId,
) -> Result<i64, AppError> {
    let (n,): (i64,) = sqlx::query_as("SELECT count(*) FROM forum_reflections WHERE forum_id = ?")
        .bind(id)
        .fetch_one(&mut *conn)
        .await?;
    Ok(n)
}

/// Writes (or rewrites) the viewer's reflection; with `share`, it also joins the harvest once.
pub async fn save_reflection(
    pool: &SqlitePool,
    viewer: &Viewer,
    id: ForumId,
    body: &str,
    share: bool,
    lang: &str,
) -> Result<(), AppError> {
    let body = body.trim();
    let mut tx = begin_write(pool).await?;
    let card = card_of(&mut tx, id).await?;
    let taking_part = matches!(
        my_seat(&mut tx, id, viewer.id).await?,
        Some((SeatStatus::Registered, _))
    );
    if !taking_part {
        return Err(AppError::Forbidden);
    }
    if !super::begun(&card, &now_local()) {
        return Err(AppError::field("body", "forum_not_begun"));
    }
    let mut c = crate::common::Check::new();
    c.length("body", body, 2, NOTE_MAX);
    c.finish().map_err(AppError::invalid)?;
    let shared_before = my_reflection(&mut tx, id, viewer.id)
        .await?
        .is_some_and(|(_, shared)| shared);
    sqlx::query(
        "INSERT INTO forum_reflections (forum_id, user_id, body, shared) VALUES (?, ?, ?, ?)
         ON CONFLICT (forum_id, user_id)
         DO UPDATE SET body = excluded.body, shared = max(shared, excluded.shared),
                       updated_at = datetime('now')",
    )
    .bind(id)
    .bind(viewer.id)
    .bind(body)
    .bind(share)
    .execute(&mut *tx)
    .await?;
    if share && !shared_before {
        let last = flow(&mut tx, id).await?.last().map(|s| s.id);
        let last = last.ok_or_else(|| AppError::field("form", "no_flow"))?;
        sqlx::query(
            "INSERT INTO harvest_notes (forum_id, segment_id, author_id, body, lang)
             VALUES (?, ?, ?, ?, ?)",
        )
        .bind(id)
        .bind(last)
        .bind(viewer.id)
        .bind(body)
        .bind(lang)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    if share && !shared_before {
        crate::server::live::announce(crate::server::live::Topic::Forum(id));
    }
    Ok(())
}
