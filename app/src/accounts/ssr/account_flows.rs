//! What registering, confirming, signing in, recovering a password and a guardian's consent
//! do, each in one transaction with the emails it sends.
use crate::accounts::check_registration;
use crate::accounts::ssr::{consume_token, issue_token, start_session, TokenPurpose};
use crate::common::error::AppError;
use crate::common::{current_year, needs_guardian, parse_birth_year, Check, Viewer};
use crate::server::db::begin_write;
use crate::server::form::redirect_plain_form;
use crate::server::limits::rate_limit;
use crate::server::mail;
use crate::server::request::request_locale;
use crate::server::secrets::{hash_password, verify_password};
use crate::server::state::app_state;
use std::time::Duration;

const MINUTE: Duration = Duration::from_secs(60);
const HOUR: Duration = Duration::from_secs(3600);

fn link(path_and_query: &str) -> Result<String, AppError> {
    Ok(format!("{}{}", app_state()?.public_url, path_and_query))
}

/// Only paths on this site, so a crafted `next` cannot send people elsewhere.
fn safe_next(next: &str) -> String {
    let path = crate::ui::lang_switch::safe_return_path(Some(next));
    if path == "/" || path.starts_with("/login") || path.starts_with("/register") {
        "/me".to_owned()
    } else {
        path
    }
}

pub async fn register(
    email: &str,
    display_name: &str,
    password: &str,
    birth_year: &str,
    guardian_email: &str,
) -> Result<String, AppError> {
    let year_now = current_year();
    check_registration(
        email,
        display_name,
        password,
        birth_year,
        guardian_email,
        year_now,
    )
    .map_err(AppError::invalid)?;
    rate_limit(
        format!("register:ip:{}", crate::server::request::client_ip()),
        20,
        HOUR,
    )?;
    // Addresses are kept in lower case: SQLite's NOCASE folds only ASCII, and sign-in
    // lower-cases what is typed.
    let email = email.trim().to_lowercase();
    let display_name = display_name.trim().to_owned();
    let birth_year = parse_birth_year(birth_year, year_now).unwrap_or(None);
    let guardian = needs_guardian(birth_year, year_now).then(|| guardian_email.trim().to_owned());
    let locale = request_locale();
    let hash = hash_password(password.to_owned()).await?;
    let state = app_state()?;
    let mut tx = begin_write(&state.pool).await?;
    let existing: Option<(i64, String)> = sqlx::query_as(
        "SELECT id, preferred_locale FROM users WHERE email = ? AND deleted_at IS NULL",
    )
    .bind(&email)
    .fetch_optional(&mut *tx)
    .await?;
    if let Some((user_id, their_locale)) = existing {
        // Same answer as a new registration; the owner of the address is told instead
        // (a few times an hour at most, silently, so the limit itself reveals nothing).
        if crate::server::limits::limiter()?.allow(&format!("mail:user:{user_id}"), 5, HOUR) {
            let mail = mail::already_registered(
                &their_locale,
                user_id,
                &email,
                &link("/login")?,
                &link("/forgot")?,
            );
            mail::enqueue(&mut tx, &mail).await?;
        }
    } else {
        let (user_id,): (i64,) = sqlx::query_as(
            "INSERT INTO users (email, display_name, password_hash, birth_year,
                                preferred_locale, guardian_email)
             VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
        )
        .bind(&email)
        .bind(&display_name)
        .bind(&hash)
        .bind(birth_year)
        .bind(&locale)
        .bind(&guardian)
        .fetch_one(&mut *tx)
        .await?;
        let token = issue_token(&mut tx, user_id, TokenPurpose::VerifyEmail).await?;
        let verify = link(&format!("/confirm?token={token}"))?;
        mail::enqueue(
            &mut tx,
            &mail::verify_email(&locale, user_id, &email, &display_name, &verify),
        )
        .await?;
        if let Some(guardian) = &guardian {
            let token = issue_token(&mut tx, user_id, TokenPurpose::GuardianConsent).await?;
            let consent = link(&format!("/guardian?token={token}"))?;
            mail::enqueue(
                &mut tx,
                &mail::guardian_consent(&locale, user_id, guardian, &display_name, &consent),
            )
            .await?;
        }
    }
    crate::server::mail::commit_and_send(tx).await?;
    let next = "/register/sent".to_owned();
    redirect_plain_form(&next);
    Ok(next)
}

