//! Creating a forum, what its form offers, and its flow (segments added and removed by hosts).
use super::{flow, require_host};
use crate::common::error::AppError;
use crate::common::ids::{ForumId, SegmentId};
use crate::common::{PersonRef, Viewer};
use crate::forums::{segment_fits, ForumContext, ForumForm, SegmentForm};
use crate::server::db::begin_write;
use crate::server::lookups::places;
use crate::server::people::PERSON;
use crate::workshops::Where;
use sqlx::SqlitePool;

/// The places, and the mentors and partners who may co-host.
pub async fn create_context(pool: &SqlitePool) -> Result<ForumContext, AppError> {
    let mut conn = pool.acquire().await?;
    let hosts = sqlx::query(&format!(
        "SELECT {PERSON} FROM users u
          WHERE u.deleted_at IS NULL
            AND EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id
                           AND r.role IN ('mentor', 'partner', 'steering'))
          ORDER BY u.display_name"
    ))
    .fetch_all(&mut *conn)
    .await?
    .iter()
    .map(|r| crate::server::people::person_at(r, 0))
    .collect::<Result<Vec<PersonRef>, sqlx::Error>>()?;
    Ok(ForumContext {
        places: places(&mut conn).await?,
        hosts,
    })
}

/// Creates a forum; its creator hosts it, with the co-hosts named (organisers only).
pub async fn create(
    pool: &SqlitePool,
    viewer: &Viewer,
    form: &ForumForm,
    co_hosts: &[i64],
) -> Result<ForumId, AppError> {
    let checked = form.check().map_err(AppError::invalid)?;
    let mut tx = begin_write(pool).await?;
    let place = match checked.at {
        Where::Place(place) => {
            crate::server::lookups::require_place(&mut tx, place).await?;
            Some(place)
        }
        Where::Online => None,
    };
    let (id,): (ForumId,) = sqlx::query_as(
        "INSERT INTO forums (title, calling, lang, day, starts_min, ends_min, place_id, online_url,
                             capacity, closes_at, created_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(form.title.trim())
    .bind(form.calling.trim())
    .bind(checked.lang)
    .bind(form.day.trim())
    .bind(checked.starts)
    .bind(checked.ends)
    .bind(place)
    .bind((checked.at == Where::Online).then(|| form.online_url.trim()))
    .bind(checked.capacity)
    .bind(&checked.closes_at)
    .bind(viewer.id)
    .fetch_one(&mut *tx)
    .await?;
    let mut hosting = vec![viewer.id];
    for person in co_hosts {
        let organiser: Option<(i64,)> = sqlx::query_as(
            "SELECT 1 FROM user_roles r JOIN users u ON u.id = r.user_id
              WHERE r.user_id = ? AND r.role IN ('mentor', 'partner', 'steering')
                AND u.deleted_at IS NULL",
        )
        .bind(person)
        .fetch_optional(&mut *tx)
        .await?;
        if organiser.is_none() {
            return Err(AppError::field("hosts", "not_an_organiser"));
        }
        if !hosting.contains(person) {
            hosting.push(*person);
        }
    }
    for person in hosting {
        sqlx::query("INSERT INTO forum_hosts (forum_id, user_id) VALUES (?, ?)")
            .bind(id)
            .bind(person)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(id)
}

/// Adds a segment to the flow (hosts only): within the forum's hours, overlapping none.
pub async fn add_segment(
    pool: &SqlitePool,
    viewer: &Viewer,
    id: ForumId,
    form: &SegmentForm,
) -> Result<SegmentId, AppError> {
    let mut tx = begin_write(pool).await?;
    let card = require_host(&mut tx, viewer, id).await?;
    let seg = form.check().map_err(AppError::invalid)?;
    let others: Vec<(u32, u32)> = flow(&mut tx, id)
        .await?
        .iter()
        .map(|s| (s.starts, s.ends))
        .collect();
    segment_fits((card.starts, card.ends), seg.starts, seg.ends, &others)
        .map_err(|code| AppError::field("starts", code))?;
    let (segment,): (SegmentId,) = sqlx::query_as(
        "INSERT INTO forum_segments (forum_id, kind, starts_min, ends_min, questions, round_min,
                                     tables, conveners_place)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(id)
    .bind(seg.kind.code())
    .bind(seg.starts)
    .bind(seg.ends)
    .bind(seg.questions.join("\n"))
    .bind(seg.round_min)
    .bind(seg.tables)
    .bind(seg.conveners_place)
    .fetch_one(&mut *tx)
    .await?;
    for (k, (name, seats)) in seg.spaces.iter().enumerate() {
        sqlx::query(
            "INSERT INTO forum_spaces (segment_id, position, name, capacity) VALUES (?, ?, ?, ?)",
        )
        .bind(segment)
        .bind(k as i64 + 1)
        .bind(name)
        .bind(seats)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(segment)
}

/// Removes a segment from the flow (hosts only), unless it is running or has run (its seating
/// and harvest stay).
pub async fn remove_segment(
    pool: &SqlitePool,
    viewer: &Viewer,
    id: ForumId,
    segment: SegmentId,
) -> Result<(), AppError> {
    let mut tx = begin_write(pool).await?;
    require_host(&mut tx, viewer, id).await?;
    super::segment_of(&mut tx, id, segment).await?;
    let (used,): (bool,) = sqlx::query_as(
        "SELECT EXISTS (SELECT 1 FROM forums WHERE id = ? AND live_segment = ?)
             OR EXISTS (SELECT 1 FROM forum_tables WHERE segment_id = ?)
             OR EXISTS (SELECT 1 FROM harvest_notes WHERE segment_id = ?)
             OR EXISTS (SELECT 1 FROM forum_sessions WHERE segment_id = ?)
             OR EXISTS (SELECT 1 FROM forum_cases WHERE segment_id = ?)",
    )
    .bind(id)
    .bind(segment)
    .bind(segment)
    .bind(segment)
    .bind(segment)
    .bind(segment)
    .fetch_one(&mut *tx)
    .await?;
    if used {
        return Err(AppError::field("form", "segment_used"));
    }
    sqlx::query("DELETE FROM forum_segments WHERE id = ?")
        .bind(segment)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(())
}
