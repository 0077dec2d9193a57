//! What the festival puts on a person's start page: the interventions they starred; for the
//! steering group the proposals waiting for a decision and the accepted ones not yet placed.
use crate::common::error::AppError;
use crate::common::start::{StartItem, StartList, StartNote, StartSection};
use crate::common::{Role, Viewer};
use sqlx::SqlitePool;

pub async fn start_sections(
    pool: &SqlitePool,
    viewer: &Viewer,
) -> Result<Vec<StartSection>, AppError> {
    let mut sections = vec![my_stars(pool, viewer.id).await?];
    if viewer.has(Role::Steering) {
        sections.push(desk_queues(pool).await?);
    }
    Ok(sections)
}

/// The published interventions of the current edition the person starred, in program order.
async fn my_stars(pool: &SqlitePool, user_id: i64) -> Result<StartSection, AppError> {
    let rows: Vec<(i64, String, String)> = sqlx::query_as(
        "SELECT i.id, i.title, s.created_at
           FROM festival_stars s JOIN interventions i ON i.id = s.intervention_id
          WHERE s.user_id = ? AND i.status = 'published'
            AND i.edition_id = (SELECT id FROM festival_editions ORDER BY day DESC, id DESC LIMIT 1)
          ORDER BY i.starts_min, i.id",
    )
    .bind(user_id)
    .fetch_all(pool)
    .await?;
    let items = rows
        .into_iter()
        .map(|(id, title, starred)| {
            StartItem::link(title, format!("/festival/i/{id}"))
                .since(starred)
                .note(StartNote::Starred)
        })
        .collect();
    let mut section = StartSection::new(StartList::MyStars, items);
    section.all = Some("/festival/agenda".to_owned());
    Ok(section)
}

/// The festival desk's queues in the current edition: proposals to decide, accepted
/// interventions without a place and time.
async fn desk_queues(pool: &SqlitePool) -> Result<StartSection, AppError> {
    let (proposed, oldest, unplaced): (i64, Option<String>, i64) = sqlx::query_as(
        "SELECT COALESCE(SUM(status = 'proposed'), 0),
                MIN(CASE WHEN status = 'proposed' THEN created_at END),
                COALESCE(SUM(status = 'accepted' AND venue_id IS NULL), 0)
           FROM interventions
          WHERE edition_id = (SELECT id FROM festival_editions ORDER BY day DESC, id DESC LIMIT 1)",
    )
    .fetch_one(pool)
    .await?;
    let mut items = Vec::new();
    if proposed > 0 {
        let mut item = StartItem::link("", "/festival/manage?status=proposed")
            .note(StartNote::Proposals)
            .count(proposed);
        item.since = oldest;
        items.push(item);
    }
    if unplaced > 0 {
        items.push(
            StartItem::link("", "/festival/manage?view=grid")
                .note(StartNote::Unplaced)
                .count(unplaced),
        );
    }
    Ok(StartSection::new(StartList::Steering, items))
}
