//! A forum's live channel (`server::live`), public like its room screen: the stream carries
//! only "changed", and what each listener then reads is authorised by `get_live_forum`.
use crate::common::ids::ForumId;
use crate::server::live::{changes, Topic};
use crate::server::state::AppState;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;

pub fn routes() -> Router<AppState> {
    Router::new().route("/live/forums/{id}", get(forum_events))
}

/// `/live/forums/{id}`: the change stream of one forum.
pub async fn forum_events(State(state): State<AppState>, Path(id): Path<ForumId>) -> Response {
    let exists: Result<Option<(i64,)>, _> = sqlx::query_as("SELECT 1 FROM forums WHERE id = ?")
        .bind(id)
        .fetch_optional(&state.pool)
        .await;
    match exists {
        Ok(Some(_)) => changes(&state, Topic::Forum(id)),
        Ok(None) => StatusCode::NOT_FOUND.into_response(),
        Err(err) => {
            tracing::error!(error = %err, "forum live channel");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}
