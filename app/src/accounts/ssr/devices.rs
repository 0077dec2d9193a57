//! Known browsers: a successful sign-in (or a password reset from the emailed link) leaves a
//! random token in a long-lived cookie, stored hashed. Strangers' wrong guesses lock an
//! account for browsers it has never signed in from; the owner's own browser gets through.
use crate::common::error::{internal, AppError};
use crate::server::secrets::{random_token, token_hash};
use sqlx::SqlitePool;

pub const DEVICE_COOKIE: &str = "santaka_device";
/// A browser stays known this long after its last sign-in.
const DEVICE_DAYS: i64 = 365;
/// The newest browsers kept per account.
const DEVICES_KEPT: i64 = 20;

/// The account the calling browser is known for, if its cookie names one.
pub async fn known_device(pool: &SqlitePool) -> Result<Option<(String, i64)>, AppError> {
    let Some(token) = crate::server::request::cookie(DEVICE_COOKIE) else {
        return Ok(None);
    };
    let hash = token_hash(&token);
    let user: Option<i64> = sqlx::query_scalar(
        "SELECT user_id FROM known_devices
          WHERE token_hash = ? AND last_used_at > datetime('now', ?)",
    )
    .bind(&hash)
    .bind(format!("-{DEVICE_DAYS} days"))
    .fetch_optional(pool)
    .await?;
    Ok(user.map(|id| (hash, id)))
}

/// Remembers the calling browser for `user_id`: refreshes a known one, else stores a new
/// token and sends its cookie. Only the newest [`DEVICES_KEPT`] browsers are kept.
pub async fn remember_device(
    pool: &SqlitePool,
    user_id: i64,
    known: Option<&str>,
) -> Result<(), AppError> {
    if let Some(hash) = known {
        sqlx::query("UPDATE known_devices SET last_used_at = datetime('now') WHERE token_hash = ?")
            .bind(hash)
            .execute(pool)
            .await?;
        return Ok(());
    }
    let token = random_token();
    sqlx::query("INSERT INTO known_devices (token_hash, user_id) VALUES (?, ?)")
        .bind(token_hash(&token))
        .bind(user_id)
        .execute(pool)
        .await?;
    sqlx::query(
        "DELETE FROM known_devices WHERE user_id = ? AND token_hash NOT IN (
            SELECT token_hash FROM known_devices WHERE user_id = ?
             ORDER BY last_used_at DESC, created_at DESC LIMIT ?)",
    )
    .bind(user_id)
    .bind(user_id)
    .bind(DEVICES_KEPT)
    .execute(pool)
    .await?;
    let secure = crate::server::state::app_state()?
        .public_url
        .starts_with("https://");
    let cookie = crate::common::cookie::set_cookie(
        DEVICE_COOKIE,
        &token,
        DEVICE_DAYS as u64 * 24 * 3600,
        true,
        secure,
    );
    let response = leptos::prelude::use_context::<leptos_axum::ResponseOptions>()
        .ok_or_else(|| internal("ResponseOptions missing"))?;
    response.append_header(
        http::header::SET_COOKIE,
        http::HeaderValue::from_str(&cookie).map_err(internal)?,
    );
    Ok(())
}
