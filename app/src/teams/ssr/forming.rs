use super::announce;
use super::lead_ids;
use super::may_join;
use super::open_role_title;
use super::team_name;
use super::touch;
use crate::common::error::AppError;
use crate::common::ids::IdeaId;
use crate::common::ids::TeamId;
use crate::common::ids::{RequestId, RoleId};
use crate::common::{Kind, ACCEPTED, DECLINED};
use crate::common::{Role, Viewer};
use crate::ideas::stage::stage_of;
use crate::ideas::Stage;
use crate::server::db::begin_write;
use crate::server::lookups::{is_editor, visible_idea};
use crate::server::notify::{notify, Event, To};
use crate::server::policy::{authorize_team, role_in, TeamScope};
use crate::teams::*;
use sqlx::SqlitePool;

/// Forms the team of an idea with its first lead, the person forming it; an idea still in
/// spark or shaping moves to the team stage. The idea's authors (or the steering group) do it.
pub async fn create(
    pool: &SqlitePool,
    viewer: &Viewer,
    idea_id: IdeaId,
    name: &str,
    description: &str,
) -> Result<i64, AppError> {
    check_team(name, description)?;
    let steering = viewer.has(Role::Steering);
    let mut tx = begin_write(pool).await?;
    visible_idea(&mut tx, idea_id, steering).await?;
    if !steering && !is_editor(&mut tx, idea_id, viewer.id).await? {
        return Err(AppError::Forbidden);
    }
    let (stage, title): (String, String) =
        sqlx::query_as("SELECT stage, title FROM ideas WHERE id = ?")
            .bind(idea_id)
            .fetch_one(&mut *tx)
            .await?;
    let stage = stage_of(&stage);
    if stage == Stage::Archived {
        return Err(AppError::field("form", "idea_archived"));
    }
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO teams (idea_id, name, description, created_by, lang) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (idea_id) DO NOTHING RETURNING id",
    )
    .bind(idea_id)
    .bind(name.trim())
    .bind(description.trim())
    .bind(viewer.id)
    .bind(crate::server::request::content_lang(&format!(
        "{name} {description}"
    )))
    .fetch_optional(&mut *tx)
    .await?
    .ok_or_else(|| AppError::field("form", "team_exists"))?;
    sqlx::query!(
        "INSERT INTO team_members (team_id, user_id, role) VALUES (?, ?, 'lead')",
        id,
        viewer.id
    )
    .execute(&mut *tx)
    .await?;
    if let Some(next) = crate::ideas::stage::on_team_formed(stage) {
        sqlx::query("UPDATE ideas SET stage = ?, activity_at = datetime('now') WHERE id = ?")
            .bind(next.code())
            .bind(idea_id)
            .execute(&mut *tx)
            .await?;
    }
    notify(
        &mut tx,
        To::FollowersOf {
            idea_id,
            except: &[],
        },
        &Event {
            kind: Kind::FollowedActivity,
            actor: Some((viewer.id, &viewer.display_name)),
            subject: &title,
            detail: "team",
            link: &format!("/teams/{id}"),
        },
    )
    .await?;
    crate::server::mail::commit_and_send(tx).await?;
    Ok(id)
}

