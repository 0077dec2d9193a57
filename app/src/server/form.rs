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

/// For a form posted without JavaScript: keeps the error and what was typed (never
/// passwords) in the session, so the page the browser is sent back to can show both.
pub async fn keep_failure<T>(form: &str, values: &[(&str, &str)], result: &Result<T, AppError>) {
    let Err(error) = result else {
        return;
    };
    if !is_plain_form_post() {
        set_error_status(error);
        return;
    }
    let flash = FormFlash {
        form: form.to_owned(),
        values: values
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect(),
        error: error.clone(),
    };
    if let Ok(session) = session().await {
        if let Err(err) = session.insert(SESSION_FLASH, flash).await {
            internal(err);
        }
    }
}

/// Takes (and removes) the failure kept by [`keep_failure`], if any.
pub async fn take_flash() -> Result<Option<FormFlash>, AppError> {
    let session = session().await?;
    session
        .remove::<FormFlash>(SESSION_FLASH)
        .await
        .map_err(internal)
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
