//! The server side of accounts: password hashing, sessions, the caller of a request, one-time
//! email tokens, rate limits and the no-JavaScript form fallback.
use crate::common::error::{internal, AppError};
use crate::common::Viewer;
use crate::server::people::roles_of;
use crate::server::secrets::{random_token, token_hash};
use sqlx::{SqliteConnection, SqlitePool};
use std::time::Duration;
use tower_sessions::Session;

/// Session keys.
const SESSION_USER: &str = "uid";

const SESSION_EPOCH: &str = "epoch";

const SESSION_STARTED: &str = "started";

/// A session ends this long after sign-in whatever the activity.
pub const ABSOLUTE_LIFETIME: Duration = Duration::from_secs(30 * 24 * 3600);

/// A session ends after this long without a request.
pub const IDLE_LIFETIME: Duration = Duration::from_secs(7 * 24 * 3600);

/// Starts a signed-in session: a new session id (so an id planted before sign-in is useless),
/// the user, the account's session epoch and the start time.
pub async fn start_session(session: &Session, user_id: i64, epoch: i64) -> Result<(), AppError> {
    session.cycle_id().await.map_err(internal)?;
    session
        .insert(SESSION_USER, user_id)
        .await
        .map_err(internal)?;
    session
        .insert(SESSION_EPOCH, epoch)
        .await
        .map_err(internal)?;
    session
        .insert(SESSION_STARTED, chrono::Utc::now().timestamp())
        .await
        .map_err(internal)
}

/// Who a session belongs to, read fresh from the database. A session whose account is gone,
/// whose epoch is stale (password changed, account deleted) or which is older than the
/// absolute lifetime is ended here.
pub async fn resolve_viewer(
    pool: &SqlitePool,
    session: &Session,
) -> Result<Option<Viewer>, AppError> {
    let Some(user_id) = session.get::<i64>(SESSION_USER).await.map_err(internal)? else {
        return Ok(None);
    };
    let epoch = session.get::<i64>(SESSION_EPOCH).await.map_err(internal)?;
    let started = session
        .get::<i64>(SESSION_STARTED)
        .await
        .map_err(internal)?;
    let too_old = started
        .is_none_or(|t| chrono::Utc::now().timestamp() - t > ABSOLUTE_LIFETIME.as_secs() as i64);
    let row: Option<(String, bool, bool, i64, bool)> = sqlx::query_as(
        "SELECT display_name, email_verified_at IS NOT NULL,
                guardian_email IS NOT NULL AND guardian_confirmed_at IS NULL, session_epoch,
                publishing_blocked_at IS NOT NULL
           FROM users WHERE id = ? AND deleted_at IS NULL",
    )
    .bind(user_id)
    .fetch_optional(pool)
    .await?;
    let Some((display_name, email_verified, guardian_pending, current_epoch, publishing_blocked)) =
        row
    else {
        session.flush().await.map_err(internal)?;
        return Ok(None);
    };
    if too_old || epoch != Some(current_epoch) {
        session.flush().await.map_err(internal)?;
        return Ok(None);
    }
    let roles = roles_of(pool, user_id).await?;
    Ok(Some(Viewer {
        id: user_id,
        display_name,
        roles,
        email_verified,
        guardian_pending,
        publishing_blocked,
    }))
}

/// Whether a session that started at `started` (Unix seconds) has outlived
/// [`ABSOLUTE_LIFETIME`] at `now`. A session without a start time is treated as expired.
pub fn past_absolute_lifetime(started: Option<i64>, now: i64) -> bool {
    started.is_none_or(|t| now - t > ABSOLUTE_LIFETIME.as_secs() as i64)
}

crate::coded! {
    /// What a one-time link is for, and how long it stays valid.
    pub enum TokenPurpose {
        VerifyEmail = "verify_email",
        ResetPassword = "reset_password",
        GuardianConsent = "guardian_consent",
    }
}

impl TokenPurpose {
    fn lifetime_hours(self) -> i64 {
        match self {
            TokenPurpose::VerifyEmail => 48,
            TokenPurpose::ResetPassword => 1,
            TokenPurpose::GuardianConsent => 7 * 24,
        }
    }
}

/// Creates a one-time token for `user_id`, voiding earlier unused ones of the same purpose
/// (except reset links, which all die when one is used).
/// Returns the token itself, which only ever travels in the emailed link.
pub async fn issue_token(
    conn: &mut SqliteConnection,
    user_id: i64,
    purpose: TokenPurpose,
) -> Result<String, AppError> {
    let token = random_token();
    // A reset link the owner asked for stays good until it expires or one is used: someone
    // else asking for resets of the address must not void it.
    if purpose != TokenPurpose::ResetPassword {
        sqlx::query(
            "UPDATE email_tokens SET used_at = datetime('now')
              WHERE user_id = ? AND purpose = ? AND used_at IS NULL",
        )
        .bind(user_id)
        .bind(purpose.code())
        .execute(&mut *conn)
        .await?;
    }
    sqlx::query(
        "INSERT INTO email_tokens (token_hash, user_id, purpose, expires_at)
         VALUES (?, ?, ?, datetime('now', ?))",
    )
    .bind(token_hash(&token))
    .bind(user_id)
    .bind(purpose.code())
    .bind(format!("+{} hours", purpose.lifetime_hours()))
    .execute(&mut *conn)
    .await?;
    Ok(token)
}

/// Uses up a token: returns its user when it exists, has this purpose, is unused and
/// unexpired. Every other case is the same "invalid or expired link" answer.
pub async fn consume_token(
    conn: &mut SqliteConnection,
    token: &str,
    purpose: TokenPurpose,
) -> Result<i64, AppError> {
    let user: Option<(i64,)> = sqlx::query_as(
        "UPDATE email_tokens SET used_at = datetime('now')
          WHERE token_hash = ? AND purpose = ? AND used_at IS NULL
            AND expires_at > datetime('now')
          RETURNING user_id",
    )
    .bind(token_hash(token.trim()))
    .bind(purpose.code())
    .fetch_optional(&mut *conn)
    .await?;
    user.map(|(id,)| id)
        .ok_or_else(|| AppError::field("token", "token_invalid"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sessions_end_thirty_days_after_sign_in_whatever_the_activity() {
        let now = 1_800_000_000;
        assert!(!past_absolute_lifetime(Some(now - 29 * 24 * 3600), now));
        assert!(past_absolute_lifetime(Some(now - 31 * 24 * 3600), now));
        assert!(past_absolute_lifetime(None, now));
    }
}
