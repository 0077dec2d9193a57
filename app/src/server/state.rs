//! Server-side state shared by every request: the pool and the settings. Server functions and
//! SSR read it from the Leptos context, which the router provides on every request.
use crate::common::error::{internal, AppError};
use leptos::prelude::*;
use sqlx::SqlitePool;

/// Header carrying the id that ties a request to its log lines.
pub const REQUEST_ID_HEADER: &str = "x-request-id";

#[derive(Clone, Debug)]
pub struct AppState {
    pub pool: SqlitePool,
    pub leptos_options: LeptosOptions,
    /// Where people reach Santaka, without a trailing slash: the base of links in emails.
    pub public_url: String,
    pub limiter: std::sync::Arc<crate::server::limits::RateLimiter>,
    /// Wakes the outbox sender when a message is queued.
    pub mail_wakeup: std::sync::Arc<tokio::sync::Notify>,
    /// What changed (a team's workspace, a running forum): open pages listen (server-sent
    /// events, `server::live`).
    pub live: tokio::sync::broadcast::Sender<crate::server::live::Topic>,
    /// Set when the server is stopping: long-lived responses (live updates) end.
    pub stopping: std::sync::Arc<tokio::sync::watch::Sender<bool>>,
    /// How long one live-update stream lasts before the browser is asked to reconnect (and
    /// catch up): long-lived connections die silently behind some networks and proxies.
    pub live_renew: std::time::Duration,
    /// The live streams open now, per listener (`server::live`).
    pub streams: std::sync::Arc<crate::server::live::StreamSlots>,
    /// The map tile server, as a Leaflet URL template (`{z}/{x}/{y}`).
    pub tile_url: String,
}

/// OpenStreetMap's tile server, the default for the festival map.
pub const DEFAULT_TILE_URL: &str = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

impl AppState {
    pub fn new(pool: SqlitePool, leptos_options: LeptosOptions, public_url: &str) -> Self {
        Self {
            pool,
            leptos_options,
            public_url: public_url.trim_end_matches('/').to_owned(),
            limiter: Default::default(),
            mail_wakeup: Default::default(),
            live: tokio::sync::broadcast::channel(256).0,
            stopping: std::sync::Arc::new(tokio::sync::watch::channel(false).0),
            live_renew: std::time::Duration::from_secs(300),
            streams: std::sync::Arc::default(),
            tile_url: DEFAULT_TILE_URL.to_owned(),
        }
    }
}

/// The state of the current request.
pub fn app_state() -> Result<AppState, AppError> {
    use_context::<AppState>().ok_or_else(|| internal("AppState missing from the Leptos context"))
}

impl axum::extract::FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}

/// The pool of the current request.
pub fn pool() -> Result<SqlitePool, AppError> {
    use_context::<AppState>()
        .map(|s| s.pool)
        .ok_or_else(|| internal("AppState missing from the Leptos context"))
}

/// The id of the request being handled, as set by the server's request-id layer; `-` when
/// there is no request (start-up, background work).
pub fn current_request_id() -> String {
    use_context::<http::request::Parts>()
        .and_then(|parts| {
            parts
                .headers
                .get(REQUEST_ID_HEADER)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned)
        })
        .unwrap_or_else(|| "-".to_owned())
}
