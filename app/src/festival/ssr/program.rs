use crate::common::error::AppError;
use crate::common::ids::EditionId;
use crate::common::ids::InterventionId;
use crate::common::{Role, Viewer};
use crate::festival::schedule::Consent;
use crate::festival::*;
use crate::server::db::begin_write;
use sqlx::sqlite::SqliteRow;
use sqlx::{Row, SqliteConnection, SqlitePool};

/// The columns of a [`Card`], for `card_of`.
pub(crate) const CARD: &str = "x.id, x.title, x.sector, x.category, x.status, x.venue_id, x.starts_min, x.lang, \
     x.duration_min, t.name AS team_name, \
     EXISTS (SELECT 1 FROM intervention_changes c WHERE c.intervention_id = x.id AND c.kind = 'moved') AS moved";

/// What the public sees: published, or cancelled after publishing; never an intervention of
/// an idea the moderators hid, nor one at a venue whose owner has not said yes.
pub(crate) const PUBLIC: &str =
    "((x.status = 'published' OR (x.status = 'cancelled' AND x.was_published = 1)) \
      AND NOT EXISTS (SELECT 1 FROM ideas hi WHERE hi.id = x.idea_id AND hi.hidden_at IS NOT NULL) \
      AND (x.venue_id IS NULL OR EXISTS (SELECT 1 FROM festival_venues cv \
                                          WHERE cv.id = x.venue_id AND cv.consent = 'yes')))";

pub(crate) fn card_of(row: &SqliteRow) -> Result<Card, sqlx::Error> {
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
        lang: row.try_get("lang")?,
    })
}

pub(crate) fn edition_of(row: &SqliteRow) -> Result<Edition, sqlx::Error> {
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
    edition_id: EditionId,
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
    // Only venues whose owner said yes are published.
    let mut venues = venues(&mut conn, edition.id).await?;
    venues.retain(|venue| venue.consent == Consent::Yes);
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

pub async fn stars_of(
    conn: &mut SqliteConnection,
    user_id: i64,
) -> Result<Vec<InterventionId>, AppError> {
    let rows: Vec<(InterventionId,)> = sqlx::query_as(
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

/// Stars (or unstars) a public intervention for the viewer's agenda.
pub async fn star(
    pool: &SqlitePool,
    viewer: &Viewer,
    id: InterventionId,
    on: bool,
) -> Result<(), AppError> {
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
        sqlx::query!(
            "INSERT INTO festival_stars (user_id, intervention_id) VALUES (?, ?)
             ON CONFLICT DO NOTHING",
            viewer.id,
            id
        )
        .execute(&mut *tx)
        .await?;
    } else {
        sqlx::query!(
            "DELETE FROM festival_stars WHERE user_id = ? AND intervention_id = ?",
            viewer.id,
            id
        )
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(())
}
