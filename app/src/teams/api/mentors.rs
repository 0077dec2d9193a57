use super::*;
use crate::common::ids::TeamId;
#[cfg(feature = "ssr")]
use crate::common::Role;
use crate::teams::{MentorBoard, MentorLoad};

/// For the steering group: a team's mentors, the suggestions for it, and every mentor's load.
#[server(endpoint = "get_mentor_board", input = server_fn::codec::GetUrl)]
pub async fn get_mentor_board(team_id: TeamId) -> Result<MentorBoard, AppError> {
    authorize(Access::Role(Role::Steering))?;
    let result = ssr::mentor_board(&pool()?, team_id).await;
    if let Err(error) = &result {
        crate::server::request::set_error_status(error);
    }
    result
}

/// The steering group assigns a mentor to a team; beyond the mentor's capacity only with
/// `beyond_capacity` ticked.
#[server(endpoint = "assign_mentor")]
pub async fn assign_mentor(
    team_id: TeamId,
    #[server(default)] mentor: String,
    #[server(default)] beyond_capacity: String,
) -> Result<String, AppError> {
    let viewer = authorize_viewer(Access::Role(Role::Steering))?;
    finish("assign_mentor", &[("mentor", &mentor)], async {
        let mentor_id: i64 = mentor
            .trim()
            .parse()
            .map_err(|_| AppError::field("mentor", "choice_invalid"))?;
        let beyond = !beyond_capacity.is_empty() && beyond_capacity != "false";
        ssr::assign_mentor(&pool()?, &viewer, team_id, mentor_id, beyond).await?;
        Ok(done(format!(
            "/teams/{team_id}/mentors?assigned={mentor_id}"
        )))
    })
    .await
}

/// Mentors' loads: everyone's for the steering group, one's own for a mentor.
#[server(endpoint = "mentor_loads", input = server_fn::codec::GetUrl)]
pub async fn mentor_loads() -> Result<Vec<MentorLoad>, AppError> {
    let viewer = authorize_viewer(Access::AnyRole(&[Role::Steering, Role::Mentor]))?;
    let only = (!viewer.has(Role::Steering)).then_some(viewer.id);
    ssr::mentor_loads(&pool()?, only).await
}
