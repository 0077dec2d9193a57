//! Live updates of a team's workspace as server-sent events. The stream carries no content,
//! only "something changed": the page then fetches the workspace through its (authorised)
//! server function. The browser's EventSource reconnects by itself when the stream drops, and
//! the first event of every connection makes the page catch up on what it missed.
use crate::common::ids::TeamId;
use crate::server::policy::{authorize_team, TeamScope};
use crate::server::request::CurrentViewer;
use crate::server::state::AppState;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Extension, Router};
use futures_util::stream::{self, StreamExt};
use std::convert::Infallible;
use std::time::Duration;
use tokio::sync::broadcast::error::RecvError;

/// The teams' own HTTP routes, merged by the server inside the session layer (the live channel
/// needs to know who is listening).
pub fn routes() -> Router<AppState> {
    Router::new().route("/live/teams/{id}", get(team_events))
}

/// How soon a dropped connection is retried.
const RETRY: Duration = Duration::from_secs(1);

/// `/live/teams/{id}`: the change stream of one team's workspace, for its members.
pub async fn team_events(
    State(state): State<AppState>,
    Path(team_id): Path<TeamId>,
    Extension(CurrentViewer(viewer)): Extension<CurrentViewer>,
) -> Response {
    let Some(viewer) = viewer else {
        return StatusCode::UNAUTHORIZED.into_response();
    };
    let allowed = match state.pool.acquire().await {
        Ok(mut conn) => authorize_team(&mut conn, &viewer, team_id, TeamScope::Workspace).await,
        Err(err) => Err(err.into()),
    };
    if allowed.is_err() {
        // Not a member looks exactly like no such team.
        return StatusCode::NOT_FOUND.into_response();
    }
    let changes = state.live.subscribe();
    let stopping = state.stopping.subscribe();
    if *stopping.borrow() {
        return StatusCode::SERVICE_UNAVAILABLE.into_response();
    }
    let first =
        stream::once(async { Ok::<_, Infallible>(Event::default().retry(RETRY).data("hello")) });
    // The stream ends after a while; the browser reconnects after RETRY and catches up.
    let deadline = tokio::time::Instant::now() + state.live_renew;
    let rest = stream::unfold(
        (changes, stopping),
        move |(mut changes, mut stopping)| async move {
            loop {
                tokio::select! {
                    () = tokio::time::sleep_until(deadline) => return None,
                    changed = stopping.changed() => {
                    if changed.is_err() || *stopping.borrow() {
                        return None;
                    }
                }
                    message = changes.recv() => match message {
                        Ok(id) if id != team_id => continue,
                        // A lagging listener missed some: a change it is, the page refetches.
                        Ok(_) | Err(RecvError::Lagged(_)) => {
                            return Some((Ok(Event::default().data("changed")), (changes, stopping)));
                        }
                        Err(RecvError::Closed) => return None,
                    },
                }
            }
        },
    );
    Sse::new(first.chain(rest))
        .keep_alive(KeepAlive::new().interval(Duration::from_secs(15)))
        .into_response()
}
