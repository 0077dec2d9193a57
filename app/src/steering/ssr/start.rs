//! What the desk puts on a steering member's start page: the ideas that have stalled and the
//! teams on the way without a mentor, each a count with a link to act on it.
use crate::common::error::AppError;
use crate::common::start::{StartItem, StartList, StartNote, StartSection};
use crate::common::{Role, Viewer};
use sqlx::SqlitePool;

pub async fn start_sections(
    pool: &SqlitePool,
    viewer: &Viewer,
) -> Result<Vec<StartSection>, AppError> {
    if !viewer.has(Role::Steering) {
        return Ok(Vec::new());
    }
    let (stuck, idle_since): (i64, Option<String>) = sqlx::query_as(&format!(
        "SELECT COUNT(*), MIN(max(i.activity_at, coalesce(t.activity_at, ''))) {}",
        super::stalled()
    ))
    .fetch_one(pool)
    .await?;
    let unmentored: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) {}", super::unmentored()))
        .fetch_one(pool)
        .await?;
    let waiting = super::decisions::waiting_for(pool, viewer.id).await?;
    let mut items = Vec::new();
    if waiting > 0 {
        items.push(
            StartItem::link("", "/steering/decisions")
                .note(StartNote::DecisionsWaiting)
                .count(waiting),
        );
    }
    if stuck > 0 {
        let mut item = StartItem::link("", "/steering?period=all#desk-funnel")
            .note(StartNote::Stalled)
            .count(stuck);
        item.since = idle_since;
        items.push(item);
    }
    if unmentored > 0 {
        items.push(
            StartItem::link("", "/steering#desk-mentors")
                .note(StartNote::Unmentored)
                .count(unmentored),
        );
    }
    Ok(vec![StartSection::new(StartList::Steering, items)])
}
