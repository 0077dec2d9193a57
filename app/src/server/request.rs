//! The request being answered: who calls, from where, in which language, and how an error
//! reaches them (an HTTP status for a script, a redirect for a plain form).
use crate::common::error::{internal, AppError};
use crate::common::Viewer;
use leptos::prelude::*;
use tower_sessions::Session;

/// The caller of the current request, resolved once per request by the server's session
/// middleware and kept in the request's extensions.
#[derive(Debug, Clone, Default)]
pub struct CurrentViewer(pub Option<Viewer>);

/// Who is calling, as resolved for this request.
pub fn current_viewer() -> Option<Viewer> {
    use_context::<http::request::Parts>()
        .and_then(|parts| parts.extensions.get::<CurrentViewer>().cloned())
        .and_then(|current| current.0)
}

/// The session of the current request.
pub async fn session() -> Result<Session, AppError> {
    leptos_axum::extract::<Session>().await.map_err(internal)
}

/// The address the request came from (the TCP peer; Santaka does not trust forwarded headers).
pub fn client_ip() -> String {
    use_context::<http::request::Parts>()
        .and_then(|parts| {
            parts
                .extensions
                .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
                .map(|info| info.0.ip().to_string())
        })
        .unwrap_or_else(|| "unknown".to_owned())
}

/// True when the request is a plain HTML form post (no JavaScript): the browser expects a
/// page, so answers travel by redirect and errors through the session.
pub fn is_plain_form_post() -> bool {
    use_context::<http::request::Parts>()
        .and_then(|parts| {
            parts
                .headers
                .get(http::header::ACCEPT)
                .and_then(|v| v.to_str().ok())
                .map(|v| v.contains("text/html"))
        })
        .unwrap_or(false)
}

/// Answers a script's call with the error's own HTTP status (401, 403, 422, 429…). A plain
/// form post keeps its redirect.
pub fn set_error_status(error: &AppError) {
    if is_plain_form_post() {
        return;
    }
    if let (Some(response), Ok(status)) = (
        use_context::<leptos_axum::ResponseOptions>(),
        http::StatusCode::from_u16(error.status()),
    ) {
        response.set_status(status);
    }
}

/// The language of the page the request came from, for emails.
pub fn request_locale() -> String {
    let cookie_locale = cookie(crate::LANG_COOKIE);
    match cookie_locale.as_deref() {
        Some("en") => "en".to_owned(),
        _ => "lt".to_owned(),
    }
}

/// The language of a text being written now: detected from the text, else the page's.
pub fn content_lang(text: &str) -> &'static str {
    crate::common::lang::detect_lang(text, &request_locale())
}

/// A cookie of the current request, by name.
pub fn cookie(name: &str) -> Option<String> {
    let parts = use_context::<http::request::Parts>()?;
    parts
        .headers
        .get_all(http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value.to_owned())
}