/// Asks to join, perhaps answering an open role of the team.
pub async fn request_join(
    pool: &SqlitePool,
    viewer: &Viewer,
    team_id: TeamId,
    role_id: Option<RoleId>,
    as_mentor: bool,
    message: &str,
) -> Result<RequestId, AppError> {
    check_message(message)?;
    // A mentor may offer to guide the team instead of joining it as a member.
    if as_mentor && !viewer.has(Role::Mentor) {
        return Err(AppError::field("form", "not_a_mentor"));
    }
    let mut tx = begin_write(pool).await?;
    let (name, _) = team_name(&mut tx, team_id).await?;
    if role_in(&mut tx, team_id, viewer.id).await?.is_some() {
        return Err(AppError::field("form", "already_member"));
    }
    let role_title = open_role_title(&mut tx, team_id, role_id).await?;
    let id: Option<(RequestId,)> = sqlx::query_as(
        "INSERT INTO team_requests (team_id, user_id, kind, role_id, joins_as, message, created_by)
         VALUES (?, ?, 'request', ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id",
    )
    .bind(team_id)
    .bind(viewer.id)
    .bind(role_id)
    .bind(if as_mentor { "mentor" } else { "member" })
    .bind(message.trim())
    .bind(viewer.id)
    .fetch_optional(&mut *tx)
    .await?;
    let (id,) = id.ok_or_else(|| AppError::field("form", "already_asked"))?;
    let leads = lead_ids(&mut tx, team_id).await?;
    notify(
        &mut tx,
        To::People(&leads),
        &Event {
            kind: Kind::JoinRequest,
            actor: Some((viewer.id, &viewer.display_name)),
            subject: &name,
            detail: role_title.as_deref().unwrap_or_default(),
            link: &format!("/teams/{team_id}#requests"),
        },
    )
    .await?;
    crate::server::mail::commit_and_send(tx).await?;
    Ok(id)
}

/// Accepts or declines a pending question: a lead answers a request, the invited person an
/// invitation. Only the first answer counts; a second one is refused as a conflict. Returns
/// the team's id.
pub async fn answer(
    pool: &SqlitePool,
    viewer: &Viewer,
    request_id: RequestId,
    accept: bool,
) -> Result<(TeamId, &'static str), AppError> {
    let mut tx = begin_write(pool).await?;
    type Row = (TeamId, i64, String, Option<i64>, String, String);
    let row: Option<Row> = sqlx::query_as(
        "SELECT team_id, user_id, kind, role_id, joins_as, status FROM team_requests WHERE id = ?",
    )
    .bind(request_id)
    .fetch_optional(&mut *tx)
    .await?;
    let Some((team_id, user_id, kind, role_id, joins_as, status)) = row else {
        return Err(AppError::NotFound);
    };
    let invite = kind == "invite";
    if invite {
        if user_id != viewer.id {
            return Err(AppError::NotFound);
        }
    } else {
        authorize_team(&mut tx, viewer, team_id, TeamScope::Lead).await?;
    }
    if status != "pending" {
        return Err(AppError::Conflict);
    }
    if accept && !may_join(&mut tx, user_id).await? {
        return Err(AppError::field("form", "cannot_join"));
    }
    let changed = sqlx::query(
        "UPDATE team_requests SET status = ?, decided_by = ?, decided_at = datetime('now')
          WHERE id = ? AND status = 'pending'",
    )
    .bind(if accept { "accepted" } else { "declined" })
    .bind(viewer.id)
    .bind(request_id)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if changed == 0 {
        return Err(AppError::Conflict);
    }
    let mut filled = false;
    if accept {
        sqlx::query!(
            "INSERT INTO team_members (team_id, user_id, role) VALUES (?, ?, ?)
             ON CONFLICT DO NOTHING",
            team_id,
            user_id,
            joins_as
        )
        .execute(&mut *tx)
        .await?;
        if let Some(role_id) = role_id {
            filled = sqlx::query!(
                "UPDATE team_roles SET closed_at = datetime('now'), filled_by = ?
                  WHERE id = ? AND closed_at IS NULL",
                user_id,
                role_id
            )
            .execute(&mut *tx)
            .await?
            .rows_affected()
                > 0;
        }
        touch(&mut tx, team_id).await?;
    }
    let (name, _) = team_name(&mut tx, team_id).await?;
    let to = if invite {
        lead_ids(&mut tx, team_id).await?
    } else {
        vec![user_id]
    };
    notify(
        &mut tx,
        To::People(&to),
        &Event {
            kind: Kind::JoinAnswer,
            actor: Some((viewer.id, &viewer.display_name)),
            subject: &name,
            detail: if accept { ACCEPTED } else { DECLINED },
            link: &format!("/teams/{team_id}"),
        },
    )
    .await?;
    crate::server::mail::commit_and_send(tx).await?;
    announce(team_id);
    // What the team page says next.
    let outcome = match (invite, accept, filled) {
        (true, true, _) => "joined=1",
        (true, false, _) => "declined_invite=1",
        (false, true, true) => "accepted=1&filled=1",
        (false, true, false) => "accepted=1",
        (false, false, _) => "declined=1",
    };
    Ok((team_id, outcome))
}
