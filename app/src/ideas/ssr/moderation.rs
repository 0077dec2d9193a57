use crate::common::error::AppError;
use crate::common::ids::CommentId;
use crate::common::ids::IdeaId;
use crate::common::PersonRef;
use crate::ideas::*;
use crate::server::db::begin_write;
use crate::server::lookups::visible_idea;
use sqlx::SqlitePool;

/// A report of an idea (no comment) or of one of its comments. Reporting the same open thing
/// twice is a no-op.
pub async fn report(
    pool: &SqlitePool,
    reporter: i64,
    idea_id: IdeaId,
    comment_id: Option<CommentId>,
    reason: ReportReason,
    note: &str,
) -> Result<(), AppError> {
    if note.chars().count() > NOTE_MAX {
        return Err(AppError::field("note", "too_long"));
    }
    let mut tx = begin_write(pool).await?;
    visible_idea(&mut tx, idea_id, false).await?;
    if let Some(comment) = comment_id {
        let found: Option<(i64,)> =
            sqlx::query_as("SELECT id FROM comments WHERE id = ? AND idea_id = ?")
                .bind(comment)
                .bind(idea_id)
                .fetch_optional(&mut *tx)
                .await?;
        if found.is_none() {
            return Err(AppError::NotFound);
        }
    }
    sqlx::query(
        "INSERT INTO reports (idea_id, comment_id, reporter_id, reason, note)
         VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
    )
    .bind(idea_id)
    .bind(comment_id)
    .bind(reporter)
    .bind(reason.code())
    .bind(note.trim())
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(())
}

crate::coded! {
    /// What a moderator does to an idea or a comment.
    pub enum Moderation {
        Hide = "hide",
        Restore = "restore",
        /// Closes the open reports without hiding anything.
        Dismiss = "dismiss",
    }
}

/// Hides, restores or clears the reports of an idea or a comment, closing its open reports,
/// and logs who did it.
pub async fn moderate(
    pool: &SqlitePool,
    actor: i64,
    idea_id: IdeaId,
    comment_id: Option<CommentId>,
    action: Moderation,
) -> Result<(), AppError> {
    let mut tx = begin_write(pool).await?;
    let changed = match (action, comment_id) {
        (Moderation::Dismiss, _) => {
            let found: Option<(i64,)> = sqlx::query_as(
                "SELECT 1 FROM ideas i WHERE i.id = ?1 AND (?2 IS NULL OR EXISTS
                   (SELECT 1 FROM comments c WHERE c.id = ?2 AND c.idea_id = i.id))",
            )
            .bind(idea_id)
            .bind(comment_id)
            .fetch_optional(&mut *tx)
            .await?;
            u64::from(found.is_some())
        }
        (_, Some(comment)) => sqlx::query(
            "UPDATE comments SET hidden_at = CASE WHEN ? THEN datetime('now') END,
                    hidden_by = CASE WHEN ? THEN ? END
              WHERE id = ? AND idea_id = ?",
        )
        .bind(action == Moderation::Hide)
        .bind(action == Moderation::Hide)
        .bind(actor)
        .bind(comment)
        .bind(idea_id)
        .execute(&mut *tx)
        .await?
        .rows_affected(),
        (_, None) => sqlx::query(
            "UPDATE ideas SET hidden_at = CASE WHEN ? THEN datetime('now') END,
                    hidden_by = CASE WHEN ? THEN ? END
              WHERE id = ?",
        )
        .bind(action == Moderation::Hide)
        .bind(action == Moderation::Hide)
        .bind(actor)
        .bind(idea_id)
        .execute(&mut *tx)
        .await?
        .rows_affected(),
    };
    if changed == 0 {
        return Err(AppError::NotFound);
    }
    if action != Moderation::Restore {
        let resolution = if action == Moderation::Hide {
            "hidden"
        } else {
            "dismissed"
        };
        sqlx::query!(
            "UPDATE reports SET resolved_at = datetime('now'), resolved_by = ?, resolution = ?
              WHERE resolved_at IS NULL AND idea_id = ? AND comment_id IS ?",
            actor,
            resolution,
            idea_id,
            comment_id
        )
        .execute(&mut *tx)
        .await?;
    }
    sqlx::query(
        "INSERT INTO moderation_log (actor_id, action, idea_id, comment_id) VALUES (?, ?, ?, ?)",
    )
    .bind(actor)
    .bind(action.code())
    .bind(idea_id)
    .bind(comment_id)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Stops a person from publishing, or lets them again.
pub async fn set_block(
    pool: &SqlitePool,
    actor: i64,
    user_id: i64,
    blocked: bool,
) -> Result<(), AppError> {
    if actor == user_id {
        return Err(AppError::field("form", "block_self"));
    }
    let mut tx = begin_write(pool).await?;
    let changed = sqlx::query!(
        "UPDATE users SET publishing_blocked_at = CASE WHEN ? THEN datetime('now') END
          WHERE id = ? AND deleted_at IS NULL",
        blocked,
        user_id
    )
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if changed == 0 {
        return Err(AppError::NotFound);
    }
    sqlx::query("INSERT INTO moderation_log (actor_id, action, user_id) VALUES (?, ?, ?)")
        .bind(actor)
        .bind(if blocked { "block" } else { "unblock" })
        .bind(user_id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(())
}

type ReportRow = (
    i64,
    crate::common::ids::IdeaId,
    String,
    Option<crate::common::ids::CommentId>,
    String,
    i64,
    Option<String>,
    bool,
    bool,
    bool,
    String,
    String,
    Option<String>,
    String,
);

/// The open reports, oldest first, with what was reported (one query).
pub async fn open_reports(pool: &SqlitePool) -> Result<Vec<ReportItem>, AppError> {
    let rows: Vec<ReportRow> = sqlx::query_as(
        "SELECT r.id, i.id, i.title, c.id, COALESCE(c.body, i.summary),
                u.id, u.display_name,
                EXISTS (SELECT 1 FROM user_roles x WHERE x.user_id = u.id AND x.role = 'mentor'),
                u.publishing_blocked_at IS NOT NULL,
                CASE WHEN r.comment_id IS NULL THEN i.hidden_at ELSE c.hidden_at END IS NOT NULL,
                r.reason, r.note, reporter.display_name, r.created_at
           FROM reports r
           JOIN ideas i ON i.id = r.idea_id
           LEFT JOIN comments c ON c.id = r.comment_id
           JOIN users u ON u.id = COALESCE(c.author_id, i.author_id)
           JOIN users reporter ON reporter.id = r.reporter_id
          WHERE r.resolved_at IS NULL
          ORDER BY r.created_at, r.id
          LIMIT 200",
    )
    .fetch_all(pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|row| ReportItem {
            id: row.0,
            idea_id: row.1,
            idea_title: row.2,
            comment_id: row.3,
            excerpt: crate::ideas::markdown::plain_excerpt(&row.4, 400),
            author: PersonRef {
                id: row.5,
                name: row.6,
                mentor: row.7,
            },
            author_blocked: row.8,
            hidden: row.9,
            reason: ReportReason::from_code(&row.10).unwrap_or(ReportReason::Other),
            note: row.11,
            reporter: row.12.unwrap_or_default(),
            created_at: row.13,
        })
        .collect())
}