pub async fn confirm_email(token: &str) -> Result<String, AppError> {
    let state = app_state()?;
    let mut tx = begin_write(&state.pool).await?;
    let user_id = consume_token(&mut tx, token, TokenPurpose::VerifyEmail).await?;
    sqlx::query!(
        "UPDATE users SET email_verified_at = COALESCE(email_verified_at, datetime('now'))
          WHERE id = ? AND deleted_at IS NULL",
        user_id
    )
    .execute(&mut *tx)
    .await?;
    let epoch: i64 = sqlx::query_scalar("SELECT session_epoch FROM users WHERE id = ?")
        .bind(user_id)
        .fetch_one(&mut *tx)
        .await?;
    tx.commit().await?;
    // The link came to the person's own mailbox and works once: it signs them in too.
    let session = crate::server::request::session().await?;
    start_session(&session, user_id, epoch).await?;
    let next = "/me?confirmed=1".to_owned();
    redirect_plain_form(&next);
    Ok(next)
}

pub async fn login(email: &str, password: &str, next: &str) -> Result<String, AppError> {
    let mut check = Check::new();
    check.email("email", email);
    if password.is_empty() {
        check.fail("password", "missing");
    }
    check.finish().map_err(AppError::invalid)?;
    let email = email.trim().to_lowercase();
    let ip = crate::server::request::client_ip();
    // A whole class signing in at a workshop shares one school address, so right sign-ins
    // from one address are only capped loosely (each costs a password hash); wrong ones
    // from one address, for any accounts, are what guessing looks like.
    rate_limit(format!("login:ip:{ip}"), 300, 5 * MINUTE)?;
    // Wrong guesses count per address, per account and address, and per account. The last
    // locks the account only for browsers it has never signed in from: strangers' guesses
    // from many addresses cannot lock the owner out of their own browser, whose wrong
    // passwords count on that browser instead.
    let limiter = crate::server::limits::limiter()?;
    let state = app_state()?;
    let fail_ip = format!("login:fail-ip:{ip}");
    let fail_here = format!("login:fail:{email}:{ip}");
    let row: Option<(i64, String, i64)> = sqlx::query_as(
        "SELECT id, password_hash, session_epoch FROM users
          WHERE email = ? AND deleted_at IS NULL",
    )
    .bind(&email)
    .fetch_optional(&state.pool)
    .await?;
    let device = crate::accounts::ssr::known_device(&state.pool)
        .await?
        .filter(|(_, user)| row.as_ref().is_some_and(|(id, _, _)| id == user))
        .map(|(hash, _)| hash);
    let fail_account = match &device {
        Some(hash) => format!("login:fail-device:{hash}"),
        None => account_lock_key(&email),
    };
    let account_max = if device.is_some() { 10 } else { 50 };
    if limiter.blocked(&fail_ip, 30, 5 * MINUTE)
        || limiter.blocked(&fail_here, 10, 15 * MINUTE)
        || limiter.blocked(&fail_account, account_max, 15 * MINUTE)
    {
        tracing::warn!(ip = %ip, "sign-in refused: too many failures for this account");
        return Err(AppError::RateLimited);
    }
    let stored = row.as_ref().map(|(_, hash, _)| hash.clone());
    let verified = verify_password(password.to_owned(), stored).await?;
    let Some((user_id, _, epoch)) = row.filter(|_| verified) else {
        limiter.record(&fail_ip, 5 * MINUTE);
        limiter.record(&fail_here, 15 * MINUTE);
        limiter.record(&fail_account, 15 * MINUTE);
        return Err(AppError::field("form", "credentials_invalid"));
    };
    crate::accounts::ssr::remember_device(&state.pool, user_id, device.as_deref()).await?;
    let session = crate::server::request::session().await?;
    start_session(&session, user_id, epoch).await?;
    let next = safe_next(next);
    redirect_plain_form(&next);
    Ok(next)
}

/// The limiter key that locks an account for unknown browsers.
fn account_lock_key(email: &str) -> String {
    format!("login:fail:{email}")
}

pub async fn request_password_reset(email: &str) -> Result<String, AppError> {
    let mut check = Check::new();
    check.email("email", email);
    check.finish().map_err(AppError::invalid)?;
    let email = email.trim().to_lowercase();
    rate_limit(
        format!("reset:ip:{}", crate::server::request::client_ip()),
        10,
        HOUR,
    )?;
    rate_limit(format!("reset:account:{email}"), 3, HOUR)?;
    let state = app_state()?;
    let mut tx = begin_write(&state.pool).await?;
    let user: Option<(i64, String)> = sqlx::query_as(
        "SELECT id, preferred_locale FROM users WHERE email = ? AND deleted_at IS NULL",
    )
    .bind(&email)
    .fetch_optional(&mut *tx)
    .await?;
    if let Some((user_id, locale)) = user {
        let token = issue_token(&mut tx, user_id, TokenPurpose::ResetPassword).await?;
        let reset = link(&format!("/reset?token={token}"))?;
        mail::enqueue(
            &mut tx,
            &mail::reset_password(&locale, user_id, &email, &reset),
        )
        .await?;
    }
    crate::server::mail::commit_and_send(tx).await?;
    // The same answer whether or not the address has an account.
    let next = "/forgot/sent".to_owned();
    redirect_plain_form(&next);
    Ok(next)
}

