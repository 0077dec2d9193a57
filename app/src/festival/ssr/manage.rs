use super::card_of;
use super::current_edition;
use super::people_of;
use super::venues;
use super::CARD;
use crate::common::error::AppError;
use crate::common::ids::EditionId;
use crate::common::ids::InterventionId;
use crate::common::ids::VenueId;
use crate::festival::schedule::{self, conflicts, Consent, Slot};
use crate::festival::*;
use crate::server::db::begin_write;
use sqlx::{Row, SqliteConnection, SqlitePool};

/// Every intervention of an edition as the steering group works on it.
pub(crate) async fn manage_items(
    conn: &mut SqliteConnection,
    edition_id: EditionId,
) -> Result<Vec<ManageItem>, AppError> {
    let rows = sqlx::query(&format!(
        "SELECT {CARD}, x.audience, x.setup_min, x.cleardown_min, x.preferred_venues,
                x.preferred_from, x.preferred_to, x.schedule_note, x.cancel_reason
           FROM interventions x LEFT JOIN teams t ON t.id = x.team_id
          WHERE x.edition_id = ?
          ORDER BY x.starts_min IS NULL, x.starts_min, x.title, x.id"
    ))
    .bind(edition_id)
    .fetch_all(&mut *conn)
    .await?;
    let ids: Vec<InterventionId> = rows
        .iter()
        .map(|r| r.try_get("id"))
        .collect::<Result<_, _>>()?;
    let mut people = people_of(conn, &ids).await?;
    rows.iter()
        .map(|row| {
            let card = card_of(row)?;
            let preferred: String = row.try_get("preferred_venues")?;
            let from: Option<i64> = row.try_get("preferred_from")?;
            let to: Option<i64> = row.try_get("preferred_to")?;
            Ok(ManageItem {
                people: people.remove(&card.id).unwrap_or_default(),
                audience: row.try_get::<i64, _>("audience")? as u32,
                setup: row.try_get::<i64, _>("setup_min")? as u32,
                cleardown: row.try_get::<i64, _>("cleardown_min")? as u32,
                preferred_venues: serde_json::from_str(&preferred).unwrap_or_default(),
                preferred_start: from.zip(to).map(|(f, t)| (f as u32, t as u32)),
                note: row.try_get("schedule_note")?,
                cancel_reason: row.try_get("cancel_reason")?,
                card,
            })
        })
        .collect::<Result<_, sqlx::Error>>()
        .map_err(AppError::from)
}

/// Is placed and going ahead (what new placements must not clash with).
fn is_placed(item: &ManageItem) -> bool {
    matches!(item.card.status, Status::Scheduled | Status::Published)
        && item.card.venue_id.is_some()
}

/// What is placed and going ahead, as the rules see it (leaving out `except`).
pub(crate) fn placed_rules(
    items: &[ManageItem],
    except: Option<InterventionId>,
) -> Vec<(schedule::Item, Slot)> {
    items
        .iter()
        .filter(|i| is_placed(i) && Some(i.card.id) != except)
        .filter_map(|i| {
            Some((
                i.rule_view(),
                Slot {
                    venue: i.card.venue_id?,
                    start: i.card.start?,
                },
            ))
        })
        .collect()
}

/// Every conflict among what is placed, by intervention.
pub fn flag_conflicts(
    edition: &Edition,
    venues: &[VenueInfo],
    items: &[ManageItem],
) -> Vec<(InterventionId, String)> {
    let rules: Vec<schedule::Venue> = venues.iter().map(VenueInfo::rule_view).collect();
    let placed = placed_rules(items, None);
    let refs: Vec<(&schedule::Item, Slot)> = placed.iter().map(|(i, s)| (i, *s)).collect();
    let mut flagged = Vec::new();
    for (item, slot) in &refs {
        for conflict in conflicts(&edition.frame(), &rules, &refs, item, *slot) {
            flagged.push((item.id, conflict.code()));
        }
    }
    flagged
}

