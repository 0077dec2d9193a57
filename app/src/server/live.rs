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

/// Open streams at most, over the whole server.
pub const STREAMS_MAX: usize = 2_000;
/// Open streams at most per signed-in person (tabs and devices).
pub const STREAMS_PER_PERSON: usize = 8;
/// Open streams at most per address for people not signed in (a forum's room screens and the
/// phones of a hall behind one address).
pub const STREAMS_PER_ADDRESS: usize = 200;

/// Who holds open streams: a count per listener and in all. A [`Slot`] gives its place back
/// when its stream ends.
#[derive(Debug, Default)]
pub struct StreamSlots {
    open: std::sync::Mutex<(usize, std::collections::HashMap<String, usize>)>,
}

/// One open stream's place; freed on drop.
#[derive(Debug)]
pub struct Slot {
    slots: std::sync::Arc<StreamSlots>,
    key: String,
}

impl StreamSlots {
    /// A place for one more stream of `key`, unless `key` already holds `per_key` or the server
    /// [`STREAMS_MAX`].
    pub fn take(self: &std::sync::Arc<Self>, key: String, per_key: usize) -> Option<Slot> {
        let mut open = self
            .open
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let held = open.1.get(&key).copied().unwrap_or(0);
        if open.0 >= STREAMS_MAX || held >= per_key {
            return None;
        }
        open.0 += 1;
        open.1.insert(key.clone(), held + 1);
        Some(Slot {
            slots: self.clone(),
            key,
        })
    }

    /// Streams open now.
    pub fn open(&self) -> usize {
        self.open
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .0
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        let mut open = self
            .slots
            .open
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        open.0 = open.0.saturating_sub(1);
        if let Some(held) = open.1.get_mut(&self.key) {
            *held = held.saturating_sub(1);
            if *held == 0 {
                open.1.remove(&self.key);
            }
        }
    }
}

/// Who is listening, for [`StreamSlots`]: a signed-in person by id, anyone else by address.
pub fn listener(viewer: Option<i64>, ip: Option<std::net::IpAddr>) -> (String, usize) {
    match (viewer, ip) {
        (Some(id), _) => (format!("user:{id}"), STREAMS_PER_PERSON),
        (None, Some(ip)) => (format!("ip:{ip}"), STREAMS_PER_ADDRESS),
        (None, None) => ("ip:unknown".to_owned(), STREAMS_PER_ADDRESS),
    }
}

/// The change stream of one topic, for a caller already allowed to follow it. It ends after
/// the state's `live_renew` (the browser reconnects after a second and catches up) and when
/// the server stops. A listener over its share of streams (or a full server) is answered 429,
/// and the browser tries again later.
pub fn changes(state: &AppState, topic: Topic, listener: (String, usize)) -> Response {
    let stopping = state.stopping.subscribe();
    if *stopping.borrow() {
        return StatusCode::SERVICE_UNAVAILABLE.into_response();
    }
    let Some(slot) = state.streams.take(listener.0, listener.1) else {
        tracing::warn!("live stream refused: too many open");
        return (
            StatusCode::TOO_MANY_REQUESTS,
            [(axum::http::header::RETRY_AFTER, "30")],
        )
            .into_response();
    };
    let changes = state.live.subscribe();
    let first =
        stream::once(async { Ok::<_, Infallible>(Event::default().retry(RETRY).data("hello")) });
    let deadline = tokio::time::Instant::now() + state.live_renew;
    let rest = stream::unfold(
        (changes, stopping, slot),
        move |(mut changes, mut stopping, slot)| async move {
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
                            return Some((Ok(Event::default().data("changed")), (changes, stopping, slot)));
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
