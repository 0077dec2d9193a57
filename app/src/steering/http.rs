//! Each panel of the desk as a CSV file: `/steering/{panel}.csv?period=…`, for the steering
//! group (merged inside the session layer: it needs to know who asks).
use super::{panel_csv, ssr, Panel, PeriodQuery};
use crate::common::Role;
use crate::server::policy::{decide, Access};
use crate::server::request::CurrentViewer;
use crate::server::state::AppState;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Extension, Router};

/// The desk's downloads.
pub fn routes() -> Router<AppState> {
    Router::new().route("/steering/{file}", get(download))
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
