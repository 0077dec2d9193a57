//! The festival program as files, for calendars and open data: the whole published program and
//! a chosen agenda as iCalendar, the program as GeoJSON. Public, like the program itself.
use crate::festival::export::{geojson, icalendar};
use crate::festival::ssr::public_program;
use crate::festival::Card;
use crate::server::files::{failed, file, stamp};
use crate::server::state::AppState;
use axum::extract::{Query, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use std::collections::HashMap;

/// The festival's own HTTP routes, merged by the server outside the session layer (they are
/// public and need no caller).
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/festival/program.ics", get(program_ics))
        .route("/festival/agenda.ics", get(agenda_ics))
        .route("/festival/program.geojson", get(program_geojson))
}

/// At most this many interventions in one agenda.
const AGENDA_MAX: usize = 500;

/// `/festival/program.ics`: every published intervention (cancelled ones marked so).
pub async fn program_ics(State(state): State<AppState>) -> Response {
    match public_program(&state.pool).await {
        Ok(Some((edition, venues, items))) => {
            let all: Vec<&Card> = items.iter().collect();
            file(
                "text/calendar; charset=utf-8",
                Some("attachment; filename=\"santaka-festival.ics\""),
                icalendar(
                    &edition,
                    &venues,
                    &all,
                    &state.public_url,
                    &stamp(),
                    &edition.title,
                ),
            )
        }
        Ok(None) => (StatusCode::NOT_FOUND, "No festival edition yet.").into_response(),
        Err(error) => failed("festival export", error),
    }
}

/// `/festival/agenda.ics?ids=3,17,42`: the chosen published interventions (a visitor's
/// agenda lives in their browser, so the list comes with the request).
pub async fn agenda_ics(
    State(state): State<AppState>,
    Query(query): Query<HashMap<String, String>>,
) -> Response {
    let ids: Vec<crate::common::ids::InterventionId> = query
        .get("ids")
        .map(|list| {
            list.split(',')
                .filter_map(|id| id.trim().parse().ok())
                .take(AGENDA_MAX)
                .collect()
        })
        .unwrap_or_default();
    match public_program(&state.pool).await {
        Ok(Some((edition, venues, items))) => {
            let chosen: Vec<&Card> = items.iter().filter(|c| ids.contains(&c.id)).collect();
            file(
                "text/calendar; charset=utf-8",
                Some("attachment; filename=\"my-festival-agenda.ics\""),
                icalendar(
                    &edition,
                    &venues,
                    &chosen,
                    &state.public_url,
                    &stamp(),
                    &edition.title,
                ),
            )
        }
        Ok(None) => (StatusCode::NOT_FOUND, "No festival edition yet.").into_response(),
        Err(error) => failed("festival export", error),
    }
}

/// `/festival/program.geojson`: the program as open data (CC BY 4.0), readable from any site.
pub async fn program_geojson(State(state): State<AppState>) -> Response {
    match public_program(&state.pool).await {
        Ok(Some((edition, venues, items))) => {
            let all: Vec<&Card> = items.iter().collect();
            let mut response = file(
                "application/geo+json",
                None,
                geojson(&edition, &venues, &all, &state.public_url),
            );
            response.headers_mut().insert(
                header::ACCESS_CONTROL_ALLOW_ORIGIN,
                HeaderValue::from_static("*"),
            );
            response
        }
        Ok(None) => (StatusCode::NOT_FOUND, "No festival edition yet.").into_response(),
        Err(error) => failed("festival export", error),
    }
}
