use super::candidates;
use super::covered_by;
use super::excluded;
use super::members_of;
use super::team_name;
use super::touch;
use super::ROLE_MATCH_NOTIFY_MAX;
use crate::common::error::AppError;
use crate::common::ids::RoleId;
use crate::common::ids::TeamId;
use crate::common::Kind;
use crate::common::{parse_tags, Viewer};
use crate::server::db::begin_write;
use crate::server::notify::{notify, Event, To};
use crate::server::policy::{authorize_team, TeamScope};
use crate::teams::matching::{rank, Need};
use crate::teams::*;
use sqlx::SqlitePool;

/// Opens a role and notifies the people who are open to join and fit it best. The role's fields
/// arrive as typed in the form.
pub async fn add_role(
    pool: &SqlitePool,
    viewer: &Viewer,
    team_id: TeamId,
    role: &RoleEdit,
) -> Result<i64, AppError> {
    let mut tx = begin_write(pool).await?;
    authorize_team(&mut tx, viewer, team_id, TeamScope::Lead).await?;
    let (sector, hours) = check_role(role)?;
    let (title, description) = (&role.title, &role.description);
    let skills = parse_tags(&role.skills);
    if skills.join(", ").chars().count() > SKILLS_MAX {
        return Err(AppError::field("skills", "too_long"));
    }
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO team_roles (team_id, title, skills, sector, hours, description)
         VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(team_id)
    .bind(title.trim())
    .bind(skills.join(", "))
    .bind(sector.map(Sector::code))
    .bind(hours)
    .bind(description.trim())
    .fetch_one(&mut *tx)
    .await?;
    let members = members_of(&mut tx, team_id).await?;
    let (_, lacking) = sector_balance(&covered_by(&members));
    let people = candidates(&mut tx).await?;
    let excluded = excluded(&mut tx, team_id).await?;
    let fits: Vec<i64> = rank(
        &Need {
            skills: &skills,
            sector,
        },
        &lacking,
        &excluded,
        &people,
        ROLE_MATCH_NOTIFY_MAX,
    )
    .into_iter()
    .map(|s| s.id)
    .collect();
    let (name, _) = team_name(&mut tx, team_id).await?;
    notify(
        &mut tx,
        To::People(&fits),
        &Event {
            kind: Kind::RoleMatch,
            actor: Some((viewer.id, &viewer.display_name)),
            subject: &name,
            detail: title.trim(),
            link: &format!("/teams/{team_id}#role-{id}"),
        },
    )
    .await?;
    touch(&mut tx, team_id).await?;
    crate::server::mail::commit_and_send(tx).await?;
    Ok(id)
}

/// Closes an open role. Returns the team's id.
pub async fn close_role(
    pool: &SqlitePool,
    viewer: &Viewer,
    role_id: RoleId,
) -> Result<TeamId, AppError> {
    let mut tx = begin_write(pool).await?;
    let (team_id,): (TeamId,) = sqlx::query_as("SELECT team_id FROM team_roles WHERE id = ?")
        .bind(role_id)
        .fetch_optional(&mut *tx)
        .await?
        .ok_or(AppError::NotFound)?;
    authorize_team(&mut tx, viewer, team_id, TeamScope::Lead).await?;
    sqlx::query!(
        "UPDATE team_roles SET closed_at = datetime('now') WHERE id = ? AND closed_at IS NULL",
        role_id
    )
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(team_id)
}