pub async fn manage(pool: &SqlitePool) -> Result<Manage, AppError> {
    let mut conn = pool.acquire().await?;
    let Some(edition) = current_edition(&mut conn).await? else {
        return Ok(Manage {
            edition: None,
            venues: Vec::new(),
            items: Vec::new(),
            flagged: Vec::new(),
            last_run: None,
        });
    };
    let venues = venues(&mut conn, edition.id).await?;
    let items = manage_items(&mut conn, edition.id).await?;
    let flagged = flag_conflicts(&edition, &venues, &items);
    let last_run = super::last_run(&mut conn, edition.id).await?;
    Ok(Manage {
        edition: Some(edition),
        venues,
        items,
        flagged,
        last_run,
    })
}

/// Creates an edition (it becomes current when its day is the latest) or updates the current
/// one (`id`).
pub async fn save_edition(
    pool: &SqlitePool,
    id: Option<EditionId>,
    title: &str,
    day: &str,
    times: (u32, u32, u32, u32),
) -> Result<EditionId, AppError> {
    let (opens, closes, target, walk) = times;
    let mut tx = begin_write(pool).await?;
    let id = match id {
        Some(id) => {
            let done = sqlx::query(
                "UPDATE festival_editions SET title = ?, day = ?, opens_min = ?, closes_min = ?,
                        target = ?, walk_m_per_min = ? WHERE id = ?",
            )
            .bind(title.trim())
            .bind(day)
            .bind(opens)
            .bind(closes)
            .bind(target)
            .bind(walk)
            .bind(id)
            .execute(&mut *tx)
            .await?;
            if done.rows_affected() == 0 {
                return Err(AppError::NotFound);
            }
            id
        }
        None => {
            let (id,): (EditionId,) = sqlx::query_as(
                "INSERT INTO festival_editions (title, day, opens_min, closes_min, target, walk_m_per_min)
                 VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
            )
            .bind(title.trim())
            .bind(day)
            .bind(opens)
            .bind(closes)
            .bind(target)
            .bind(walk)
            .fetch_one(&mut *tx)
            .await?;
            id
        }
    };
    tx.commit().await?;
    Ok(id)
}

/// The fields of a venue, checked.
pub struct VenueFields<'a> {
    pub name: &'a str,
    pub address: &'a str,
    pub lat: f64,
    pub lon: f64,
    pub capacity: u32,
    pub indoor: bool,
    pub accessibility: &'a str,
    pub consent: Consent,
}

/// Adds a venue to the current edition, or updates one of its venues (`id`).
pub async fn save_venue(
    pool: &SqlitePool,
    id: Option<VenueId>,
    v: &VenueFields<'_>,
) -> Result<VenueId, AppError> {
    let mut tx = begin_write(pool).await?;
    let edition = current_edition(&mut tx)
        .await?
        .ok_or_else(|| AppError::field("form", "no_edition"))?;
    let id = match id {
        Some(id) => {
            let done = sqlx::query(
                "UPDATE festival_venues SET name = ?, address = ?, lat = ?, lon = ?, capacity = ?,
                        indoor = ?, accessibility = ?, consent = ?
                  WHERE id = ? AND edition_id = ?",
            )
            .bind(v.name.trim())
            .bind(v.address.trim())
            .bind(v.lat)
            .bind(v.lon)
            .bind(v.capacity)
            .bind(v.indoor)
            .bind(v.accessibility.trim())
            .bind(v.consent.code())
            .bind(id)
            .bind(edition.id)
            .execute(&mut *tx)
            .await?;
            if done.rows_affected() == 0 {
                return Err(AppError::NotFound);
            }
            id
        }
        None => {
            let (id,): (VenueId,) = sqlx::query_as(
                "INSERT INTO festival_venues (edition_id, name, address, lat, lon, capacity, indoor,
                                              accessibility, consent)
                 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            )
            .bind(edition.id)
            .bind(v.name.trim())
            .bind(v.address.trim())
            .bind(v.lat)
            .bind(v.lon)
            .bind(v.capacity)
            .bind(v.indoor)
            .bind(v.accessibility.trim())
            .bind(v.consent.code())
            .fetch_one(&mut *tx)
            .await?;
            id
        }
    };
    tx.commit().await?;
    Ok(id)
}
