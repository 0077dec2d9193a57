use super::current_edition;
use super::manage_items;
use super::placed_rules;
use super::status_of;
use super::venues;
use crate::common::error::AppError;
use crate::common::ids::InterventionId;
use crate::common::ids::VenueId;
use crate::festival::schedule::{self, auto_schedule, conflicts, Slot};
use crate::festival::*;
use crate::server::db::begin_write;
use sqlx::{SqliteConnection, SqlitePool};

/// Places an accepted (or already placed) intervention at a venue and time, refusing with
/// every conflict (as `conflict` field errors carrying `Conflict` codes). Moving a published
/// intervention records the change for the public.
pub async fn place(
    pool: &SqlitePool,
    id: InterventionId,
    venue_id: VenueId,
    start: &str,
) -> Result<(), AppError> {
    let start = parse_hhmm(start).ok_or_else(|| AppError::field("start", "not_a_time"))?;
    let mut tx = begin_write(pool).await?;
    let (status, _, edition_id) = status_of(&mut tx, id).await?;
    if !matches!(
        status,
        Status::Accepted | Status::Scheduled | Status::Published
    ) {
        return Err(AppError::field("form", "not_accepted"));
    }
    let edition = current_edition(&mut tx)
        .await?
        .filter(|e| e.id == edition_id)
        .ok_or_else(|| AppError::field("form", "past_edition"))?;
    let venue_list = venues(&mut tx, edition.id).await?;
    let items = manage_items(&mut tx, edition.id).await?;
    let this = items
        .iter()
        .find(|i| i.card.id == id)
        .ok_or(AppError::NotFound)?;
    let rules: Vec<schedule::Venue> = venue_list.iter().map(VenueInfo::rule_view).collect();
    let others = placed_rules(&items, Some(id));
    let refs: Vec<(&schedule::Item, Slot)> = others.iter().map(|(i, s)| (i, *s)).collect();
    let found = conflicts(
        &edition.frame(),
        &rules,
        &refs,
        &this.rule_view(),
        Slot {
            venue: venue_id,
            start,
        },
    );
    if !found.is_empty() {
        return Err(AppError::invalid(
            found
                .iter()
                .map(|c| crate::common::error::FieldError {
                    field: "conflict".into(),
                    code: c.code(),
                })
                .collect(),
        ));
    }
    let name_of = |v: Option<crate::common::ids::VenueId>| {
        v.and_then(|v| venue_list.iter().find(|x| x.id == v))
            .map(|x| x.name.clone())
    };
    if status == Status::Published
        && (this.card.venue_id != Some(venue_id) || this.card.start != Some(start))
    {
        sqlx::query(
            "INSERT INTO intervention_changes
                    (intervention_id, kind, from_venue, from_start, to_venue, to_start)
             VALUES (?, 'moved', ?, ?, ?, ?)",
        )
        .bind(id)
        .bind(name_of(this.card.venue_id))
        .bind(this.card.start)
        .bind(name_of(Some(venue_id)))
        .bind(start)
        .execute(&mut *tx)
        .await?;
    }
    sqlx::query!(
        "UPDATE interventions SET venue_id = ?, starts_min = ?, schedule_note = NULL,
                status = CASE status WHEN 'accepted' THEN 'scheduled' ELSE status END,
                updated_at = datetime('now')
          WHERE id = ?",
        venue_id,
        start,
        id
    )
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Runs the auto-scheduler over every accepted, unplaced intervention of the current edition
/// around what is placed, stores its placements (scheduled, not yet public) and, for the
/// ones it could not place, the reason. Returns (placed, left out).
pub async fn run_auto_schedule(pool: &SqlitePool) -> Result<(usize, usize), AppError> {
    let mut tx = begin_write(pool).await?;
    let edition = current_edition(&mut tx)
        .await?
        .ok_or_else(|| AppError::field("form", "no_edition"))?;
    let result = schedule_accepted(&mut tx, &edition).await?;
    tx.commit().await?;
    Ok(result)
}

/// The auto-scheduler inside the caller's transaction (also used to seed the demo edition).
pub async fn schedule_accepted(
    tx: &mut SqliteConnection,
    edition: &Edition,
) -> Result<(usize, usize), AppError> {
    let venue_list = venues(tx, edition.id).await?;
    let items = manage_items(tx, edition.id).await?;
    let rules: Vec<schedule::Venue> = venue_list.iter().map(VenueInfo::rule_view).collect();
    let fixed = placed_rules(&items, None);
    let pending: Vec<schedule::Item> = items
        .iter()
        .filter(|i| i.card.status == Status::Accepted)
        .map(ManageItem::rule_view)
        .collect();
    let plan = auto_schedule(edition.frame(), &rules, &fixed, &pending);
    for (id, slot) in &plan.placed {
        sqlx::query!(
            "UPDATE interventions SET venue_id = ?, starts_min = ?, status = 'scheduled',
                    schedule_note = NULL, updated_at = datetime('now')
              WHERE id = ? AND status = 'accepted'",
            slot.venue,
            slot.start,
            id
        )
        .execute(&mut *tx)
        .await?;
    }
    for (id, reason) in &plan.unplaced {
        sqlx::query("UPDATE interventions SET schedule_note = ? WHERE id = ?")
            .bind(reason.code())
            .bind(id)
            .execute(&mut *tx)
            .await?;
    }
    Ok((plan.placed.len(), plan.unplaced.len()))
}

/// Publishes every scheduled intervention of the current edition. Returns how many.
pub async fn publish(pool: &SqlitePool) -> Result<u64, AppError> {
    let mut tx = begin_write(pool).await?;
    let edition = current_edition(&mut tx)
        .await?
        .ok_or_else(|| AppError::field("form", "no_edition"))?;
    let done = sqlx::query!(
        "UPDATE interventions SET status = 'published', was_published = 1,
                updated_at = datetime('now')
          WHERE edition_id = ? AND status = 'scheduled'",
        edition.id
    )
    .execute(&mut *tx)
    .await?
    .rows_affected();
    sqlx::query!(
        "UPDATE festival_editions SET published_at = datetime('now') WHERE id = ?",
        edition.id
    )
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(done)
}
