use crate::common::error::AppError;
use crate::common::ids::IdeaId;
use crate::common::Viewer;
use crate::ideas::*;
use crate::server::db::begin_write;
use crate::server::lookups::{is_editor, visible_idea};
use sqlx::SqlitePool;

/// Invites `email` to co-author: records the invitation and queues the email with the link.
pub async fn invite(
    pool: &SqlitePool,
    viewer: &Viewer,
    idea_id: IdeaId,
    email: &str,
    public_url: &str,
) -> Result<(), AppError> {
    let email = email.trim().to_lowercase();
    if !crate::common::valid_email(&email) {
        return Err(AppError::field("email", "email_invalid"));
    }
    let mut tx = begin_write(pool).await?;
    visible_idea(&mut tx, idea_id, false).await?;
    if !is_editor(&mut tx, idea_id, viewer.id).await? {
        return Err(AppError::Forbidden);
    }
    let token = crate::server::secrets::random_token();
    sqlx::query(
        "INSERT INTO idea_invites (idea_id, email, token_hash, invited_by, expires_at)
         VALUES (?, ?, ?, ?, datetime('now', '+14 days'))",
    )
    .bind(idea_id)
    .bind(&email)
    .bind(crate::server::secrets::token_hash(&token))
    .bind(viewer.id)
    .execute(&mut *tx)
    .await?;
    let (title,): (String,) = sqlx::query_as("SELECT title FROM ideas WHERE id = ?")
        .bind(idea_id)
        .fetch_one(&mut *tx)
        .await?;
    let recipient: Option<(i64, String)> = sqlx::query_as(
        "SELECT id, preferred_locale FROM users WHERE email = ? AND deleted_at IS NULL",
    )
    .bind(&email)
    .fetch_optional(&mut *tx)
    .await?;
    let (user_id, locale) = match recipient {
        Some((id, locale)) => (Some(id), locale),
        None => (None, "lt".to_owned()),
    };
    let link = format!("{public_url}/ideas/invite?token={token}");
    let mail = crate::server::mail::coauthor_invite(
        &locale,
        user_id,
        &email,
        &viewer.display_name,
        &title,
        &link,
    );
    crate::server::mail::enqueue(&mut tx, &mail).await?;
    crate::server::mail::commit_and_send(tx).await?;
    Ok(())
}

/// What an invitation link offers, if it is still valid.
pub async fn invite_info(pool: &SqlitePool, token: &str) -> Result<InviteInfo, AppError> {
    let row: Option<(IdeaId, String, Option<String>)> = sqlx::query_as(
        "SELECT i.id, i.title, u.display_name FROM idea_invites v
           JOIN ideas i ON i.id = v.idea_id JOIN users u ON u.id = v.invited_by
          WHERE v.token_hash = ? AND v.used_at IS NULL AND v.expires_at > datetime('now')
            AND i.hidden_at IS NULL",
    )
    .bind(crate::server::secrets::token_hash(token.trim()))
    .fetch_optional(pool)
    .await?;
    let (idea_id, idea_title, invited_by) =
        row.ok_or_else(|| AppError::field("token", "token_invalid"))?;
    Ok(InviteInfo {
        idea_id,
        idea_title,
        invited_by: invited_by.unwrap_or_default(),
    })
}

/// Accepts an invitation: the signed-in person becomes a co-author. Returns the idea's id.
pub async fn accept_invite(
    pool: &SqlitePool,
    user_id: i64,
    token: &str,
) -> Result<IdeaId, AppError> {
    let mut tx = begin_write(pool).await?;
    let row: Option<(IdeaId,)> = sqlx::query_as(
        "UPDATE idea_invites SET used_at = datetime('now'), used_by = ?
          WHERE token_hash = ? AND used_at IS NULL AND expires_at > datetime('now')
          RETURNING idea_id",
    )
    .bind(user_id)
    .bind(crate::server::secrets::token_hash(token.trim()))
    .fetch_optional(&mut *tx)
    .await?;
    let (idea_id,) = row.ok_or_else(|| AppError::field("token", "token_invalid"))?;
    visible_idea(&mut tx, idea_id, false).await?;
    if !is_editor(&mut tx, idea_id, user_id).await? {
        sqlx::query!(
            "INSERT INTO idea_coauthors (idea_id, user_id) VALUES (?, ?)",
            idea_id,
            user_id
        )
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(idea_id)
}
