//! SQL behind the festival. Writes are one `BEGIN IMMEDIATE` transaction each; placing checks
//! the conflict rules against everything placed in the same transaction, so two steering
//! members placing at once cannot both take the same slot.
use super::schedule::{self, auto_schedule, conflicts, Consent, Slot};
use super::*;
use crate::common::error::AppError;
use crate::common::{Role, Viewer};
use crate::server::db::begin_write;
use crate::server::people::PERSON;
use crate::server::policy::{authorize_team, TeamScope};
use sqlx::sqlite::SqliteRow;
use sqlx::{Row, SqliteConnection, SqlitePool};
use std::collections::HashMap;

/// The columns of a [`Card`], for `card_of`.
const CARD: &str = "x.id, x.title, x.sector, x.category, x.status, x.venue_id, x.starts_min, \
     x.duration_min, t.name AS team_name, \
     EXISTS (SELECT 1 FROM intervention_changes c WHERE c.intervention_id = x.id AND c.kind = 'moved') AS moved";

/// Published, and cancelled after publishing: what the public sees.
const PUBLIC: &str = "(x.status = 'published' OR (x.status = 'cancelled' AND x.was_published = 1))";

fn card_of(row: &SqliteRow) -> Result<Card, sqlx::Error> {
    let sector: String = row.try_get("sector")?;
    let category: String = row.try_get("category")?;
    let status: String = row.try_get("status")?;
    Ok(Card {
        id: row.try_get("id")?,
        title: row.try_get("title")?,
        sector: Sector::from_code(&sector).unwrap_or(Sector::Culture),
        category: Category::from_code(&category).unwrap_or(Category::Other),
        status: Status::from_code(&status).unwrap_or(Status::Proposed),
        venue_id: row.try_get("venue_id")?,
        start: row
            .try_get::<Option<i64>, _>("starts_min")?
            .map(|m| m as u32),
        duration: row.try_get::<i64, _>("duration_min")? as u32,
        team_name: row.try_get("team_name")?,
        moved: row.try_get("moved")?,
    })
}

fn edition_of(row: &SqliteRow) -> Result<Edition, sqlx::Error> {
    Ok(Edition {
        id: row.try_get("id")?,
        title: row.try_get("title")?,
        day: row.try_get("day")?,
        opens: row.try_get::<i64, _>("opens_min")? as u32,
        closes: row.try_get::<i64, _>("closes_min")? as u32,
        target: row.try_get::<i64, _>("target")? as u32,
        walk_m_per_min: row.try_get::<i64, _>("walk_m_per_min")? as u32,
        published_at: row.try_get("published_at")?,
    })
}

/// The current edition: the one on the latest day.
pub async fn current_edition(conn: &mut SqliteConnection) -> Result<Option<Edition>, AppError> {
    let row = sqlx::query(
        "SELECT id, title, day, opens_min, closes_min, target, walk_m_per_min, published_at
           FROM festival_editions ORDER BY day DESC, id DESC LIMIT 1",
    )
    .fetch_optional(&mut *conn)
    .await?;
    Ok(row.as_ref().map(edition_of).transpose()?)
}

pub async fn venues(
    conn: &mut SqliteConnection,
    edition_id: i64,
) -> Result<Vec<VenueInfo>, AppError> {
    let rows = sqlx::query(
        "SELECT id, name, address, lat, lon, capacity, indoor, accessibility, consent
           FROM festival_venues WHERE edition_id = ? ORDER BY name, id",
    )
    .bind(edition_id)
    .fetch_all(&mut *conn)
    .await?;
    rows.iter()
        .map(|row| {
            let consent: String = row.try_get("consent")?;
            Ok(VenueInfo {
                id: row.try_get("id")?,
                name: row.try_get("name")?,
                address: row.try_get("address")?,
                lat: row.try_get("lat")?,
                lon: row.try_get("lon")?,
                capacity: row.try_get::<i64, _>("capacity")? as u32,
                indoor: row.try_get("indoor")?,
                accessibility: row.try_get("accessibility")?,
                consent: Consent::from_code(&consent).unwrap_or(Consent::Pending),
            })
        })
        .collect::<Result<_, sqlx::Error>>()
        .map_err(AppError::from)
}

