//! Outcomes: after a workshop its facilitators record, per team, notes and next steps; each
//! step becomes a task in the team's workspace with an owner and a due date, in the same
//! transaction.
use super::{card_of, runs, with_people};
use crate::common::error::AppError;
use crate::common::ids::{TeamId, WorkshopId};
use crate::common::{Check, Viewer};
use crate::server::db::begin_write;
use crate::server::policy::role_in;
use crate::workshops::{LedTeam, Outcome, NOTES_MAX, STEPS_MAX};
use sqlx::{SqliteConnection, SqlitePool};

/// One next step as typed: a title, an owner's id (or empty), a due date (or empty).
pub struct Step<'a> {
    pub title: &'a str,
    pub owner: &'a str,
    pub due: &'a str,
}

/// The teams whose people have a seat at the workshop, with their people.
pub(crate) async fn outcome_teams(
    conn: &mut SqliteConnection,
    id: WorkshopId,
) -> Result<Vec<LedTeam>, AppError> {
    let teams: Vec<(TeamId, String)> = sqlx::query_as(
        "SELECT DISTINCT t.id, t.name
           FROM workshop_seats s
           JOIN team_members m ON m.user_id = s.user_id AND m.role IN ('lead', 'member')
           JOIN teams t ON t.id = m.team_id
           JOIN ideas i ON i.id = t.idea_id AND i.hidden_at IS NULL
          WHERE s.workshop_id = ? AND s.status = 'registered'
          ORDER BY t.name",
    )
    .bind(id)
    .fetch_all(&mut *conn)
    .await?;
    with_people(conn, id, teams).await
}

/// The outcomes recorded for a workshop, each with the tasks it gave.
pub(crate) async fn outcomes(
    conn: &mut SqliteConnection,
    id: WorkshopId,
) -> Result<Vec<Outcome>, AppError> {
    let rows: Vec<(i64, TeamId, String, String)> = sqlx::query_as(
        "SELECT o.id, o.team_id, t.name, o.notes FROM workshop_outcomes o
           JOIN teams t ON t.id = o.team_id WHERE o.workshop_id = ? ORDER BY t.name",
    )
    .bind(id)
    .fetch_all(&mut *conn)
    .await?;
    let mut out = Vec::new();
    for (outcome, team_id, team, notes) in rows {
        let steps = sqlx::query_as(
            "SELECT k.title, u.display_name, k.due_on FROM team_tasks k
               LEFT JOIN users u ON u.id = k.owner_id
              WHERE k.outcome_id = ? ORDER BY k.id",
        )
        .bind(outcome)
        .fetch_all(&mut *conn)
        .await?;
        let ideas = sqlx::query_as(
            "SELECT i.id, i.title FROM ideas i
              WHERE i.hidden_at IS NULL
                AND (i.id = (SELECT idea_id FROM teams WHERE id = ?1)
                     OR (i.born_in_workshop = ?2 AND i.author_id IN
                           (SELECT user_id FROM team_members WHERE team_id = ?1)))
              ORDER BY i.id",
        )
        .bind(team_id)
        .bind(id)
        .fetch_all(&mut *conn)
        .await?;
        out.push(Outcome {
            team_id,
            team,
            notes,
            steps,
            ideas,
        });
    }
    Ok(out)
}

/// Records (or adds to) a team's outcome of the workshop: its notes, and each next step as a
/// task in the team's workspace. Only facilitators and the steering group; the team must have
/// people at the workshop; owners must be in the team. All or nothing.
pub async fn record_outcome(
    pool: &SqlitePool,
    viewer: &Viewer,
    id: WorkshopId,
    team_id: TeamId,
    notes: &str,
    steps: &[Step<'_>],
) -> Result<usize, AppError> {
    let mut tx = begin_write(pool).await?;
    card_of(&mut tx, id).await?;
    if !runs(&mut tx, viewer, id).await? {
        return Err(AppError::Forbidden);
    }
    let mut check = Check::new();
    check.length("notes", notes, 3, NOTES_MAX);
    let steps: Vec<&Step> = steps
        .iter()
        .filter(|s| !s.title.trim().is_empty())
        .collect();
    if steps.len() > STEPS_MAX {
        check.fail("steps", "too_long");
    }
    let mut checked = Vec::new();
    for step in &steps {
        match crate::teams::check_task(step.title, step.due) {
            Ok(due) => checked.push((
                step.title.trim(),
                step.owner.trim().parse::<i64>().ok(),
                due,
            )),
            Err(AppError::Invalid { fields }) => {
                for f in fields {
                    check.fail(if f.field == "title" { "steps" } else { "due" }, &f.code);
                }
            }
            Err(other) => return Err(other),
        }
    }
    check.finish().map_err(AppError::invalid)?;

    if !outcome_teams(&mut tx, id)
        .await?
        .iter()
        .any(|t| t.id == team_id)
    {
        return Err(AppError::field("team_id", "choice_invalid"));
    }
    let (outcome,): (i64,) = sqlx::query_as(
        "INSERT INTO workshop_outcomes (workshop_id, team_id, notes, recorded_by)
         VALUES (?, ?, ?, ?)
         ON CONFLICT (workshop_id, team_id)
         DO UPDATE SET notes = excluded.notes, updated_at = datetime('now')
         RETURNING id",
    )
    .bind(id)
    .bind(team_id)
    .bind(notes.trim())
    .bind(viewer.id)
    .fetch_one(&mut *tx)
    .await?;
    for (title, owner, due) in &checked {
        if let Some(owner) = owner {
            if role_in(&mut tx, team_id, *owner).await?.is_none() {
                return Err(AppError::field("owner", "choice_invalid"));
            }
        }
        sqlx::query(
            "INSERT INTO team_tasks (team_id, title, owner_id, due_on, created_by, outcome_id)
             VALUES (?, ?, ?, ?, ?, ?)",
        )
        .bind(team_id)
        .bind(title)
        .bind(owner)
        .bind(due)
        .bind(viewer.id)
        .bind(outcome)
        .execute(&mut *tx)
        .await?;
    }
    sqlx::query("UPDATE teams SET activity_at = datetime('now') WHERE id = ?")
        .bind(team_id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    // The team's open workspaces show the new tasks at once.
    crate::server::live::announce(crate::server::live::Topic::Team(team_id));
    Ok(checked.len())
}
