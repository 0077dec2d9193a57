//! Each panel of the desk as a CSV file: `/steering/{panel}.csv?period=…`, for the steering
//! group (merged inside the session layer: it needs to know who asks).
use super::import::{ImportKind, FILE_MAX};
use super::{panel_csv, ssr, Panel, PeriodQuery};
use crate::common::Role;
use crate::server::policy::{decide, Access};
use crate::server::request::CurrentViewer;
use crate::server::state::AppState;
use axum::extract::{Multipart, Path, Query, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Extension, Router};

/// The desk's downloads.
pub fn routes() -> Router<AppState> {
    Router::new()
        // The server's own body limit (`limit_bodies`) bounds it; the handler reads at most
        // FILE_MAX. Not axum's 2 MB default, which would cut a file at the limit short.
        .route(
            "/steering/import",
            post(upload).layer(axum::extract::DefaultBodyLimit::disable()),
        )
        .route("/steering/{file}", get(download))
}

/// `/steering/funnel.csv?period=year`, …
pub async fn download(
    State(state): State<AppState>,
    Path(file): Path<String>,
    Query(query): Query<PeriodQuery>,
    Extension(CurrentViewer(viewer)): Extension<CurrentViewer>,
) -> Response {
    if let Err(error) = decide(Access::Role(Role::Steering), viewer.as_ref(), None) {
        return StatusCode::from_u16(error.status())
            .unwrap_or(StatusCode::FORBIDDEN)
            .into_response();
    }
    let Some(panel) = file.strip_suffix(".csv").and_then(Panel::from_code) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let desk = match ssr::desk(&state.pool, &query).await {
        Ok(desk) => desk,
        // An internal cause was logged with the request id where the error was made.
        Err(error) => {
            return StatusCode::from_u16(error.status())
                .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
                .into_response();
        }
    };
    let (from, to) = desk.period.bounds();
    let name = match desk.period.kind {
        super::PeriodKind::All => format!("santaka-{}.csv", panel.code()),
        _ => format!("santaka-{}-{from}-{to}.csv", panel.code()),
    };
    let mut response = panel_csv(&desk, panel).into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/csv; charset=utf-8"),
    );
    if let Ok(value) = HeaderValue::from_str(&format!("attachment; filename=\"{name}\"")) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    response
}

/// `POST /steering/import` (a multipart form: `kind`, `file`): keeps the file and shows its
/// preview. A file larger than `import::FILE_MAX` is not kept; the form says why.
pub async fn upload(
    State(state): State<AppState>,
    Extension(CurrentViewer(viewer)): Extension<CurrentViewer>,
    multipart: Result<Multipart, axum::extract::multipart::MultipartRejection>,
) -> Response {
    if viewer.is_none() {
        return Redirect::to("/login?next=/steering/import").into_response();
    }
    if let Err(error) = decide(Access::Role(Role::Steering), viewer.as_ref(), None) {
        return StatusCode::from_u16(error.status())
            .unwrap_or(StatusCode::FORBIDDEN)
            .into_response();
    }
    let Some(viewer) = viewer else {
        return Redirect::to("/login?next=/steering/import").into_response();
    };
    let back = |problem: &str| {
        Redirect::to(&format!("/steering/import?problem={problem}")).into_response()
    };
    let Ok(mut multipart) = multipart else {
        return back("unreadable");
    };
    let mut kind = None;
    let mut file_name = String::new();
    let mut bytes: Vec<u8> = Vec::new();
    // A file over the limit is read to its end without being kept (so the browser, still
    // sending, gets the answer rather than a broken connection), then refused.
    let mut too_large = false;
    loop {
        match multipart.next_field().await {
            Ok(Some(mut field)) => match field.name() {
                Some("kind") => {
                    kind = field
                        .text()
                        .await
                        .ok()
                        .and_then(|k| ImportKind::from_code(k.trim()))
                }
                Some("file") => {
                    file_name = field.file_name().unwrap_or_default().to_owned();
                    loop {
                        match field.chunk().await {
                            Ok(Some(_)) if too_large => {}
                            Ok(Some(chunk)) if bytes.len() + chunk.len() > FILE_MAX => {
                                too_large = true;
                                bytes = Vec::new();
                            }
                            Ok(Some(chunk)) => bytes.extend_from_slice(&chunk),
                            Ok(None) => break,
                            Err(error) if error.status() == StatusCode::PAYLOAD_TOO_LARGE => {
                                return back("too_large");
                            }
                            Err(_) => return back("unreadable"),
                        }
                    }
                }
                _ => {}
            },
            Ok(None) => break,
            // The body was larger than the server reads at all.
            Err(error) if error.status() == StatusCode::PAYLOAD_TOO_LARGE => {
                return back("too_large");
            }
            Err(_) => return back("unreadable"),
        }
    }
    if too_large {
        return back("too_large");
    }
    if file_name.is_empty() && bytes.is_empty() {
        return back("no_file");
    }
    let Some(kind) = kind else {
        return back("unreadable");
    };
    match ssr::import::store(&state.pool, &viewer, kind, &file_name, &bytes).await {
        Ok(id) => Redirect::to(&format!("/steering/import/{id}")).into_response(),
        Err(error) => StatusCode::from_u16(error.status())
            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
            .into_response(),
    }
}