/// The minute of the day in Vilnius now, when today (in Vilnius) is the edition's day.
pub fn clock_minute(edition: &Edition) -> Option<u32> {
    use chrono::Timelike;
    let local = crate::server::time::in_vilnius(chrono::Utc::now());
    (local.format("%Y-%m-%d").to_string() == edition.day)
        .then(|| local.hour() * 60 + local.minute())
}

/// What the public sees of the current edition: venues and published interventions.
pub async fn public_program(
    pool: &SqlitePool,
) -> Result<Option<(Edition, Vec<VenueInfo>, Vec<Card>)>, AppError> {
    let mut conn = pool.acquire().await?;
    let Some(edition) = current_edition(&mut conn).await? else {
        return Ok(None);
    };
    let venues = venues(&mut conn, edition.id).await?;
    let rows = sqlx::query(&format!(
        "SELECT {CARD} FROM interventions x LEFT JOIN teams t ON t.id = x.team_id
          WHERE x.edition_id = ? AND {PUBLIC} AND x.venue_id IS NOT NULL
          ORDER BY x.starts_min, x.title, x.id"
    ))
    .bind(edition.id)
    .fetch_all(&mut *conn)
    .await?;
    let items = rows.iter().map(card_of).collect::<Result<_, _>>()?;
    Ok(Some((edition, venues, items)))
}

pub async fn stars_of(conn: &mut SqliteConnection, user_id: i64) -> Result<Vec<i64>, AppError> {
    let rows: Vec<(i64,)> = sqlx::query_as(
        "SELECT intervention_id FROM festival_stars WHERE user_id = ? ORDER BY intervention_id",
    )
    .bind(user_id)
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows.into_iter().map(|(id,)| id).collect())
}

pub async fn program(
    pool: &SqlitePool,
    viewer: Option<&Viewer>,
    tile_url: &str,
) -> Result<Option<Program>, AppError> {
    let Some((edition, venues, items)) = public_program(pool).await? else {
        return Ok(None);
    };
    let starred = match viewer {
        Some(v) => stars_of(&mut *pool.acquire().await?, v.id).await?,
        None => Vec::new(),
    };
    Ok(Some(Program {
        now: clock_minute(&edition),
        edition,
        venues,
        items,
        tile_url: tile_url.to_owned(),
        signed_in: viewer.is_some(),
        may_manage: viewer.is_some_and(|v| v.has(Role::Steering)),
        starred,
    }))
}

async fn people_of(
    conn: &mut SqliteConnection,
    ids: &[i64],
) -> Result<HashMap<i64, Vec<PersonRef>>, AppError> {
    let list = serde_json::to_string(ids).unwrap_or_else(|_| "[]".into());
    let rows = sqlx::query(&format!(
        "SELECT p.intervention_id AS item, {PERSON}
           FROM intervention_people p JOIN users u ON u.id = p.user_id
          WHERE p.intervention_id IN (SELECT value FROM json_each(?))
          ORDER BY u.display_name"
    ))
    .bind(list)
    .fetch_all(&mut *conn)
    .await?;
    let mut map: HashMap<i64, Vec<PersonRef>> = HashMap::new();
    for row in rows {
        map.entry(row.try_get("item")?)
            .or_default()
            .push(PersonRef {
                id: row.try_get(1)?,
                name: row.try_get(2)?,
                mentor: row.try_get(3)?,
            });
    }
    Ok(map)
}

