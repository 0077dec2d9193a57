//! The no-JavaScript path of forms: a plain HTML post is answered with a redirect, and a
//! failure keeps its error and what was typed in the session for the page the browser returns to.
use crate::common::error::{internal, AppError};
use crate::common::FormFlash;
use crate::server::request::{is_plain_form_post, session, set_error_status};

const SESSION_FLASH: &str = "flash";

/// Sends a browser without JavaScript on to `path` after a successful form; with JavaScript the
/// page navigates itself with the path the server function returns.
pub fn redirect_plain_form(path: &str) {
    if is_plain_form_post() {
        leptos_axum::redirect(path);
    }
}

/// The longest value kept of one field: the longest text a form takes (an idea's description,
/// 10,000 characters) and a margin, so a "too long" answer still shows nearly all of it.
const KEPT_VALUE_MAX: usize = 12_000;
/// The most kept in all for one failure, in bytes.
const KEPT_TOTAL_MAX: usize = 48 * 1024;
/// A caller who is not signed in only fills short forms (sign-in, registration, recovery).
const ANONYMOUS_VALUE_MAX: usize = 1_000;
const ANONYMOUS_TOTAL_MAX: usize = 4 * 1024;
/// A failure kept for a caller who is not signed in lives this long at most (the page it is
/// kept for is the very next one), and one address may keep this many per window.
const ANONYMOUS_FLASH_LIFETIME_MINUTES: i64 = 10;
const ANONYMOUS_FLASHES: u32 = 120;
const ANONYMOUS_FLASH_WINDOW: std::time::Duration = std::time::Duration::from_secs(300);

/// What is kept of typed values: each cut to `value_max` characters, and values dropped
/// once `total_max` bytes are used, so one failure is a bounded row whatever was posted.
pub fn bounded_values(
    values: &[(&str, &str)],
    value_max: usize,
    total_max: usize,
) -> Vec<(String, String)> {
    let mut total = 0;
    let mut kept = Vec::new();
    for (key, value) in values {
        let value: String = value.chars().take(value_max).collect();
        let key: String = key.chars().take(64).collect();
        total += key.len() + value.len();
        if total > total_max {
            break;
        }
        kept.push((key, value));
    }
    kept
}

/// For a form posted without JavaScript: keeps the error and what was typed (never
/// passwords) in the session, so the page the browser is sent back to can show both.
/// What is kept is bounded; for a caller who is not signed in it is also short-lived and
/// limited per address, so failed posts cannot fill the session store.
pub async fn keep_failure<T>(form: &str, values: &[(&str, &str)], result: &Result<T, AppError>) {
    let Err(error) = result else {
        return;
    };
    if !is_plain_form_post() {
        set_error_status(error);
        return;
    }
    let anonymous = crate::server::request::current_viewer().is_none();
    if anonymous {
        let key = format!("flash:ip:{}", crate::server::request::client_ip());
        let allowed = crate::server::limits::limiter()
            .map(|l| l.allow(&key, ANONYMOUS_FLASHES, ANONYMOUS_FLASH_WINDOW))
            .unwrap_or(false);
        if !allowed {
            tracing::warn!("form failure not kept: too many from one address");
            return;
        }
    }
    let (value_max, total_max) = if anonymous {
        (ANONYMOUS_VALUE_MAX, ANONYMOUS_TOTAL_MAX)
    } else {
        (KEPT_VALUE_MAX, KEPT_TOTAL_MAX)
    };
    let flash = FormFlash {
        form: form.chars().take(64).collect(),
        values: bounded_values(values, value_max, total_max),
        error: error.clone(),
    };
    if let Ok(session) = session().await {
        if anonymous {
            session.set_expiry(Some(tower_sessions::Expiry::OnInactivity(
                tower_sessions::cookie::time::Duration::minutes(ANONYMOUS_FLASH_LIFETIME_MINUTES),
            )));
        }
        if let Err(err) = session.insert(SESSION_FLASH, flash).await {
            internal(err);
        }
    }
}

/// Takes (and removes) the failure kept by [`keep_failure`], if any.
pub async fn take_flash() -> Result<Option<FormFlash>, AppError> {
    let session = session().await?;
    let flash = session
        .remove::<FormFlash>(SESSION_FLASH)
        .await
        .map_err(internal)?;
    // For a caller who is not signed in the session carried only the failure: it goes with
    // it, row and cookie.
    if flash.is_some() && crate::server::request::current_viewer().is_none() {
        session.flush().await.map_err(internal)?;
    }
    Ok(flash)
}

/// The next path, and the redirect for a browser without JavaScript.
pub fn done(next: String) -> String {
    redirect_plain_form(&next);
    next
}

/// `back` when it is a path on this site, else `fallback`.
pub fn back_or(back: &str, fallback: &str) -> String {
    if back.is_empty() {
        fallback.to_owned()
    } else {
        crate::ui::lang_switch::safe_return_path(Some(back))
    }
}

/// Runs a form's work and, when it fails, keeps the failure and the `kept` values for the
/// no-JavaScript path (see [`keep_failure`]). A server function body is then: authorise, then
/// `finish(form, kept, async { rule…; Ok(done(next)) }).await`.
pub async fn finish<T>(
    form: &str,
    kept: &[(&str, &str)],
    work: impl std::future::Future<Output = Result<T, AppError>>,
) -> Result<T, AppError> {
    let result = work.await;
    keep_failure(form, kept, &result).await;
    result
}

/// Borrows owned kept values (a form struct's `kept()`) as [`finish`] takes them.
pub fn as_kept<'a>(kept: &'a [(&'static str, String)]) -> Vec<(&'a str, &'a str)> {
    kept.iter().map(|(k, v)| (*k, v.as_str())).collect()
}
