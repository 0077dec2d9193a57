use super::*;
use crate::common::ids::IdeaId;
use crate::common::ids::TeamId;
use crate::teams::{IdeaTeam, LedTeam, TeamDetail, TeamList};

#[server(endpoint = "list_teams", input = server_fn::codec::GetUrl)]
pub async fn list_teams(
    #[server(default)] sector: String,
    #[server(default)] looking: String,
    #[server(default)] page: String,
) -> Result<TeamList, AppError> {
    authorize(Access::Public)?;
    let filter = crate::teams::TeamFilter::from_params(|name| {
        Some(
            match name {
                "sector" => &sector,
                "looking" => &looking,
                "page" => &page,
                _ => return None,
            }
            .clone(),
        )
    });
    ssr::list(&pool()?, &filter).await
}

#[server(endpoint = "get_team", input = server_fn::codec::GetUrl)]
pub async fn get_team(id: TeamId) -> Result<TeamDetail, AppError> {
    let viewer = authorize(Access::Public)?;
    let result = ssr::detail(&pool()?, id, viewer.as_ref()).await;
    if let Err(error) = &result {
        crate::server::request::set_error_status(error);
    }
    result
}

/// The team of an idea (for the idea's page), and whether the viewer may form one.
#[server(endpoint = "team_of_idea", input = server_fn::codec::GetUrl)]
pub async fn team_of_idea(idea_id: IdeaId) -> Result<IdeaTeam, AppError> {
    let viewer = authorize(Access::Public)?;
    ssr::idea_team(&pool()?, idea_id, viewer.as_ref()).await
}

/// The teams the caller leads, for "invite to my team" on a person's page.
#[server(endpoint = "my_led_teams", input = server_fn::codec::GetUrl)]
pub async fn my_led_teams() -> Result<Vec<LedTeam>, AppError> {
    let viewer = authorize_viewer(Access::SignedIn)?;
    ssr::led_teams(&pool()?, viewer.id).await
}