/// Whether the viewer works on the intervention: one of its people, its proposer, or in its
/// team.
async fn works_on(
    conn: &mut SqliteConnection,
    id: i64,
    team_id: Option<i64>,
    viewer: &Viewer,
) -> Result<bool, AppError> {
    let own: Option<(i64,)> = sqlx::query_as(
        "SELECT 1 FROM interventions WHERE id = ? AND proposed_by = ?
         UNION ALL SELECT 1 FROM intervention_people WHERE intervention_id = ? AND user_id = ?",
    )
    .bind(id)
    .bind(viewer.id)
    .bind(id)
    .bind(viewer.id)
    .fetch_optional(&mut *conn)
    .await?;
    if own.is_some() {
        return Ok(true);
    }
    Ok(match team_id {
        Some(team) => crate::server::policy::role_in(conn, team, viewer.id)
            .await?
            .is_some(),
        None => false,
    })
}

/// One intervention's page. Before publishing, only the steering group and the people who
/// work on it see it; anyone else is told it does not exist.
pub async fn detail(
    pool: &SqlitePool,
    id: i64,
    viewer: Option<&Viewer>,
) -> Result<InterventionDetail, AppError> {
    let mut conn = pool.acquire().await?;
    let row = sqlx::query(&format!(
        "SELECT {CARD}, x.edition_id, x.description, x.setup_min, x.cleardown_min, x.audience,
                x.team_id, x.idea_id, x.cancel_reason, x.was_published,
                (SELECT title FROM ideas i WHERE i.id = x.idea_id AND i.hidden_at IS NULL) AS idea_title
           FROM interventions x LEFT JOIN teams t ON t.id = x.team_id WHERE x.id = ?"
    ))
    .bind(id)
    .fetch_optional(&mut *conn)
    .await?
    .ok_or(AppError::NotFound)?;
    let card = card_of(&row)?;
    let team_id: Option<i64> = row.try_get("team_id")?;
    let public = card.status == Status::Published
        || (card.status == Status::Cancelled && row.try_get::<bool, _>("was_published")?);
    let steering = viewer.is_some_and(|v| v.has(Role::Steering));
    if !public && !steering {
        let Some(viewer) = viewer else {
            return Err(AppError::NotFound);
        };
        if !works_on(&mut conn, id, team_id, viewer).await? {
            return Err(AppError::NotFound);
        }
    }
    let edition_id: i64 = row.try_get("edition_id")?;
    let edition = sqlx::query(
        "SELECT id, title, day, opens_min, closes_min, target, walk_m_per_min, published_at
           FROM festival_editions WHERE id = ?",
    )
    .bind(edition_id)
    .fetch_one(&mut *conn)
    .await?;
    let edition = edition_of(&edition)?;
    let venue = match card.venue_id {
        Some(v) => venues(&mut conn, edition_id)
            .await?
            .into_iter()
            .find(|x| x.id == v),
        None => None,
    };
    let people = people_of(&mut conn, &[id])
        .await?
        .remove(&id)
        .unwrap_or_default();
    let changes = sqlx::query(
        "SELECT kind, from_venue, from_start, to_venue, to_start, reason, at
           FROM intervention_changes WHERE intervention_id = ? ORDER BY at DESC, id DESC",
    )
    .bind(id)
    .fetch_all(&mut *conn)
    .await?
    .iter()
    .map(|r| {
        Ok(Change {
            kind: r.try_get("kind")?,
            from_venue: r.try_get("from_venue")?,
            from_start: r.try_get::<Option<i64>, _>("from_start")?.map(|m| m as u32),
            to_venue: r.try_get("to_venue")?,
            to_start: r.try_get::<Option<i64>, _>("to_start")?.map(|m| m as u32),
            reason: r.try_get("reason")?,
            at: r.try_get("at")?,
        })
    })
    .collect::<Result<Vec<_>, sqlx::Error>>()?;
    let starred = match viewer {
        Some(v) => stars_of(&mut conn, v.id).await?.contains(&id),
        None => false,
    };
    Ok(InterventionDetail {
        edition,
        description: row.try_get("description")?,
        setup: row.try_get::<i64, _>("setup_min")? as u32,
        cleardown: row.try_get::<i64, _>("cleardown_min")? as u32,
        audience: row.try_get::<i64, _>("audience")? as u32,
        venue,
        people,
        team_id,
        idea_id: row.try_get("idea_id")?,
        idea_title: row.try_get("idea_title")?,
        cancel_reason: row.try_get("cancel_reason")?,
        changes,
        signed_in: viewer.is_some(),
        starred,
        may_manage: steering,
        card,
    })
}

