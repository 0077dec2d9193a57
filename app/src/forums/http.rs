//! A forum's own HTTP routes: its live channel (`server::live`), public like its room screen
//! (the stream carries only "changed"; what each listener then reads is authorised by
//! `get_live_forum`), and its calendar file.
use crate::common::ical::{one_event, OneEvent};
use crate::common::ids::ForumId;
use crate::server::files::{failed, file, stamp};
use crate::server::live::{changes, Topic};
use crate::server::state::AppState;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/live/forums/{id}", get(forum_events))
        .route("/forums/{id}/forum.ics", get(forum_ics))
}

/// `/live/forums/{id}`: the change stream of one forum.
pub async fn forum_events(
    State(state): State<AppState>,
    Path(id): Path<ForumId>,
    request: axum::extract::Request,
) -> Response {
    // Outside the session layer: listeners count by address.
    let peer = request
        .extensions()
        .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
        .map(|info| info.0.ip());
    let listener = crate::server::live::listener(None, peer);
    let exists: Result<Option<(i64,)>, _> = sqlx::query_as("SELECT 1 FROM forums WHERE id = ?")
        .bind(id)
        .fetch_optional(&state.pool)
        .await;
    match exists {
        Ok(Some(_)) => changes(&state, Topic::Forum(id), listener),
        Ok(None) => StatusCode::NOT_FOUND.into_response(),
        Err(err) => failed("forum live channel", err),
    }
}

/// `/forums/{id}/forum.ics`: the forum as a calendar file, public like its page (without the
/// online link, which is for registered people).
pub async fn forum_ics(State(state): State<AppState>, Path(id): Path<String>) -> Response {
    let Ok(id) = id.parse::<ForumId>() else {
        return (StatusCode::NOT_FOUND, "No such forum.").into_response();
    };
    match super::ssr::forum_page(&state.pool, None, id).await {
        Ok(page) => {
            let base = state.public_url.trim_end_matches('/');
            let host = base.rsplit("//").next().unwrap_or("santaka");
            let url = format!("{base}/forums/{id}");
            let card = &page.card;
            let body = one_event(
                &OneEvent {
                    kind: "forum",
                    id: id.0,
                    description: format!("{}\n{url}", card.calling),
                    url,
                    title: &card.title,
                    day: &card.day,
                    starts: card.starts,
                    ends: card.ends,
                    place: page
                        .place
                        .as_ref()
                        .map(|p| (p.name.as_str(), p.address.as_str(), p.lat, p.lon)),
                },
                host,
                &stamp(),
            );
            file(
                "text/calendar; charset=utf-8",
                Some("attachment; filename=\"santaka-forum.ics\""),
                body,
            )
        }
        Err(crate::common::error::AppError::NotFound) => {
            (StatusCode::NOT_FOUND, "No such forum.").into_response()
        }
        Err(error) => failed("forum calendar", error),
    }
}
