//! The demo festival (`demo/festival.json`): one edition on 22 May 2027 with thirty real Kaunas
//! places and about a hundred interventions, most of them placed by the auto-scheduler itself
//! (so the demo program is conflict-free by the same rules) and published; a few accepted and
//! waiting for the scheduler, a few proposals, one cancelled before and one after publishing,
//! and one moved after publishing. Seeded once, into an empty festival.
use crate::common::error::{internal, AppError};
use crate::festival::{parse_hhmm, Category};
use serde::Deserialize;
use sqlx::SqliteConnection;
use std::collections::HashMap;

const DEMO_FESTIVAL: &str = include_str!("../../demo/festival.json");
const DEMO_IDEAS: &str = include_str!("../../demo/ideas.json");

#[derive(Deserialize)]
struct File {
    edition: EditionData,
    venues: Vec<VenueData>,
    interventions: Vec<ItemData>,
}

#[derive(Deserialize)]
struct EditionData {
    title: String,
    day: String,
    opens: String,
    closes: String,
    target: i64,
    walk_m_per_min: i64,
}

#[derive(Deserialize)]
struct VenueData {
    key: String,
    name: String,
    address: String,
    lat: f64,
    lon: f64,
    capacity: i64,
    indoor: bool,
    accessibility: String,
    consent: String,
}

#[derive(Deserialize)]
struct ItemData {
    t: String,
    d: String,
    s: String,
    c: String,
    min: i64,
    aud: i64,
    #[serde(default)]
    v: Vec<String>,
    at: Option<String>,
    team: Option<String>,
    #[serde(default)]
    people: Vec<String>,
    /// published (default), accepted, proposed, cancelled, cancelled_after (published, then
    /// cancelled).
    st: Option<String>,
    why: Option<String>,
    /// Published at this time first, then moved to where the scheduler put it.
    moved_from: Option<String>,
}

#[derive(Deserialize)]
struct IdeasFile {
    ideas: Vec<IdeaKey>,
}

#[derive(Deserialize)]
struct IdeaKey {
    key: String,
    title: String,
}

/// Set-up and clear-down by kind, in minutes.
fn margins(category: Category) -> (i64, i64) {
    match category {
        Category::Performance => (30, 20),
        Category::Exhibition | Category::Food => (30, 30),
        Category::Talk | Category::StreetAction => (10, 10),
        Category::Workshop | Category::Other => (15, 15),
    }
}