/// The interventions of an idea that the viewer may see (the public ones; all of them for the
/// steering group and the idea's team).
pub async fn of_idea(
    pool: &SqlitePool,
    idea_id: i64,
    viewer: Option<&Viewer>,
) -> Result<Vec<Card>, AppError> {
    let mut conn = pool.acquire().await?;
    let mut everything = viewer.is_some_and(|v| v.has(Role::Steering));
    if let Some(viewer) = viewer.filter(|_| !everything) {
        let team: Option<(i64,)> = sqlx::query_as("SELECT id FROM teams WHERE idea_id = ?")
            .bind(idea_id)
            .fetch_optional(&mut *conn)
            .await?;
        if let Some((team,)) = team {
            everything = crate::server::policy::role_in(&mut conn, team, viewer.id)
                .await?
                .is_some();
        }
    }
    let rows = sqlx::query(&format!(
        "SELECT {CARD} FROM interventions x LEFT JOIN teams t ON t.id = x.team_id
          WHERE x.idea_id = ? AND (? OR {PUBLIC})
          ORDER BY x.starts_min IS NULL, x.starts_min, x.id"
    ))
    .bind(idea_id)
    .bind(everything)
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows.iter().map(card_of).collect::<Result<_, _>>()?)
}

/// Every intervention of an edition as the steering group works on it.
async fn manage_items(
    conn: &mut SqliteConnection,
    edition_id: i64,
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
    let ids: Vec<i64> = rows
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
fn placed_rules(items: &[ManageItem], except: Option<i64>) -> Vec<(schedule::Item, Slot)> {
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
) -> Vec<(i64, String)> {
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
        });
    };
    let venues = venues(&mut conn, edition.id).await?;
    let items = manage_items(&mut conn, edition.id).await?;
    let flagged = flag_conflicts(&edition, &venues, &items);
    Ok(Manage {
        edition: Some(edition),
        venues,
        items,
        flagged,
    })
}

/// The teams the viewer may propose for (those they lead or are a member of), with their
/// people.
pub async fn propose_context(
    pool: &SqlitePool,
    viewer: &Viewer,
) -> Result<ProposeContext, AppError> {
    let mut conn = pool.acquire().await?;
    let edition = current_edition(&mut conn).await?;
    let venues = match &edition {
        Some(e) => venues(&mut conn, e.id).await?,
        None => Vec::new(),
    };
    let teams: Vec<(i64, String, i64)> = sqlx::query_as(
        "SELECT t.id, t.name, t.idea_id FROM teams t
           JOIN team_members m ON m.team_id = t.id AND m.user_id = ? AND m.role IN ('lead', 'member')
           JOIN ideas i ON i.id = t.idea_id AND i.hidden_at IS NULL
          ORDER BY t.name",
    )
    .bind(viewer.id)
    .fetch_all(&mut *conn)
    .await?;
    let mut out = Vec::new();
    for (id, name, idea_id) in teams {
        let people = sqlx::query(&format!(
            "SELECT {PERSON} FROM team_members m JOIN users u ON u.id = m.user_id
              WHERE m.team_id = ? AND m.role IN ('lead', 'member') ORDER BY u.display_name"
        ))
        .bind(id)
        .fetch_all(&mut *conn)
        .await?
        .iter()
        .map(|r| {
            Ok(PersonRef {
                id: r.try_get(0)?,
                name: r.try_get(1)?,
                mentor: r.try_get(2)?,
            })
        })
        .collect::<Result<_, sqlx::Error>>()?;
        out.push(ProposingTeam {
            id,
            name,
            idea_id,
            people,
        });
    }
    Ok(ProposeContext {
        edition,
        venues,
        teams: out,
        steering: viewer.has(Role::Steering),
    })
}

