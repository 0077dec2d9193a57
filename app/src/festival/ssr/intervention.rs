use super::card_of;
use super::edition_of;
use super::stars_of;
use super::venues;
use super::CARD;
use super::PUBLIC;
use crate::common::error::AppError;
use crate::common::ids::EditionId;
use crate::common::ids::IdeaId;
use crate::common::ids::InterventionId;
use crate::common::ids::TeamId;
use crate::common::{Role, Viewer};
use crate::festival::*;
use crate::server::people::PERSON;
use sqlx::{Row, SqliteConnection, SqlitePool};
use std::collections::HashMap;

pub(crate) async fn people_of(
    conn: &mut SqliteConnection,
    ids: &[InterventionId],
) -> Result<HashMap<InterventionId, Vec<PersonRef>>, AppError> {
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
    let mut map: HashMap<InterventionId, Vec<PersonRef>> = HashMap::new();
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
    id: InterventionId,
    team_id: Option<TeamId>,
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
    id: InterventionId,
    viewer: Option<&Viewer>,
) -> Result<InterventionDetail, AppError> {
    let mut conn = pool.acquire().await?;
    let row = sqlx::query(&format!(
        "SELECT {CARD}, x.edition_id, x.description, x.setup_min, x.cleardown_min, x.audience,
                x.team_id, x.idea_id, x.cancel_reason, x.was_published,
                (SELECT title FROM ideas i WHERE i.id = x.idea_id AND i.hidden_at IS NULL) AS idea_title,
                {PUBLIC} AS is_public
           FROM interventions x LEFT JOIN teams t ON t.id = x.team_id WHERE x.id = ?"
    ))
    .bind(id)
    .fetch_optional(&mut *conn)
    .await?
    .ok_or(AppError::NotFound)?;
    let card = card_of(&row)?;
    let team_id: Option<TeamId> = row.try_get("team_id")?;
    let public: bool = row.try_get("is_public")?;
    let steering = viewer.is_some_and(|v| v.has(Role::Steering));
    if !public && !steering {
        let Some(viewer) = viewer else {
            return Err(AppError::NotFound);
        };
        if !works_on(&mut conn, id, team_id, viewer).await? {
            return Err(AppError::NotFound);
        }
    }
    let edition_id: EditionId = row.try_get("edition_id")?;
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
    idea_id: IdeaId,
    viewer: Option<&Viewer>,
) -> Result<Vec<Card>, AppError> {
    let mut conn = pool.acquire().await?;
    let mut everything = viewer.is_some_and(|v| v.has(Role::Steering));
    if let Some(viewer) = viewer.filter(|_| !everything) {
        let team: Option<(crate::common::ids::TeamId,)> =
            sqlx::query_as("SELECT id FROM teams WHERE idea_id = ?")
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
