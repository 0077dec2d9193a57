use super::announce;
use super::lead_ids;
use super::may_join;
use super::open_role_title;
use super::team_name;
use super::touch;
use crate::common::error::AppError;
use crate::common::ids::RoleId;
use crate::common::ids::TeamId;
use crate::common::Kind;
use crate::common::Viewer;
use crate::server::db::begin_write;
use crate::server::notify::{notify, Event, To};
use crate::server::policy::{authorize_team, role_in, TeamScope};
use crate::teams::*;
use sqlx::SqlitePool;

/// A lead invites a person (as a member, for an open role, or a mentor as the team's mentor).
pub async fn invite(
    pool: &SqlitePool,
    viewer: &Viewer,
    team_id: TeamId,
    user_id: i64,
    role_id: Option<RoleId>,
    as_mentor: bool,
    message: &str,
) -> Result<(), AppError> {
    let mut tx = begin_write(pool).await?;
    authorize_team(&mut tx, viewer, team_id, TeamScope::Lead).await?;
    check_message(message)?;
    if !may_join(&mut tx, user_id).await? {
        return Err(AppError::field("form", "cannot_join"));
    }
    if role_in(&mut tx, team_id, user_id).await?.is_some() {
        return Err(AppError::field("form", "already_member"));
    }
    if as_mentor {
        let mentor: Option<(i64,)> =
            sqlx::query_as("SELECT 1 FROM user_roles WHERE user_id = ? AND role = 'mentor'")
                .bind(user_id)
                .fetch_optional(&mut *tx)
                .await?;
        if mentor.is_none() {
            return Err(AppError::field("form", "not_a_mentor"));
        }
    }
    let role_title = open_role_title(&mut tx, team_id, role_id).await?;
    let made: Option<(i64,)> = sqlx::query_as(
        "INSERT INTO team_requests (team_id, user_id, kind, role_id, joins_as, message, created_by)
         VALUES (?, ?, 'invite', ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id",
    )
    .bind(team_id)
    .bind(user_id)
    .bind(role_id)
    .bind(if as_mentor { "mentor" } else { "member" })
    .bind(message.trim())
    .bind(viewer.id)
    .fetch_optional(&mut *tx)
    .await?;
    if made.is_none() {
        return Err(AppError::field("form", "already_asked"));
    }
    let (name, _) = team_name(&mut tx, team_id).await?;
    notify(
        &mut tx,
        To::People(&[user_id]),
        &Event {
            kind: Kind::TeamInvite,
            actor: Some((viewer.id, &viewer.display_name)),
            subject: &name,
            detail: role_title.as_deref().unwrap_or_default(),
            link: &format!("/teams/{team_id}"),
        },
    )
    .await?;
    crate::server::mail::commit_and_send(tx).await?;
    Ok(())
}

/// Leaves a team. The last lead hands the lead over first.
pub async fn leave(pool: &SqlitePool, viewer: &Viewer, team_id: TeamId) -> Result<(), AppError> {
    let mut tx = begin_write(pool).await?;
    let role = authorize_team(&mut tx, viewer, team_id, TeamScope::Workspace).await?;
    if role == TeamRole::Lead && lead_ids(&mut tx, team_id).await?.len() <= 1 {
        return Err(AppError::field("form", "last_lead"));
    }
    sqlx::query!(
        "DELETE FROM team_members WHERE team_id = ? AND user_id = ?",
        team_id,
        viewer.id
    )
    .execute(&mut *tx)
    .await?;
    touch(&mut tx, team_id).await?;
    tx.commit().await?;
    announce(team_id);
    Ok(())
}

/// A lead makes a member a lead too and, with `step_down`, becomes a member: handing over.
pub async fn make_lead(
    pool: &SqlitePool,
    viewer: &Viewer,
    team_id: TeamId,
    user_id: i64,
    step_down: bool,
) -> Result<(), AppError> {
    let mut tx = begin_write(pool).await?;
    authorize_team(&mut tx, viewer, team_id, TeamScope::Lead).await?;
    if user_id == viewer.id || role_in(&mut tx, team_id, user_id).await? != Some(TeamRole::Member) {
        return Err(AppError::field("user_id", "choice_invalid"));
    }
    sqlx::query!(
        "UPDATE team_members SET role = 'lead' WHERE team_id = ? AND user_id = ?",
        team_id,
        user_id
    )
    .execute(&mut *tx)
    .await?;
    if step_down {
        sqlx::query!(
            "UPDATE team_members SET role = 'member' WHERE team_id = ? AND user_id = ?",
            team_id,
            viewer.id
        )
        .execute(&mut *tx)
        .await?;
    }
    touch(&mut tx, team_id).await?;
    tx.commit().await?;
    announce(team_id);
    Ok(())
}