/// A team (or the steering group, without a team) proposes an intervention for the current
/// edition. The people taking part must be the team's leads or members.
pub async fn propose(
    pool: &SqlitePool,
    viewer: &Viewer,
    team_id: Option<i64>,
    proposal: &Proposal,
    preferred_venues: &[i64],
    people: &[i64],
) -> Result<i64, AppError> {
    let checked = proposal.check().map_err(AppError::invalid)?;
    let mut tx = begin_write(pool).await?;
    let edition = current_edition(&mut tx)
        .await?
        .ok_or_else(|| AppError::field("form", "no_edition"))?;
    let idea_id = match team_id {
        Some(team) => {
            authorize_team(&mut tx, viewer, team, TeamScope::WorkspaceWrite).await?;
            let (idea,): (i64,) = sqlx::query_as(
                "SELECT t.idea_id FROM teams t JOIN ideas i ON i.id = t.idea_id
                  WHERE t.id = ? AND i.hidden_at IS NULL",
            )
            .bind(team)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(AppError::NotFound)?;
            Some(idea)
        }
        None if viewer.has(Role::Steering) => None,
        None => return Err(AppError::field("team_id", "missing")),
    };
    let edition_venues: Vec<i64> = venues(&mut tx, edition.id)
        .await?
        .into_iter()
        .map(|v| v.id)
        .collect();
    let preferred: Vec<i64> = preferred_venues
        .iter()
        .copied()
        .filter(|v| edition_venues.contains(v))
        .take(5)
        .collect();
    let mut taking_part: Vec<i64> = Vec::new();
    for person in people {
        let member = match team_id {
            Some(team) => matches!(
                crate::server::policy::role_in(&mut tx, team, *person).await?,
                Some(crate::common::TeamRole::Lead | crate::common::TeamRole::Member)
            ),
            None => false,
        };
        if !member {
            return Err(AppError::field("people", "not_in_team"));
        }
        if !taking_part.contains(person) {
            taking_part.push(*person);
        }
    }
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO interventions (edition_id, team_id, idea_id, proposed_by, title, description,
                                    sector, category, duration_min, setup_min, cleardown_min,
                                    audience, preferred_venues, preferred_from, preferred_to)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(edition.id)
    .bind(team_id)
    .bind(idea_id)
    .bind(viewer.id)
    .bind(proposal.title.trim())
    .bind(proposal.description.trim())
    .bind(checked.sector.code())
    .bind(checked.category.code())
    .bind(checked.duration)
    .bind(checked.setup)
    .bind(checked.cleardown)
    .bind(checked.audience)
    .bind(serde_json::to_string(&preferred).unwrap_or_else(|_| "[]".into()))
    .bind(checked.preferred_start.map(|(f, _)| f))
    .bind(checked.preferred_start.map(|(_, t)| t))
    .fetch_one(&mut *tx)
    .await?;
    for person in taking_part {
        sqlx::query("INSERT INTO intervention_people (intervention_id, user_id) VALUES (?, ?)")
            .bind(id)
            .bind(person)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(id)
}

/// What the steering group decides about an intervention.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Review {
    Accept,
    Cancel,
}

async fn status_of(conn: &mut SqliteConnection, id: i64) -> Result<(Status, bool, i64), AppError> {
    let (status, was_published, edition): (String, bool, i64) =
        sqlx::query_as("SELECT status, was_published, edition_id FROM interventions WHERE id = ?")
            .bind(id)
            .fetch_optional(&mut *conn)
            .await?
            .ok_or(AppError::NotFound)?;
    Ok((
        Status::from_code(&status).unwrap_or(Status::Proposed),
        was_published,
        edition,
    ))
}

