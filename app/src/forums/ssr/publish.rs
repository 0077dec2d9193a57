//! Publishing a forum's harvest after it: the whole (or keeping it private), or part by part
//! (a café's table, an Open Space session, a whole segment) while the rest stays with those who
//! took part. Which notes are public is one rule, `forums::PUBLIC_NOTE`.
use super::require_host;
use crate::common::error::AppError;
use crate::common::ids::{ForumId, SegmentId};
use crate::common::Viewer;
use crate::forums::{HarvestPart, HarvestState};
use crate::server::db::begin_write;
use crate::server::live::{announce, Topic};
use sqlx::{SqliteConnection, SqlitePool};

/// The part a note belongs to, as `(segment, table, session)` with 0 for none: its session,
/// else its table, else its whole segment.
const PART_OF_NOTE: &str = "SELECT segment_id AS seg,
        CASE WHEN session_id IS NULL THEN coalesce(table_no, 0) ELSE 0 END AS tab,
        coalesce(session_id, 0) AS ses
   FROM harvest_notes WHERE forum_id = ?";

/// The parts of the forum's harvest that hold notes, in the flow's order, with their counts
/// and whether each is published on its own.
pub(crate) async fn parts(
    conn: &mut SqliteConnection,
    id: ForumId,
) -> Result<Vec<HarvestPart>, AppError> {
    type Row = (SegmentId, u32, i64, Option<String>, i64, bool);
    let rows: Vec<Row> = sqlx::query_as(&format!(
        "WITH k AS ({PART_OF_NOTE})
         SELECT k.seg, k.tab, k.ses, s.title, count(*),
                EXISTS (SELECT 1 FROM forum_harvest_parts hp
                         WHERE hp.segment_id = k.seg AND hp.table_no = k.tab
                           AND hp.session_id = k.ses)
           FROM k JOIN forum_segments g ON g.id = k.seg
                LEFT JOIN forum_sessions s ON s.id = k.ses
          GROUP BY k.seg, k.tab, k.ses
          ORDER BY g.starts_min, g.id, k.tab, s.title, k.ses"
    ))
    .bind(id)
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(
            |(segment, table, session, session_title, notes, published)| HarvestPart {
                segment,
                table: (table > 0).then_some(table),
                session: (session > 0).then_some(session),
                session_title,
                notes,
                published,
            },
        )
        .collect())
}

/// The hosts publish the whole harvest on the forum's page, or keep it private (which takes
/// back every part published on its own too).
pub async fn set_harvest(
    pool: &SqlitePool,
    viewer: &Viewer,
    id: ForumId,
    state: Option<HarvestState>,
) -> Result<(), AppError> {
    let mut tx = begin_write(pool).await?;
    require_host(&mut tx, viewer, id).await?;
    let state = state.ok_or_else(|| AppError::field("harvest", "choice_invalid"))?;
    sqlx::query("UPDATE forums SET harvest = ? WHERE id = ?")
        .bind(state.code())
        .bind(id)
        .execute(&mut *tx)
        .await?;
    // The whole covers every part; private takes them back.
    store_parts(&mut tx, id, &[]).await?;
    tx.commit().await?;
    announce(Topic::Forum(id));
    Ok(())
}

/// The hosts publish one part of the harvest (`publish`), or take it back. Taking one part back
/// from a harvest published whole leaves every other part published; publishing a part of a
/// harvest kept private makes that part public and the rest stays private (also to the people
/// who took part).
pub async fn set_part(
    pool: &SqlitePool,
    viewer: &Viewer,
    id: ForumId,
    part: Option<(SegmentId, u32, i64)>,
    publish: bool,
) -> Result<(), AppError> {
    let mut tx = begin_write(pool).await?;
    require_host(&mut tx, viewer, id).await?;
    let all = parts(&mut tx, id).await?;
    let key = |p: &HarvestPart| (p.segment, p.table.unwrap_or(0), p.session.unwrap_or(0));
    let part = part
        .filter(|want| all.iter().any(|p| key(p) == *want))
        .ok_or_else(|| AppError::field("part", "choice_invalid"))?;
    let (state,): (String,) = sqlx::query_as("SELECT harvest FROM forums WHERE id = ?")
        .bind(id)
        .fetch_one(&mut *tx)
        .await?;
    let whole = state == HarvestState::Published.code();
    let keep: Vec<(SegmentId, u32, i64)> = if whole && !publish {
        all.iter().map(key).filter(|k| *k != part).collect()
    } else if whole {
        Vec::new()
    } else {
        let mut keep: Vec<_> = all.iter().filter(|p| p.published).map(key).collect();
        keep.retain(|k| *k != part);
        if publish {
            keep.push(part);
        }
        keep
    };
    if !(whole && publish) {
        store_parts(&mut tx, id, &keep).await?;
        // A harvest kept private stays private to those who took part (the part alone is
        // public); only the whole becomes "in part".
        sqlx::query("UPDATE forums SET harvest = 'open' WHERE id = ? AND harvest = 'published'")
            .bind(id)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    announce(Topic::Forum(id));
    Ok(())
}

/// Replaces the forum's published parts with `keep`.
async fn store_parts(
    conn: &mut SqliteConnection,
    id: ForumId,
    keep: &[(SegmentId, u32, i64)],
) -> Result<(), AppError> {
    sqlx::query("DELETE FROM forum_harvest_parts WHERE forum_id = ?")
        .bind(id)
        .execute(&mut *conn)
        .await?;
    for (segment, table, session) in keep {
        sqlx::query(
            "INSERT INTO forum_harvest_parts (forum_id, segment_id, table_no, session_id)
             VALUES (?, ?, ?, ?)",
        )
        .bind(id)
        .bind(segment)
        .bind(table)
        .bind(session)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}
