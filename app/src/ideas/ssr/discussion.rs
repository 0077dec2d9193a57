use crate::common::error::AppError;
use crate::common::ids::CommentId;
use crate::common::ids::IdeaId;
use crate::common::{Role, Viewer};
use crate::ideas::*;
use crate::server::db::begin_write;
use crate::server::lookups::{is_editor, visible_idea};
use sqlx::{SqliteConnection, SqlitePool};

/// Adds or removes the person's support. One per person per idea: the primary key turns a
/// repeated or parallel support into a no-op, and the counter moves only when a row did.
pub async fn support(
    pool: &SqlitePool,
    user_id: i64,
    idea_id: IdeaId,
    on: bool,
) -> Result<(), AppError> {
    let mut tx = begin_write(pool).await?;
    visible_idea(&mut tx, idea_id, false).await?;
    if mark(&mut tx, List::Supports, idea_id, user_id, on).await? > 0 {
        let (step, fresh) = if on { (1, 1) } else { (-1, 0) };
        sqlx::query!(
            "UPDATE ideas SET support_count = support_count + ?,
                    activity_at = CASE WHEN ? > 0 THEN datetime('now') ELSE activity_at END
              WHERE id = ?",
            step,
            fresh,
            idea_id
        )
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Starts or stops following an idea.
pub async fn follow(
    pool: &SqlitePool,
    user_id: i64,
    idea_id: IdeaId,
    on: bool,
) -> Result<(), AppError> {
    let mut tx = begin_write(pool).await?;
    visible_idea(&mut tx, idea_id, false).await?;
    mark(&mut tx, List::Follows, idea_id, user_id, on).await?;
    tx.commit().await?;
    Ok(())
}

/// The per-person lists of an idea.
#[derive(Clone, Copy)]
enum List {
    Supports,
    Follows,
}

/// Puts the person on (`on`) or off one of the idea's lists; how many rows changed (0 when
/// they already were, or were not, on it).
async fn mark(
    conn: &mut SqliteConnection,
    list: List,
    idea_id: IdeaId,
    user_id: i64,
    on: bool,
) -> Result<u64, AppError> {
    let done = match (list, on) {
        (List::Supports, true) => sqlx::query!(
            "INSERT INTO idea_supports (idea_id, user_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
            idea_id,
            user_id
        ),
        (List::Supports, false) => sqlx::query!(
            "DELETE FROM idea_supports WHERE idea_id = ? AND user_id = ?",
            idea_id,
            user_id
        ),
        (List::Follows, true) => sqlx::query!(
            "INSERT INTO idea_follows (idea_id, user_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
            idea_id,
            user_id
        ),
        (List::Follows, false) => sqlx::query!(
            "DELETE FROM idea_follows WHERE idea_id = ? AND user_id = ?",
            idea_id,
            user_id
        ),
    }
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected())
}

/// Posts a comment or a reply (to a top-level comment of the same idea). Feedback kinds are
/// for mentors. Returns the comment's id.
pub async fn post_comment(
    pool: &SqlitePool,
    viewer: &Viewer,
    idea_id: IdeaId,
    parent_id: Option<crate::common::ids::CommentId>,
    body: &str,
    feedback: &str,
) -> Result<i64, AppError> {
    check_comment(body, feedback).map_err(AppError::invalid)?;
    let feedback = FeedbackKind::from_code(feedback);
    if feedback.is_some() && !viewer.has(Role::Mentor) {
        return Err(AppError::field("feedback", "feedback_mentors_only"));
    }
    // Feedback is a comment of its own, not a reply (the feedback filter lists comments).
    if feedback.is_some() && parent_id.is_some() {
        return Err(AppError::field("feedback", "choice_invalid"));
    }
    let mut tx = begin_write(pool).await?;
    let kind = feedback.map(FeedbackKind::code);
    let id =
        crate::server::comments::write(&mut tx, viewer, idea_id, parent_id, body, kind).await?;
    crate::server::mail::commit_and_send(tx).await?;
    Ok(id)
}

/// The idea's authors mark a mentor's feedback as addressed (or not). Returns the idea's id.
pub async fn set_addressed(
    pool: &SqlitePool,
    viewer: &Viewer,
    comment_id: CommentId,
    addressed: bool,
) -> Result<IdeaId, AppError> {
    let mut tx = begin_write(pool).await?;
    let row: Option<(IdeaId, bool)> = sqlx::query_as(
        "SELECT idea_id, feedback_kind IS NOT NULL FROM comments
          WHERE id = ? AND hidden_at IS NULL",
    )
    .bind(comment_id)
    .fetch_optional(&mut *tx)
    .await?;
    let Some((idea_id, is_feedback)) = row else {
        return Err(AppError::NotFound);
    };
    visible_idea(&mut tx, idea_id, false).await?;
    if !is_editor(&mut tx, idea_id, viewer.id).await? {
        return Err(AppError::Forbidden);
    }
    if !is_feedback {
        return Err(AppError::NotFound);
    }
    sqlx::query!(
        "UPDATE comments SET addressed_at = CASE WHEN ? THEN datetime('now') END,
                addressed_by = CASE WHEN ? THEN ? END
          WHERE id = ?",
        addressed,
        addressed,
        viewer.id,
        comment_id
    )
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(idea_id)
}