/// Accepts a proposal, or cancels an intervention with a reason (a public change when it had
/// been published).
pub async fn review(
    pool: &SqlitePool,
    id: i64,
    review: Review,
    reason: &str,
) -> Result<(), AppError> {
    let mut tx = begin_write(pool).await?;
    let (status, was_published, _) = status_of(&mut tx, id).await?;
    match review {
        Review::Accept => {
            if status != Status::Proposed {
                return Err(AppError::field("form", "not_proposed"));
            }
            sqlx::query(
                "UPDATE interventions SET status = 'accepted', updated_at = datetime('now')
                  WHERE id = ?",
            )
            .bind(id)
            .execute(&mut *tx)
            .await?;
        }
        Review::Cancel => {
            let mut check = crate::common::Check::new();
            check.length("reason", reason, 3, REASON_MAX);
            check.finish().map_err(AppError::invalid)?;
            if status == Status::Cancelled {
                return Err(AppError::field("form", "already_cancelled"));
            }
            sqlx::query(
                "UPDATE interventions SET status = 'cancelled', cancel_reason = ?,
                        updated_at = datetime('now') WHERE id = ?",
            )
            .bind(reason.trim())
            .bind(id)
            .execute(&mut *tx)
            .await?;
            if was_published {
                sqlx::query(
                    "INSERT INTO intervention_changes (intervention_id, kind, reason)
                     VALUES (?, 'cancelled', ?)",
                )
                .bind(id)
                .bind(reason.trim())
                .execute(&mut *tx)
                .await?;
            }
        }
    }
    tx.commit().await?;
    Ok(())
}

/// Places an accepted (or already placed) intervention at a venue and time, refusing with
/// every conflict (as `conflict` field errors carrying `Conflict` codes). Moving a published
/// intervention records the change for the public.
pub async fn place(pool: &SqlitePool, id: i64, venue_id: i64, start: &str) -> Result<(), AppError> {
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
    let name_of = |v: Option<i64>| {
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
    sqlx::query(
        "UPDATE interventions SET venue_id = ?, starts_min = ?, schedule_note = NULL,
                status = CASE status WHEN 'accepted' THEN 'scheduled' ELSE status END,
                updated_at = datetime('now')
          WHERE id = ?",
    )
    .bind(venue_id)
    .bind(start)
    .bind(id)
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
        sqlx::query(
            "UPDATE interventions SET venue_id = ?, starts_min = ?, status = 'scheduled',
                    schedule_note = NULL, updated_at = datetime('now')
              WHERE id = ? AND status = 'accepted'",
        )
        .bind(slot.venue)
        .bind(slot.start)
        .bind(id)
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
    let done = sqlx::query(
        "UPDATE interventions SET status = 'published', was_published = 1,
                updated_at = datetime('now')
          WHERE edition_id = ? AND status = 'scheduled'",
    )
    .bind(edition.id)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    sqlx::query("UPDATE festival_editions SET published_at = datetime('now') WHERE id = ?")
        .bind(edition.id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(done)
}

/// Creates an edition (it becomes current when its day is the latest) or updates the current
/// one (`id`).
pub async fn save_edition(
    pool: &SqlitePool,
    id: Option<i64>,
    title: &str,
    day: &str,
    times: (u32, u32, u32, u32),
) -> Result<i64, AppError> {
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
            let (id,): (i64,) = sqlx::query_as(
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
    id: Option<i64>,
    v: &VenueFields<'_>,
) -> Result<i64, AppError> {
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
            let (id,): (i64,) = sqlx::query_as(
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

/// Stars (or unstars) a public intervention for the viewer's agenda.
pub async fn star(pool: &SqlitePool, viewer: &Viewer, id: i64, on: bool) -> Result<(), AppError> {
    let mut tx = begin_write(pool).await?;
    let public: Option<(i64,)> = sqlx::query_as(&format!(
        "SELECT x.id FROM interventions x WHERE x.id = ? AND {PUBLIC}"
    ))
    .bind(id)
    .fetch_optional(&mut *tx)
    .await?;
    if public.is_none() {
        return Err(AppError::NotFound);
    }
    if on {
        sqlx::query(
            "INSERT INTO festival_stars (user_id, intervention_id) VALUES (?, ?)
             ON CONFLICT DO NOTHING",
        )
        .bind(viewer.id)
        .bind(id)
        .execute(&mut *tx)
        .await?;
    } else {
        sqlx::query("DELETE FROM festival_stars WHERE user_id = ? AND intervention_id = ?")
            .bind(viewer.id)
            .bind(id)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(())
}
