//! Writing to the audit log: each steering action records itself in its own transaction.
use crate::common::audit::{AuditAction, AuditSubject};
use crate::common::error::AppError;
use sqlx::SqliteConnection;

/// Records an action in the caller's transaction, so it is logged exactly when it happens.
pub async fn record(
    tx: &mut SqliteConnection,
    actor: Option<i64>,
    action: AuditAction,
    subject: AuditSubject,
    subject_id: Option<i64>,
    detail: &str,
) -> Result<(), AppError> {
    sqlx::query(
        "INSERT INTO audit_log (actor_id, action, subject_kind, subject_id, detail)
         VALUES (?, ?, ?, ?, ?)",
    )
    .bind(actor)
    .bind(action.code())
    .bind(subject.code())
    .bind(subject_id)
    .bind(detail)
    .execute(tx)
    .await?;
    Ok(())
}
