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

/// Accepts an invitation: the signed-in person becomes a co-author, when the invitation was
/// sent to their own (confirmed) address; a link passed on to someone else does nothing and
/// stays good for the person it was meant for. Returns the idea's id.
pub async fn accept_invite(
    pool: &SqlitePool,
    user_id: i64,
    token: &str,
) -> Result<IdeaId, AppError> {
    let mut tx = begin_write(pool).await?;
    let hash = crate::server::secrets::token_hash(token.trim());
    let invite: Option<(i64, IdeaId, String)> = sqlx::query_as(
        "SELECT id, idea_id, email FROM idea_invites
          WHERE token_hash = ? AND used_at IS NULL AND expires_at > datetime('now')",
    )
    .bind(&hash)
    .fetch_optional(&mut *tx)
    .await?;
    let (invite_id, idea_id, invited) =
        invite.ok_or_else(|| AppError::field("token", "token_invalid"))?;
    let mine: Option<String> = sqlx::query_scalar(
        "SELECT email FROM users
          WHERE id = ? AND deleted_at IS NULL AND email_verified_at IS NOT NULL",
    )
    .bind(user_id)
    .fetch_optional(&mut *tx)
    .await?
    .flatten();
    if mine.map(|m| m.to_lowercase()) != Some(invited.to_lowercase()) {
        return Err(AppError::field("token", "invite_other_address"));
    }
    visible_idea(&mut tx, idea_id, false).await?;
    sqlx::query("UPDATE idea_invites SET used_at = datetime('now'), used_by = ? WHERE id = ?")
        .bind(user_id)
        .bind(invite_id)
        .execute(&mut *tx)
        .await?;
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

/// Removes a co-author: the idea's author may remove anyone, a co-author only themselves.
pub async fn remove_coauthor(
    pool: &SqlitePool,
    viewer: &Viewer,
    idea_id: IdeaId,
    user_id: i64,
) -> Result<(), AppError> {
    let mut tx = begin_write(pool).await?;
    // Who co-authors an idea is public (it is shown on the idea).
    let author: Option<i64> = sqlx::query_scalar(
        "SELECT i.author_id FROM idea_coauthors c JOIN ideas i ON i.id = c.idea_id
          WHERE c.idea_id = ? AND c.user_id = ?",
    )
    .bind(idea_id)
    .bind(user_id)
    .fetch_optional(&mut *tx)
    .await?;
    let author = author.ok_or_else(|| AppError::field("user_id", "not_found"))?;
    if viewer.id != author && viewer.id != user_id {
        return Err(AppError::Forbidden);
    }
    sqlx::query("DELETE FROM idea_coauthors WHERE idea_id = ? AND user_id = ?")
        .bind(idea_id)
        .bind(user_id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(())
}

/// Takes back an invitation that has not been used: its link stops working.
pub async fn revoke_invite(
    pool: &SqlitePool,
    viewer: &Viewer,
    idea_id: IdeaId,
    invite_id: i64,
) -> Result<(), AppError> {
    let mut tx = begin_write(pool).await?;
    let open: Option<i64> = sqlx::query_scalar(
        "SELECT id FROM idea_invites WHERE id = ? AND idea_id = ? AND used_at IS NULL",
    )
    .bind(invite_id)
    .bind(idea_id)
    .fetch_optional(&mut *tx)
    .await?;
    open.ok_or_else(|| AppError::field("invite_id", "not_found"))?;
    if !is_editor(&mut tx, idea_id, viewer.id).await? {
        return Err(AppError::Forbidden);
    }
    sqlx::query("DELETE FROM idea_invites WHERE id = ?")
        .bind(invite_id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(())
}