pub async fn seed_festival(conn: &mut SqliteConnection) -> Result<u64, AppError> {
    let (existing,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM festival_editions")
        .fetch_one(&mut *conn)
        .await?;
    if existing > 0 {
        return Ok(0);
    }
    let file: File = serde_json::from_str(DEMO_FESTIVAL).map_err(internal)?;
    let ideas: IdeasFile = serde_json::from_str(DEMO_IDEAS).map_err(internal)?;
    let titles: HashMap<String, String> =
        ideas.ideas.into_iter().map(|i| (i.key, i.title)).collect();
    let people = crate::demo::ideas::demo_people(&mut *conn).await?;
    let steering = people.get("egle").copied();
    let time =
        |text: &str| parse_hhmm(text).ok_or_else(|| internal(format!("demo festival time {text}")));

    let e = &file.edition;
    let (edition_id,): (i64,) = sqlx::query_as(
        "INSERT INTO festival_editions (title, day, opens_min, closes_min, target, walk_m_per_min)
         VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(&e.title)
    .bind(&e.day)
    .bind(time(&e.opens)?)
    .bind(time(&e.closes)?)
    .bind(e.target)
    .bind(e.walk_m_per_min)
    .fetch_one(&mut *conn)
    .await?;
    let mut written = 1;

    let mut venue_ids = HashMap::new();
    for v in &file.venues {
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO festival_venues (edition_id, name, address, lat, lon, capacity, indoor,
                                          accessibility, consent)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        )
        .bind(edition_id)
        .bind(&v.name)
        .bind(&v.address)
        .bind(v.lat)
        .bind(v.lon)
        .bind(v.capacity)
        .bind(v.indoor)
        .bind(&v.accessibility)
        .bind(&v.consent)
        .fetch_one(&mut *conn)
        .await?;
        venue_ids.insert(v.key.as_str(), id);
        written += 1;
    }

    // The program first (placed by the scheduler), then what is still on its way.
    let goes_public = |item: &ItemData| {
        matches!(
            item.st.as_deref(),
            None | Some("published") | Some("cancelled_after")
        )
    };
    let (public, rest): (Vec<&ItemData>, Vec<&ItemData>) =
        file.interventions.iter().partition(|i| goes_public(i));
    let mut ids = HashMap::new();
    for (batch, items) in [(0, public), (1, rest)] {
        for item in items {
            let category = Category::from_code(&item.c)
                .ok_or_else(|| internal(format!("demo festival category {}", item.c)))?;
            let (setup, cleardown) = margins(category);
            let team: Option<(i64, i64)> = match &item.team {
                Some(key) => {
                    let title = titles
                        .get(key)
                        .ok_or_else(|| internal(format!("demo festival idea {key}")))?;
                    sqlx::query_as(
                        "SELECT t.id, t.idea_id FROM teams t JOIN ideas i ON i.id = t.idea_id
                          WHERE i.title = ?",
                    )
                    .bind(title)
                    .fetch_optional(&mut *conn)
                    .await?
                }
                None => None,
            };
            let preferred: Vec<i64> = item
                .v
                .iter()
                .map(|k| {
                    venue_ids
                        .get(k.as_str())
                        .copied()
                        .ok_or_else(|| internal(format!("demo festival venue {k}")))
                })
                .collect::<Result<_, _>>()?;
            let from = item.at.as_deref().map(time).transpose()?;
            let status = match item.st.as_deref() {
                Some("proposed") => "proposed",
                Some("cancelled") => "cancelled",
                _ => "accepted",
            };
            let proposer = team
                .and_then(|_| item.people.first())
                .and_then(|k| people.get(k).copied())
                .or(steering);
            let (id,): (i64,) = sqlx::query_as(
                "INSERT INTO interventions (edition_id, team_id, idea_id, proposed_by, title,
                        description, sector, category, duration_min, setup_min, cleardown_min,
                        audience, preferred_venues, preferred_from, preferred_to, status,
                        cancel_reason, created_at)
                 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, datetime('now', ?))
                 RETURNING id",
            )
            .bind(edition_id)
            .bind(team.map(|t| t.0))
            .bind(team.map(|t| t.1))
            .bind(proposer)
            .bind(&item.t)
            .bind(&item.d)
            .bind(&item.s)
            .bind(&item.c)
            .bind(item.min)
            .bind(setup)
            .bind(cleardown)
            .bind(item.aud)
            .bind(serde_json::to_string(&preferred).map_err(internal)?)
            .bind(from)
            .bind(from.map(|f| f + 60))
            .bind(status)
            .bind(item.why.as_deref().filter(|_| status == "cancelled"))
            .bind(format!("-{} days", 30 - (ids.len() % 25)))
            .fetch_one(&mut *conn)
            .await?;
            // Only a team's own people take part (the demo people may have left a team).
            if team.is_some() {
                for key in &item.people {
                    if let Some(person) = people.get(key) {
                        sqlx::query(
                            "INSERT INTO intervention_people (intervention_id, user_id)
                             SELECT ?, user_id FROM team_members
                              WHERE team_id = ? AND user_id = ? AND role IN ('lead', 'member')",
                        )
                        .bind(id)
                        .bind(team.map(|t| t.0))
                        .bind(person)
                        .execute(&mut *conn)
                        .await?;
                    }
                }
            }
            ids.insert(item.t.as_str(), id);
            written += 1;
        }
        if batch == 0 {
            let edition = crate::festival::ssr::current_edition(&mut *conn)
                .await?
                .ok_or_else(|| internal("demo festival edition missing"))?;
            crate::festival::ssr::schedule_accepted(&mut *conn, &edition).await?;
            sqlx::query!(
                "UPDATE interventions SET status = 'published', was_published = 1
                  WHERE edition_id = ? AND status = 'scheduled'",
                edition_id
            )
            .execute(&mut *conn)
            .await?;
            sqlx::query!("UPDATE festival_editions SET published_at = datetime('now', '-3 days') WHERE id = ?", edition_id)
            .execute(&mut *conn)
            .await?;
        }
    }

    // The public changes: one cancelled after publishing, one moved.
    for item in &file.interventions {
        let Some(&id) = ids.get(item.t.as_str()) else {
            continue;
        };
        if item.st.as_deref() == Some("cancelled_after") {
            let reason = item.why.clone().unwrap_or_default();
            sqlx::query!(
                "UPDATE interventions SET status = 'cancelled', cancel_reason = ? WHERE id = ?",
                reason,
                id
            )
            .execute(&mut *conn)
            .await?;
            sqlx::query!(
                "INSERT INTO intervention_changes (intervention_id, kind, reason, at)
                 VALUES (?, 'cancelled', ?, datetime('now', '-1 day'))",
                id,
                reason
            )
            .execute(&mut *conn)
            .await?;
        }
        if let Some(from) = &item.moved_from {
            sqlx::query(
                "INSERT INTO intervention_changes (intervention_id, kind, from_venue, from_start,
                                                   to_venue, to_start, at)
                 SELECT x.id, 'moved', v.name, ?, v.name, x.starts_min, datetime('now', '-2 days')
                   FROM interventions x JOIN festival_venues v ON v.id = x.venue_id
                  WHERE x.id = ? AND x.starts_min <> ?",
            )
            .bind(time(from)?)
            .bind(id)
            .bind(time(from)?)
            .execute(&mut *conn)
            .await?;
        }
    }
    Ok(written)
}
