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
    actor: i64,
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
    crate::server::audit::record(
        &mut tx,
        Some(actor),
        crate::common::audit::AuditAction::InterventionPlaced,
        crate::common::audit::AuditSubject::Intervention,
        Some(id.0),
        &format!(
            "{} {}",
            crate::festival::hhmm(start),
            name_of(Some(venue_id)).unwrap_or_default()
        ),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// What the auto-scheduler would do now, without doing it: where each accepted, unplaced
/// intervention of the current edition would go, why the rest could not, and the nearest slot
/// found for those.
pub async fn preview_auto_schedule(pool: &SqlitePool) -> Result<schedule::Plan, AppError> {
    let mut conn = pool.acquire().await?;
    let edition = current_edition(&mut conn)
        .await?
        .ok_or_else(|| AppError::field("form", "no_edition"))?;
    plan_accepted(&mut conn, &edition).await
}

/// Runs the auto-scheduler over every accepted, unplaced intervention of the current edition
/// around what is placed, stores its placements (scheduled, not yet public) and, for the
/// ones it could not place, the reason; the run is kept so it can be undone. Returns (placed,
/// left out).
pub async fn run_auto_schedule(pool: &SqlitePool, actor: i64) -> Result<(usize, usize), AppError> {
    let mut tx = begin_write(pool).await?;
    let edition = current_edition(&mut tx)
        .await?
        .ok_or_else(|| AppError::field("form", "no_edition"))?;
    let plan = schedule_accepted(&mut tx, &edition).await?;
    if !plan.placed.is_empty() {
        let placed: Vec<(InterventionId, VenueId, u32)> = plan
            .placed
            .iter()
            .map(|(id, slot)| (*id, slot.venue, slot.start))
            .collect();
        sqlx::query("INSERT INTO schedule_runs (edition_id, placed) VALUES (?, ?)")
            .bind(edition.id)
            .bind(serde_json::to_string(&placed).map_err(crate::common::error::internal)?)
            .execute(&mut *tx)
            .await?;
    }
    crate::server::audit::record(
        &mut tx,
        Some(actor),
        crate::common::audit::AuditAction::ScheduleRun,
        crate::common::audit::AuditSubject::Edition,
        Some(edition.id.0),
        &plan.placed.len().to_string(),
    )
    .await?;
    tx.commit().await?;
    Ok((plan.placed.len(), plan.unplaced.len()))
}

/// How many interventions the current edition's last applied run of the auto-scheduler
/// placed, unless that run is undone.
pub(crate) async fn last_run(
    conn: &mut SqliteConnection,
    edition_id: crate::common::ids::EditionId,
) -> Result<Option<usize>, AppError> {
    let row: Option<(String, Option<String>)> = sqlx::query_as(
        "SELECT placed, undone_at FROM schedule_runs WHERE edition_id = ?
          ORDER BY id DESC LIMIT 1",
    )
    .bind(edition_id)
    .fetch_optional(&mut *conn)
    .await?;
    Ok(row.and_then(|(placed, undone)| {
        let placed: Vec<(i64, i64, u32)> = serde_json::from_str(&placed).ok()?;
        undone.is_none().then_some(placed.len())
    }))
}

/// Takes back the last run of the auto-scheduler: each intervention it placed that is still
/// scheduled where it put it returns to accepted, unplaced. Returns how many went back (one
/// moved by hand or published since then stays).
pub async fn undo_last_run(pool: &SqlitePool, actor: i64) -> Result<u64, AppError> {
    let mut tx = begin_write(pool).await?;
    let edition = current_edition(&mut tx)
        .await?
        .ok_or_else(|| AppError::field("form", "no_edition"))?;
    let row: Option<(i64, String)> = sqlx::query_as(
        "SELECT id, placed FROM schedule_runs WHERE edition_id = ? AND undone_at IS NULL
            AND id = (SELECT max(id) FROM schedule_runs WHERE edition_id = ?)",
    )
    .bind(edition.id)
    .bind(edition.id)
    .fetch_optional(&mut *tx)
    .await?;
    let (run, placed) = row.ok_or_else(|| AppError::field("form", "nothing_to_undo"))?;
    let placed: Vec<(InterventionId, VenueId, u32)> =
        serde_json::from_str(&placed).map_err(crate::common::error::internal)?;
    let mut undone = 0;
    for (id, venue, start) in placed {
        undone += sqlx::query(
            "UPDATE interventions SET status = 'accepted', venue_id = NULL, starts_min = NULL,
                    updated_at = datetime('now')
              WHERE id = ? AND status = 'scheduled' AND venue_id = ? AND starts_min = ?",
        )
        .bind(id)
        .bind(venue)
        .bind(start)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    }
    sqlx::query("UPDATE schedule_runs SET undone_at = datetime('now') WHERE id = ?")
        .bind(run)
        .execute(&mut *tx)
        .await?;
    crate::server::audit::record(
        &mut tx,
        Some(actor),
        crate::common::audit::AuditAction::ScheduleUndone,
        crate::common::audit::AuditSubject::Edition,
        Some(edition.id.0),
        &undone.to_string(),
    )
    .await?;
    tx.commit().await?;
    Ok(undone)
}

/// The auto-scheduler's plan for the current state, read inside the caller's connection.
async fn plan_accepted(
    conn: &mut SqliteConnection,
    edition: &Edition,
) -> Result<schedule::Plan, AppError> {
    let venue_list = venues(conn, edition.id).await?;
    let items = manage_items(conn, edition.id).await?;
    let rules: Vec<schedule::Venue> = venue_list.iter().map(VenueInfo::rule_view).collect();
    let fixed = placed_rules(&items, None);
    let pending: Vec<schedule::Item> = items
        .iter()
        .filter(|i| i.card.status == Status::Accepted)
        .map(ManageItem::rule_view)
        .collect();
    Ok(auto_schedule(edition.frame(), &rules, &fixed, &pending))
}

/// The auto-scheduler inside the caller's transaction (also used to seed the demo edition):
/// applies its plan and returns it.
pub async fn schedule_accepted(
    tx: &mut SqliteConnection,
    edition: &Edition,
) -> Result<schedule::Plan, AppError> {
    let plan = plan_accepted(tx, edition).await?;
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
    Ok(plan)
}

/// Publishes every scheduled intervention of the current edition. Returns how many.
pub async fn publish(pool: &SqlitePool, actor: i64) -> Result<u64, AppError> {
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
    crate::server::audit::record(
        &mut tx,
        Some(actor),
        crate::common::audit::AuditAction::ProgramPublished,
        crate::common::audit::AuditSubject::Edition,
        Some(edition.id.0),
        &done.to_string(),
    )
    .await?;
    tx.commit().await?;
    Ok(done)
}
