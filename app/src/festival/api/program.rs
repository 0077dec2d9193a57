use super::*;
use crate::common::ids::IdeaId;
use crate::festival::{Card, InterventionDetail, Program};

/// The public program of the current edition (`None` before there is one).
#[server(endpoint = "festival_program", input = server_fn::codec::GetUrl)]
pub async fn festival_program() -> Result<Option<Program>, AppError> {
    let viewer = authorize(Access::Public)?;
    let state = crate::server::state::app_state()?;
    ssr::program(&state.pool, viewer.as_ref(), &state.tile_url).await
}

#[server(endpoint = "get_intervention", input = server_fn::codec::GetUrl)]
pub async fn get_intervention(id: InterventionId) -> Result<InterventionDetail, AppError> {
    let viewer = authorize(Access::Public)?;
    let result = ssr::detail(&pool()?, id, viewer.as_ref()).await;
    if let Err(error) = &result {
        crate::server::request::set_error_status(error);
    }
    result
}

/// An idea's interventions, for its page.
#[server(endpoint = "idea_interventions", input = server_fn::codec::GetUrl)]
pub async fn idea_interventions(idea_id: IdeaId) -> Result<Vec<Card>, AppError> {
    let viewer = authorize(Access::Public)?;
    ssr::of_idea(&pool()?, idea_id, viewer.as_ref()).await
}

/// Stars (`on` = "true") or unstars an intervention in the signed-in viewer's agenda.
#[server(endpoint = "star_intervention")]
pub async fn star_intervention(id: InterventionId, on: String) -> Result<String, AppError> {
    let viewer = authorize_viewer(Access::SignedIn)?;
    finish("star_intervention", &[], async {
        posting_limit(viewer.id, "star", 600)?;
        ssr::star(&pool()?, &viewer, id, on == "true").await?;
        Ok(done(format!("/festival/i/{id}")))
    })
    .await
}
