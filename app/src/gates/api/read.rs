use super::*;
use crate::common::ids::IdeaId;
use crate::gates::{GateCriteria, IdeaGate};

/// An idea's place on the path, what its next gate asks, and its sign-off history.
#[server(endpoint = "get_idea_gate", input = server_fn::codec::GetUrl)]
pub async fn get_idea_gate(idea_id: IdeaId) -> Result<IdeaGate, AppError> {
    let viewer = authorize(Access::Public)?;
    ssr::idea_gate(&pool()?, idea_id, viewer.as_ref()).await
}

/// What each gate asks.
#[server(endpoint = "get_gate_criteria", input = server_fn::codec::GetUrl)]
pub async fn get_gate_criteria() -> Result<GateCriteria, AppError> {
    let viewer = authorize(Access::Public)?;
    ssr::gate_criteria(&pool()?, viewer.as_ref()).await
}
