//! Writing a comment on an idea, with its notifications: the ideas' discussion and the forums
//! (next steps of a case, a harvest note added to an idea) use the same one.
use crate::common::error::AppError;
use crate::common::ids::IdeaId;
use crate::common::Kind as NotifyKind;
use crate::common::Viewer;
use crate::server::lookups::visible_idea;
use crate::server::notify::{notify, Event, To};
use sqlx::SqliteConnection;

/// Writes a checked comment (`feedback`: a feedback kind's code) inside the caller's
/// transaction, with its notifications (sent when the caller commits through
/// `commit_and_send`).
pub async fn write(
    tx: &mut SqliteConnection,
    viewer: &Viewer,
    idea_id: IdeaId,
    parent_id: Option<crate::common::ids::CommentId>,
    body: &str,
    feedback: Option<&'static str>,
) -> Result<i64, AppError> {
    visible_idea(tx, idea_id, false).await?;
    if let Some(parent) = parent_id {
        let top: Option<(i64,)> = sqlx::query_as(
            "SELECT id FROM comments
              WHERE id = ? AND idea_id = ? AND parent_id IS NULL AND hidden_at IS NULL",
        )
        .bind(parent)
        .bind(idea_id)
        .fetch_optional(&mut *tx)
        .await?;
        if top.is_none() {
            return Err(AppError::NotFound);
        }
    }
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO comments (idea_id, parent_id, author_id, body, feedback_kind, lang)
         VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(idea_id)
    .bind(parent_id)
    .bind(viewer.id)
    .bind(body.trim())
    .bind(feedback)
    .bind(crate::server::request::content_lang(body))
    .fetch_one(&mut *tx)
    .await?;
    sqlx::query!(
        "UPDATE ideas SET comment_count = comment_count + 1, activity_at = datetime('now')
          WHERE id = ?",
        idea_id
    )
    .execute(&mut *tx)
    .await?;
    // The idea's authors hear of a comment (a mentor's feedback as such); its followers hear
    // of activity. One statement each, however many people follow.
    let (title,): (String,) = sqlx::query_as("SELECT title FROM ideas WHERE id = ?")
        .bind(idea_id)
        .fetch_one(&mut *tx)
        .await?;
    let authors: Vec<i64> = sqlx::query_as::<_, (i64,)>(
        "SELECT author_id FROM ideas WHERE id = ?1
         UNION SELECT user_id FROM idea_coauthors WHERE idea_id = ?1",
    )
    .bind(idea_id)
    .fetch_all(&mut *tx)
    .await?
    .into_iter()
    .map(|(id,)| id)
    .collect();
    let link = crate::common::ids::comment_link(idea_id, id);
    let kind = if feedback.is_some() {
        NotifyKind::MentorFeedback
    } else {
        NotifyKind::IdeaComment
    };
    for (to, kind, detail) in [
        (To::People(&authors), kind, ""),
        (
            To::FollowersOf {
                idea_id,
                except: &authors,
            },
            NotifyKind::FollowedActivity,
            "comment",
        ),
    ] {
        notify(
            tx,
            to,
            &Event {
                kind,
                actor: Some((viewer.id, &viewer.display_name)),
                subject: &title,
                detail,
                link: &link,
            },
        )
        .await?;
    }
    Ok(id)
}
