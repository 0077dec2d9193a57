//! Reading the decision log: the list, one decision with every answer, the recorded ones
//! about a thing, and what waits on a member.
use super::decisions::{settle_due, subject_name, MEMBERS};
use crate::common::error::AppError;
use crate::common::Viewer;
use crate::steering::decisions::*;
use sqlx::{SqliteConnection, SqlitePool};

type CardRow = (
    i64,
    String,
    Option<String>,
    Option<String>,
    Option<i64>,
    String,
    String,
    Option<String>,
    Option<String>,
    i64,
    i64,
    i64,
    Option<String>,
);

const CARD: &str = "SELECT d.id, d.text, u.display_name, d.subject_kind, d.subject_id, d.deadline,
        d.created_at, d.outcome, d.decided_at,
        (SELECT COUNT(*) FROM decision_answers a WHERE a.decision_id = d.id AND a.answer = 'agree'),
        (SELECT COUNT(*) FROM decision_answers a WHERE a.decision_id = d.id AND a.answer = 'disagree'),
        (SELECT COUNT(*) FROM decision_answers a WHERE a.decision_id = d.id AND a.answer = 'abstain'),
        (SELECT answer FROM decision_answers a WHERE a.decision_id = d.id AND a.member_id = ?1)
   FROM decisions d LEFT JOIN users u ON u.id = d.proposer_id";

async fn cards(
    tx: &mut SqliteConnection,
    viewer: i64,
    tail: &str,
    bind: Option<i64>,
) -> Result<Vec<DecisionCard>, AppError> {
    let sql = format!("{CARD} {tail}");
    let mut query = sqlx::query_as::<_, CardRow>(&sql).bind(viewer);
    if let Some(value) = bind {
        query = query.bind(value);
    }
    let rows = query.fetch_all(&mut *tx).await?;
    let members: i64 = sqlx::query_scalar(MEMBERS).fetch_one(&mut *tx).await?;
    let mut out = Vec::with_capacity(rows.len());
    for row in rows {
        let (id, text, proposer, kind, subject_id, deadline, created_at, outcome, decided_at) = (
            row.0, row.1, row.2, row.3, row.4, row.5, row.6, row.7, row.8,
        );
        let subject = match (kind.as_deref().and_then(SubjectKind::from_code), subject_id) {
            (Some(kind), Some(sid)) => Some(Subject {
                kind,
                id: sid,
                name: subject_name(tx, kind, sid).await?.unwrap_or_default(),
            }),
            _ => None,
        };
        out.push(DecisionCard {
            id,
            text,
            proposer: proposer.unwrap_or_default(),
            subject,
            deadline,
            created_at,
            outcome: outcome.as_deref().and_then(Outcome::from_code),
            decided_at,
            tally: Tally {
                agree: row.9,
                disagree: row.10,
                abstain: row.11,
            },
            members,
            mine: row.12.as_deref().and_then(Answer::from_code),
        });
    }
    Ok(out)
}

/// The log as a steering member sees it.
pub async fn log(pool: &SqlitePool, viewer: &Viewer) -> Result<DecisionLog, AppError> {
    settle_due(pool).await?;
    let mut tx = pool.begin().await?;
    let open = cards(
        &mut tx,
        viewer.id,
        "WHERE d.outcome IS NULL ORDER BY d.deadline, d.id",
        None,
    )
    .await?;
    let recorded = cards(
        &mut tx,
        viewer.id,
        "WHERE d.outcome IS NOT NULL ORDER BY d.decided_at DESC, d.id DESC LIMIT 100",
        None,
    )
    .await?;
    tx.commit().await?;
    Ok(DecisionLog {
        open,
        recorded,
        today: chrono::Utc::now().date_naive().to_string(),
    })
}

/// One decision with every answer.
pub async fn decision(pool: &SqlitePool, viewer: &Viewer, id: i64) -> Result<Decision, AppError> {
    settle_due(pool).await?;
    let mut tx = pool.begin().await?;
    let card = cards(&mut tx, viewer.id, "WHERE d.id = ?2", Some(id))
        .await?
        .pop()
        .ok_or(AppError::NotFound)?;
    let answers: Vec<(Option<String>, String, String, String)> = sqlx::query_as(
        "SELECT u.display_name, a.answer, a.reason, a.answered_at
           FROM decision_answers a LEFT JOIN users u ON u.id = a.member_id
          WHERE a.decision_id = ? ORDER BY a.answered_at, a.member_id",
    )
    .bind(id)
    .fetch_all(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(Decision {
        card,
        answers: answers
            .into_iter()
            .filter_map(|(member, answer, reason, answered_at)| {
                Some(AnswerLine {
                    member: member.unwrap_or_default(),
                    answer: Answer::from_code(&answer)?,
                    reason,
                    answered_at,
                })
            })
            .collect(),
    })
}

/// The recorded decisions about a thing, newest first (public: text, outcome and counts).
pub async fn about(
    pool: &SqlitePool,
    kind: SubjectKind,
    id: i64,
) -> Result<Vec<DecisionNote>, AppError> {
    let rows: Vec<(i64, String, String, String, i64, i64, i64)> = sqlx::query_as(
        "SELECT d.id, d.text, d.outcome, d.decided_at,
                (SELECT COUNT(*) FROM decision_answers a WHERE a.decision_id = d.id AND a.answer = 'agree'),
                (SELECT COUNT(*) FROM decision_answers a WHERE a.decision_id = d.id AND a.answer = 'disagree'),
                (SELECT COUNT(*) FROM decision_answers a WHERE a.decision_id = d.id AND a.answer = 'abstain')
           FROM decisions d
          WHERE d.subject_kind = ? AND d.subject_id = ? AND d.outcome IS NOT NULL
          ORDER BY d.decided_at DESC, d.id DESC",
    )
    .bind(kind.code())
    .bind(id)
    .fetch_all(pool)
    .await?;
    Ok(rows
        .into_iter()
        .filter_map(
            |(id, text, outcome, decided_at, agree, disagree, abstain)| {
                Some(DecisionNote {
                    id,
                    text,
                    outcome: Outcome::from_code(&outcome)?,
                    decided_at,
                    tally: Tally {
                        agree,
                        disagree,
                        abstain,
                    },
                })
            },
        )
        .collect())
}

/// How many open decisions the member has not answered yet (for their start page).
pub async fn waiting_for(pool: &SqlitePool, member: i64) -> Result<i64, AppError> {
    Ok(sqlx::query_scalar(
        "SELECT COUNT(*) FROM decisions d
          WHERE d.outcome IS NULL AND d.deadline >= date('now')
            AND NOT EXISTS (SELECT 1 FROM decision_answers a
                             WHERE a.decision_id = d.id AND a.member_id = ?)",
    )
    .bind(member)
    .fetch_one(pool)
    .await?)
}
