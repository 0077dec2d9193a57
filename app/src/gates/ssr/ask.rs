//! A team asks for sign-off: its evidence per criterion and a note, checked whole; the request
//! is written with its evidence and the deciders are told, in one transaction.
use super::{criteria_of, idea_row, mover, team_outcomes};
use crate::common::error::AppError;
use crate::common::ids::{GateRequestId, IdeaId};
use crate::common::{Kind, Role, Viewer};
use crate::gates::{check_request, EvidenceIn};
use crate::ideas::stage::{may_ask, Stage};
use crate::server::db::begin_write;
use crate::server::notify::{notify, Event, To};
use sqlx::SqlitePool;

/// Asks for the next gate of the idea. Refused for anyone but the team's people and the
/// idea's authors, when a request is already open, and when a criterion lacks evidence.
pub async fn ask(
    pool: &SqlitePool,
    viewer: &Viewer,
    idea_id: IdeaId,
    note: &str,
    given: &[EvidenceIn<'_>],
) -> Result<GateRequestId, AppError> {
    let mut tx = begin_write(pool).await?;
    let (title, stage, team) = idea_row(&mut tx, idea_id, viewer.has(Role::Steering)).await?;
    let team_id = team.as_ref().map(|t| t.0);
    let who = mover(&mut tx, idea_id, team_id, viewer).await?;
    let Some(to) = may_ask(stage, who) else {
        return Err(if who.team || who.editor {
            AppError::field("note", "stage_not_allowed")
        } else {
            AppError::Forbidden
        });
    };
    let open: Option<(i64,)> =
        sqlx::query_as("SELECT id FROM gate_requests WHERE idea_id = ? AND status = 'requested'")
            .bind(idea_id)
            .fetch_optional(&mut *tx)
            .await?;
    if open.is_some() {
        return Err(AppError::field("note", "request_open"));
    }
    let criteria: Vec<_> = criteria_of(&mut tx, to)
        .await?
        .iter()
        .map(|c| c.id)
        .collect();
    let outcomes: Vec<i64> = team_outcomes(&mut tx, team_id)
        .await?
        .iter()
        .map(|o| o.0)
        .collect();
    check_request(&criteria, given, &outcomes, note).map_err(AppError::invalid)?;

    let (request,): (GateRequestId,) = sqlx::query_as(
        "INSERT INTO gate_requests (idea_id, to_stage, status, note, asked_by)
         VALUES (?, ?, 'requested', ?, ?) RETURNING id",
    )
    .bind(idea_id)
    .bind(to.code())
    .bind(note.trim())
    .bind(viewer.id)
    .fetch_one(&mut *tx)
    .await?;
    for e in given {
        sqlx::query(
            "INSERT INTO gate_evidence (request_id, criterion_id, text, link, outcome_id)
             VALUES (?, ?, ?, ?, ?)",
        )
        .bind(request)
        .bind(e.criterion)
        .bind(e.text.trim())
        .bind(e.link.trim())
        .bind(e.outcome)
        .execute(&mut *tx)
        .await?;
    }
    // "Ready" is decided by the team's mentors (and the steering group, who see the queue).
    let mut deciders: Vec<(i64,)> = if to == Stage::Ready {
        sqlx::query_as("SELECT user_id FROM team_members WHERE team_id = ? AND role = 'mentor'")
            .bind(team_id)
            .fetch_all(&mut *tx)
            .await?
    } else {
        Vec::new()
    };
    // "Realised", or a team without a mentor yet: the steering group decides.
    if deciders.is_empty() {
        deciders = sqlx::query_as("SELECT user_id FROM user_roles WHERE role = 'steering'")
            .fetch_all(&mut *tx)
            .await?;
    }
    let deciders: Vec<i64> = deciders.into_iter().map(|(id,)| id).collect();
    let team_name = team.map(|t| t.1).unwrap_or_default();
    notify(
        &mut tx,
        To::People(&deciders),
        &Event {
            kind: Kind::GateRequest,
            actor: Some((viewer.id, &viewer.display_name)),
            subject: &title,
            detail: &team_name,
            link: &format!("/ideas/{idea_id}#gate"),
        },
    )
    .await?;
    sqlx::query("UPDATE ideas SET activity_at = datetime('now') WHERE id = ?")
        .bind(idea_id)
        .execute(&mut *tx)
        .await?;
    crate::server::mail::commit_and_send(tx).await?;
    Ok(request)
}
