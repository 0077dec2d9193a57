//! The answers of the features' own HTTP routes (calendar files, GeoJSON): a file with its
//! type, and an internal failure logged with a request id and never shown.
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

/// A downloadable (or inline) file; never kept stale by a browser.
pub fn file(
    content_type: &'static str,
    disposition: Option<&'static str>,
    body: String,
) -> Response {
    let mut response = (StatusCode::OK, body).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    if let Some(d) = disposition {
        headers.insert(header::CONTENT_DISPOSITION, HeaderValue::from_static(d));
    }
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    response
}

/// An internal failure: logged with a fresh request id, answered with only that id.
pub fn failed(what: &str, error: impl std::fmt::Display) -> Response {
    let request_id = uuid::Uuid::new_v4().to_string();
    tracing::error!(request_id = %request_id, error = %error, "{what} failed");
    (
        StatusCode::INTERNAL_SERVER_ERROR,
        format!("Something went wrong on our side (reference {request_id})."),
    )
        .into_response()
}

/// The creation time of a calendar file, `20270401T080000Z`.
pub fn stamp() -> String {
    chrono::Utc::now().format("%Y%m%dT%H%M%SZ").to_string()
}
