use crate::common::error::AppError;
use crate::ideas::{SUMMARY_MAX, TITLE_MAX};
use sqlx::SqlitePool;

/// Keeps a person's private draft (title and summary, both may be unfinished); both empty
/// removes it.
pub async fn save_draft(
    pool: &SqlitePool,
    user_id: i64,
    title: &str,
    summary: &str,
) -> Result<(), AppError> {
    let (title, summary) = (title.trim(), summary.trim());
    if title.chars().count() > TITLE_MAX {
        return Err(AppError::field("title", "too_long"));
    }
    if summary.chars().count() > SUMMARY_MAX {
        return Err(AppError::field("summary", "too_long"));
    }
    if title.is_empty() && summary.is_empty() {
        sqlx::query("DELETE FROM idea_drafts WHERE user_id = ?")
            .bind(user_id)
            .execute(pool)
            .await?;
        return Ok(());
    }
    sqlx::query(
        "INSERT INTO idea_drafts (user_id, title, summary) VALUES (?, ?, ?)
         ON CONFLICT (user_id) DO UPDATE SET title = excluded.title,
                summary = excluded.summary, updated_at = datetime('now')",
    )
    .bind(user_id)
    .bind(title)
    .bind(summary)
    .execute(pool)
    .await?;
    Ok(())
}

/// A person's private draft, if they keep one: (title, summary).
pub async fn draft_of(
    pool: &SqlitePool,
    user_id: i64,
) -> Result<Option<(String, String)>, AppError> {
    Ok(
        sqlx::query_as("SELECT title, summary FROM idea_drafts WHERE user_id = ?")
            .bind(user_id)
            .fetch_optional(pool)
            .await?,
    )
}
