//! Live updates of a team's workspace as server-sent events (`server::live`), for its members.
use crate::common::ids::TeamId;
use crate::server::live::Topic;
use crate::server::policy::{authorize_team, TeamScope};
use crate::server::request::CurrentViewer;
use crate::server::state::AppState;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Extension, Router};

/// The teams' own HTTP routes, merged by the server inside the session layer (the live channel
/// needs to know who is listening).
pub fn routes() -> Router<AppState> {
    Router::new().route("/live/teams/{id}", get(team_events))
}

/// `/live/teams/{id}`: the change stream of one team's workspace, for its members.
pub async fn team_events(
    State(state): State<AppState>,
    Path(team_id): Path<TeamId>,
    Extension(CurrentViewer(viewer)): Extension<CurrentViewer>,
) -> Response {
    use crate::server::live::listener;
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
    crate::server::live::changes(
        &state,
        Topic::Team(team_id),
        listener(Some(viewer.id), None),
    )
}