pub async fn reset_password(token: &str, password: &str) -> Result<String, AppError> {
    let mut check = Check::new();
    check.password("password", password);
    check.finish().map_err(AppError::invalid)?;
    rate_limit(
        format!("reset:ip:{}", crate::server::request::client_ip()),
        10,
        HOUR,
    )?;
    let hash = hash_password(password.to_owned()).await?;
    let state = app_state()?;
    let mut tx = begin_write(&state.pool).await?;
    let user_id = consume_token(&mut tx, token, TokenPurpose::ResetPassword).await?;
    // Other reset links of the account die with this one.
    sqlx::query(
        "UPDATE email_tokens SET used_at = datetime('now')
          WHERE user_id = ? AND purpose = ? AND used_at IS NULL",
    )
    .bind(user_id)
    .bind(TokenPurpose::ResetPassword.code())
    .execute(&mut *tx)
    .await?;
    // Following the emailed link proves the address too. Every session ends.
    sqlx::query!(
        "UPDATE users SET password_hash = ?, session_epoch = session_epoch + 1,
                email_verified_at = COALESCE(email_verified_at, datetime('now'))
          WHERE id = ? AND deleted_at IS NULL",
        hash,
        user_id
    )
    .execute(&mut *tx)
    .await?;
    let email: Option<String> = sqlx::query_scalar("SELECT email FROM users WHERE id = ?")
        .bind(user_id)
        .fetch_one(&mut *tx)
        .await?;
    tx.commit().await?;
    // The owner has proved the address: strangers' guesses no longer lock them out, and this
    // browser is theirs.
    if let Some(email) = email {
        crate::server::limits::limiter()?.forget(&account_lock_key(&email));
    }
    crate::accounts::ssr::remember_device(&state.pool, user_id, None).await?;
    let next = "/login?reset=1".to_owned();
    redirect_plain_form(&next);
    Ok(next)
}

pub async fn confirm_guardian(token: &str) -> Result<String, AppError> {
    let state = app_state()?;
    let mut tx = begin_write(&state.pool).await?;
    let user_id = consume_token(&mut tx, token, TokenPurpose::GuardianConsent).await?;
    sqlx::query!(
        "UPDATE users SET guardian_confirmed_at = COALESCE(guardian_confirmed_at, datetime('now'))
          WHERE id = ? AND deleted_at IS NULL",
        user_id
    )
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    let next = "/guardian/done".to_owned();
    redirect_plain_form(&next);
    Ok(next)
}

/// Sends the confirmation link again while the email is unconfirmed, and the guardian's
/// consent link again while consent is pending (a link may have expired).
pub async fn resend_confirmation(viewer: &Viewer) -> Result<String, AppError> {
    let next = "/profile?sent=1".to_owned();
    if viewer.email_verified && !viewer.guardian_pending {
        redirect_plain_form(&next);
        return Ok(next);
    }
    rate_limit(format!("mail:user:{}", viewer.id), 5, HOUR)?;
    let state = app_state()?;
    let mut tx = begin_write(&state.pool).await?;
    let (email, locale, guardian): (String, String, Option<String>) =
        sqlx::query_as("SELECT email, preferred_locale, guardian_email FROM users WHERE id = ?")
            .bind(viewer.id)
            .fetch_one(&mut *tx)
            .await?;
    if !viewer.email_verified {
        let token = issue_token(&mut tx, viewer.id, TokenPurpose::VerifyEmail).await?;
        let verify = link(&format!("/confirm?token={token}"))?;
        mail::enqueue(
            &mut tx,
            &mail::verify_email(&locale, viewer.id, &email, &viewer.display_name, &verify),
        )
        .await?;
    }
    if let (true, Some(guardian)) = (viewer.guardian_pending, guardian) {
        let token = issue_token(&mut tx, viewer.id, TokenPurpose::GuardianConsent).await?;
        let consent = link(&format!("/guardian?token={token}"))?;
        mail::enqueue(
            &mut tx,
            &mail::guardian_consent(
                &locale,
                viewer.id,
                &guardian,
                &viewer.display_name,
                &consent,
            ),
        )
        .await?;
    }
    crate::server::mail::commit_and_send(tx).await?;
    redirect_plain_form(&next);
    Ok(next)
}
