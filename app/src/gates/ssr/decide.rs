//! A mentor of the team (or the steering group) decides a request: approving moves the idea on
//! and tells the team and everyone following the idea; returning keeps a reason per criterion
//! for the team. The request, the decision and the move are one transaction.
use super::{festival_day, idea_row, mover};
use crate::common::error::AppError;
use crate::common::ids::{CriterionId, GateRequestId, IdeaId};
use crate::common::{Kind, Role, Viewer};
use crate::gates::{check_decision, GateStatus};
use crate::ideas::stage::{may_decide, opening, realised_allowed, stage_of, Stage};
use crate::server::db::begin_write;
use crate::server::notify::{notify, Event, To};
use sqlx::SqlitePool;

/// Decides an open request (`approve`: `None` when no verdict was chosen). Returns the idea.
pub async fn decide(
    pool: &SqlitePool,
    viewer: &Viewer,
    request: GateRequestId,
    approve: Option<bool>,
    decision: &str,
    reasons: &[(CriterionId, &str)],
) -> Result<IdeaId, AppError> {
    let mut tx = begin_write(pool).await?;
    let row: Option<(IdeaId, String, String)> =
        sqlx::query_as("SELECT idea_id, to_stage, status FROM gate_requests WHERE id = ?")
            .bind(request)
            .fetch_optional(&mut *tx)
            .await?;
    let (idea_id, to, status) = row.ok_or(AppError::NotFound)?;
    let to = stage_of(&to);
    let (title, stage, team) = idea_row(&mut tx, idea_id, viewer.has(Role::Steering)).await?;
    let team_id = team.as_ref().map(|t| t.0);
    if !may_decide(to, mover(&mut tx, idea_id, team_id, viewer).await?) {
        return Err(AppError::Forbidden);
    }
    if GateStatus::from_code(&status) != Some(GateStatus::Requested) {
        return Err(AppError::field("decision", "already_decided"));
    }
    // The idea moved meanwhile (archived, say): the request no longer fits its stage.
    if opening(stage).map(|(next, _)| next) != Some(to) {
        return Err(AppError::field("decision", "stage_not_allowed"));
    }
    let Some(approve) = approve else {
        return Err(AppError::field("verdict", "choice_invalid"));
    };
    check_decision(approve, reasons, decision).map_err(AppError::invalid)?;
    if approve && to == Stage::Realised {
        let today = crate::server::time::in_vilnius(chrono::Utc::now())
            .format("%Y-%m-%d")
            .to_string();
        let day = festival_day(&mut tx, idea_id).await?;
        if !realised_allowed(day.as_deref(), &today) {
            return Err(AppError::field("decision", "festival_not_over"));
        }
    }
    let status = if approve {
        GateStatus::Approved
    } else {
        GateStatus::Returned
    };
    sqlx::query(
        "UPDATE gate_requests SET status = ?, decision = ?, decided_by = ?,
                decided_at = datetime('now') WHERE id = ?",
    )
    .bind(status.code())
    .bind(decision.trim())
    .bind(viewer.id)
    .bind(request)
    .execute(&mut *tx)
    .await?;
    for (criterion, reason) in reasons {
        sqlx::query(
            "UPDATE gate_evidence SET reason = ? WHERE request_id = ? AND criterion_id = ?",
        )
        .bind(reason.trim())
        .bind(request)
        .bind(criterion)
        .execute(&mut *tx)
        .await?;
    }
    if approve {
        sqlx::query("UPDATE ideas SET stage = ?, activity_at = datetime('now') WHERE id = ?")
            .bind(to.code())
            .bind(idea_id)
            .execute(&mut *tx)
            .await?;
    }
    let team_people: Vec<(i64,)> = sqlx::query_as(
        "SELECT user_id FROM team_members WHERE team_id = ? AND role IN ('lead', 'member')
         UNION SELECT author_id FROM ideas WHERE id = ? AND author_id IS NOT NULL
         UNION SELECT user_id FROM idea_coauthors WHERE idea_id = ?",
    )
    .bind(team_id)
    .bind(idea_id)
    .bind(idea_id)
    .fetch_all(&mut *tx)
    .await?;
    let team_people: Vec<i64> = team_people.into_iter().map(|(id,)| id).collect();
    let link = format!("/ideas/{idea_id}#gate");
    let actor = Some((viewer.id, viewer.display_name.as_str()));
    notify(
        &mut tx,
        To::People(&team_people),
        &Event {
            kind: Kind::GateDecision,
            actor,
            subject: &title,
            detail: status.code(),
            link: &link,
        },
    )
    .await?;
    let (hidden,): (bool,) = sqlx::query_as("SELECT hidden_at IS NOT NULL FROM ideas WHERE id = ?")
        .bind(idea_id)
        .fetch_one(&mut *tx)
        .await?;
    // A hidden idea's followers are not told (its title stays out of their lists).
    if approve && !hidden {
        notify(
            &mut tx,
            To::FollowersOf {
                idea_id,
                except: &team_people,
            },
            &Event {
                kind: Kind::FollowedActivity,
                actor,
                subject: &title,
                detail: to.code(),
                link: &link,
            },
        )
        .await?;
    }
    crate::server::mail::commit_and_send(tx).await?;
    Ok(idea_id)
}
