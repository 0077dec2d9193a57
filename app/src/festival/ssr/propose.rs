use super::current_edition;
use super::venues;
use crate::common::error::AppError;
use crate::common::ids::EditionId;
use crate::common::ids::IdeaId;
use crate::common::ids::InterventionId;
use crate::common::ids::TeamId;
use crate::common::{Role, Viewer};
use crate::festival::*;
use crate::server::db::begin_write;
use crate::server::people::PERSON;
use crate::server::policy::{authorize_team, TeamScope};
use sqlx::{Row, SqliteConnection, SqlitePool};

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
    let teams: Vec<(crate::common::ids::TeamId, String, IdeaId)> = sqlx::query_as(
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
    team_id: Option<TeamId>,
    proposal: &Proposal,
    preferred_venues: &[crate::common::ids::VenueId],
    people: &[i64],
) -> Result<InterventionId, AppError> {
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
    let edition_venues: Vec<crate::common::ids::VenueId> = venues(&mut tx, edition.id)
        .await?
        .into_iter()
        .map(|v| v.id)
        .collect();
    let preferred: Vec<crate::common::ids::VenueId> = preferred_venues
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
    let (id,): (InterventionId,) = sqlx::query_as(
        "INSERT INTO interventions (edition_id, team_id, idea_id, proposed_by, title, description,
                                    sector, category, duration_min, setup_min, cleardown_min,
                                    audience, preferred_venues, preferred_from, preferred_to,
                                    lang)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
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
    .bind(crate::server::request::content_lang(&format!(
        "{} {}",
        proposal.title, proposal.description
    )))
    .fetch_one(&mut *tx)
    .await?;
    for person in taking_part {
        sqlx::query!(
            "INSERT INTO intervention_people (intervention_id, user_id) VALUES (?, ?)",
            id,
            person
        )
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

pub(crate) async fn status_of(
    conn: &mut SqliteConnection,
    id: InterventionId,
) -> Result<(Status, bool, EditionId), AppError> {
    let (status, was_published, edition): (String, bool, EditionId) =
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
    actor: i64,
    id: InterventionId,
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
            sqlx::query!(
                "UPDATE interventions SET status = 'accepted', updated_at = datetime('now')
                  WHERE id = ?",
                id
            )
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
    crate::server::audit::record(
        &mut tx,
        Some(actor),
        match review {
            Review::Accept => crate::common::audit::AuditAction::InterventionAccepted,
            Review::Cancel => crate::common::audit::AuditAction::InterventionDeclined,
        },
        crate::common::audit::AuditSubject::Intervention,
        Some(id.0),
        "",
    )
    .await?;
    tx.commit().await?;
    Ok(())
}
