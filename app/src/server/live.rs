//! Live updates as server-sent events. A stream carries no content, only "something changed"
//! about one topic (a team's workspace, a running forum): the page then fetches what it shows
//! through its (authorised) server function. The browser's EventSource reconnects by itself
//! when the stream drops, and the first event of every connection makes the page catch up.
use crate::common::ids::{ForumId, TeamId};
use crate::server::state::AppState;
use axum::http::StatusCode;
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use futures_util::stream::{self, StreamExt};
use std::convert::Infallible;
use std::time::Duration;
use tokio::sync::broadcast::error::RecvError;

/// What changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Topic {
    /// A team's workspace (messages, tasks).
    Team(TeamId),
    /// A forum's live state (segment, round, tables, harvest).
    Forum(ForumId),
}

/// How soon a dropped connection is retried.
const RETRY: Duration = Duration::from_secs(1);

/// Tells everyone listening to `topic` that it changed. Call after committing.
pub fn announce(topic: Topic) {
    if let Ok(state) = crate::server::state::app_state() {
        // No receiver is fine: nobody is listening.
        let _ = state.live.send(topic);
    }
}

/// The change stream of one topic, for a caller already allowed to follow it. It ends after
/// the state's `live_renew` (the browser reconnects after a second and catches up) and when
/// the server stops.
pub fn changes(state: &AppState, topic: Topic) -> Response {
    let changes = state.live.subscribe();
    let stopping = state.stopping.subscribe();
    if *stopping.borrow() {
        return StatusCode::SERVICE_UNAVAILABLE.into_response();
    }
    let first =
        stream::once(async { Ok::<_, Infallible>(Event::default().retry(RETRY).data("hello")) });
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
                        Ok(t) if t != topic => continue,
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
