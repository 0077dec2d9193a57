//! The decision log in the database: proposing, answering and recording outcomes (reading is
//! `decision_log.rs`, re-exported here).
use super::audit::record;
pub use super::decision_log::*;
use crate::common::error::AppError;
use crate::common::Check;
use crate::common::Viewer;
use crate::server::db::begin_write;
use crate::steering::audit::{AuditAction, AuditSubject};
use crate::steering::decisions::*;
use sqlx::{SqliteConnection, SqlitePool};

/// Steering members now (the people who can answer).
pub(super) const MEMBERS: &str =
    "SELECT COUNT(*) FROM user_roles r JOIN users u ON u.id = r.user_id
                        WHERE r.role = 'steering' AND u.deleted_at IS NULL";

/// Checks a proposal and writes it; returns its id.
pub async fn propose(
    pool: &SqlitePool,
    viewer: &Viewer,
    text: &str,
    link: &str,
    deadline: &str,
) -> Result<i64, AppError> {
    let text = text.trim();
    let mut check = Check::new();
    let length = text.chars().count();
    if length == 0 {
        check.fail("text", "missing");
    } else if length < TEXT_MIN {
        check.fail("text", "too_short");
    } else if length > TEXT_MAX {
        check.fail("text", "too_long");
    }
    let subject = parse_subject(link);
    if subject.is_none() {
        check.fail("link", "link_unknown");
    }
    let today = chrono::Utc::now().date_naive();
    match chrono::NaiveDate::parse_from_str(deadline.trim(), "%Y-%m-%d") {
        Err(_) => check.fail("deadline", "date_invalid"),
        Ok(day) if day < today || (day - today).num_days() > DEADLINE_MAX_DAYS => {
            check.fail("deadline", "deadline_range")
        }
        Ok(_) => {}
    }
    check.finish().map_err(AppError::invalid)?;
    let subject = subject.flatten();
    let mut tx = begin_write(pool).await?;
    if let Some((kind, id)) = subject {
        if subject_name(&mut tx, kind, id).await?.is_none() {
            return Err(AppError::field("link", "link_unknown"));
        }
    }
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO decisions (proposer_id, text, subject_kind, subject_id, deadline)
         VALUES (?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(viewer.id)
    .bind(text)
    .bind(subject.map(|(k, _)| k.code()))
    .bind(subject.map(|(_, id)| id))
    .bind(deadline.trim())
    .fetch_one(&mut *tx)
    .await?;
    record(
        &mut tx,
        Some(viewer.id),
        AuditAction::DecisionProposed,
        AuditSubject::Decision,
        Some(id),
        "",
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// A member's answer, given once, with a reason; the outcome is recorded when every member
/// has answered.
pub async fn answer(
    pool: &SqlitePool,
    viewer: &Viewer,
    id: i64,
    answer: &str,
    reason: &str,
) -> Result<(), AppError> {
    let mut check = Check::new();
    let answer = Answer::from_code(answer);
    if answer.is_none() {
        check.fail("answer", "choice_invalid");
    }
    let reason = reason.trim();
    if reason.is_empty() {
        check.fail("reason", "reason_missing");
    } else if reason.chars().count() > REASON_MAX {
        check.fail("reason", "too_long");
    }
    check.finish().map_err(AppError::invalid)?;
    let answer = answer.unwrap_or(Answer::Abstain);
    let mut tx = begin_write(pool).await?;
    settle_due_in(&mut tx).await?;
    let state: Option<(Option<String>,)> =
        sqlx::query_as("SELECT outcome FROM decisions WHERE id = ?")
            .bind(id)
            .fetch_optional(&mut *tx)
            .await?;
    match state {
        None => return Err(AppError::NotFound),
        Some((Some(_),)) => {
            // A passed deadline was just recorded: keep that.
            tx.commit().await?;
            return Err(AppError::field("form", "already_decided"));
        }
        Some((None,)) => {}
    }
    let inserted = sqlx::query(
        "INSERT INTO decision_answers (decision_id, member_id, answer, reason)
         VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
    )
    .bind(id)
    .bind(viewer.id)
    .bind(answer.code())
    .bind(reason)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if inserted == 0 {
        return Err(AppError::field("form", "already_answered"));
    }
    record(
        &mut tx,
        Some(viewer.id),
        AuditAction::DecisionAnswered,
        AuditSubject::Decision,
        Some(id),
        answer.code(),
    )
    .await?;
    let (members, answered): (i64, i64) = sqlx::query_as(&format!(
        "SELECT ({MEMBERS}),
                (SELECT COUNT(*) FROM decision_answers a JOIN user_roles r
                   ON r.user_id = a.member_id AND r.role = 'steering'
                  WHERE a.decision_id = ?)"
    ))
    .bind(id)
    .fetch_one(&mut *tx)
    .await?;
    if answered >= members {
        settle(&mut tx, id).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Records the outcome of one open decision from its answers.
async fn settle(tx: &mut SqliteConnection, id: i64) -> Result<(), AppError> {
    let tally = tally_of(tx, id).await?;
    let outcome = outcome(tally.agree, tally.disagree);
    sqlx::query(
        "UPDATE decisions SET outcome = ?, decided_at = datetime('now')
          WHERE id = ? AND outcome IS NULL",
    )
    .bind(outcome.code())
    .bind(id)
    .execute(&mut *tx)
    .await?;
    record(
        tx,
        None,
        AuditAction::DecisionRecorded,
        AuditSubject::Decision,
        Some(id),
        outcome.code(),
    )
    .await
}

/// Records the outcome of every open decision whose deadline has passed (inside `tx`).
async fn settle_due_in(tx: &mut SqliteConnection) -> Result<usize, AppError> {
    let due: Vec<i64> = sqlx::query_scalar(
        "SELECT id FROM decisions WHERE outcome IS NULL AND deadline < date('now') ORDER BY id",
    )
    .fetch_all(&mut *tx)
    .await?;
    for id in &due {
        settle(tx, *id).await?;
    }
    Ok(due.len())
}

/// Records the outcome of every decision whose deadline has passed; cheap when none has.
pub async fn settle_due(pool: &SqlitePool) -> Result<usize, AppError> {
    let any: Option<i64> = sqlx::query_scalar(
        "SELECT id FROM decisions WHERE outcome IS NULL AND deadline < date('now') LIMIT 1",
    )
    .fetch_optional(pool)
    .await?;
    if any.is_none() {
        return Ok(0);
    }
    let mut tx = begin_write(pool).await?;
    let settled = settle_due_in(&mut tx).await?;
    tx.commit().await?;
    Ok(settled)
}

async fn tally_of(tx: &mut SqliteConnection, id: i64) -> Result<Tally, AppError> {
    let (agree, disagree, abstain): (i64, i64, i64) = sqlx::query_as(
        "SELECT coalesce(sum(answer = 'agree'), 0), coalesce(sum(answer = 'disagree'), 0),
                coalesce(sum(answer = 'abstain'), 0)
           FROM decision_answers WHERE decision_id = ?",
    )
    .bind(id)
    .fetch_one(tx)
    .await?;
    Ok(Tally {
        agree,
        disagree,
        abstain,
    })
}

/// The name of the thing a decision is about, if it exists (and, for ideas, is not hidden).
pub(super) async fn subject_name(
    tx: &mut SqliteConnection,
    kind: SubjectKind,
    id: i64,
) -> Result<Option<String>, AppError> {
    let sql = match kind {
        SubjectKind::Idea => "SELECT title FROM ideas WHERE id = ? AND hidden_at IS NULL",
        SubjectKind::Intervention => "SELECT title FROM interventions WHERE id = ?",
        SubjectKind::Workshop => "SELECT title FROM workshops WHERE id = ?",
        SubjectKind::Organisation => "SELECT name FROM organisations WHERE id = ?",
    };
    Ok(sqlx::query_scalar(sql).bind(id).fetch_optional(tx).await?)
}
