use super::*;
use crate::common::ids::IdeaId;
use crate::common::ids::TeamId;
use crate::common::ids::{RequestId, RoleId};

#[server(endpoint = "create_team")]
pub async fn create_team(
    idea_id: IdeaId,
    name: String,
    #[server(default)] description: String,
) -> Result<String, AppError> {
    let viewer = authorize_viewer(Access::Publisher)?;
    finish(
        "create_team",
        &[
            ("name", name.as_str()),
            ("description", description.as_str()),
        ],
        async {
            posting_limit(viewer.id, "team", 5)?;
            let id = ssr::create(&pool()?, &viewer, idea_id, &name, &description).await?;
            Ok(done(format!("/teams/{id}?formed=1")))
        },
    )
    .await
}

/// Asks to join a team, perhaps answering one of its open roles.
#[server(endpoint = "request_join")]
pub async fn request_join(
    team_id: TeamId,
    #[server(default)] role_id: Option<RoleId>,
    #[server(default)] as_mentor: Option<String>,
    #[server(default)] message: String,
) -> Result<String, AppError> {
    let viewer = authorize_viewer(Access::Publisher)?;
    finish("request_join", &[("message", message.as_str())], async {
        posting_limit(viewer.id, "join", 20)?;
        ssr::request_join(
            &pool()?,
            &viewer,
            team_id,
            role_id,
            as_mentor.is_some(),
            &message,
        )
        .await?;
        Ok(done(format!("/teams/{team_id}?asked=1")))
    })
    .await
}

/// Accepts (`accept` = "true") or declines a join request (its team's leads) or an
/// invitation (the person invited).
#[server(endpoint = "answer_request")]
pub async fn answer_request(request_id: RequestId, accept: String) -> Result<String, AppError> {
    let viewer = authorize_viewer(Access::Publisher)?;
    finish("answer_request", &[], async {
        let (team, outcome) = ssr::answer(&pool()?, &viewer, request_id, accept == "true").await?;
        Ok(done(format!("/teams/{team}?{outcome}")))
    })
    .await
}

/// Withdraws one's own pending request to join a team.
#[server(endpoint = "withdraw_request")]
pub async fn withdraw_request(request_id: RequestId) -> Result<String, AppError> {
    let viewer = authorize_viewer(Access::SignedIn)?;
    finish("withdraw_request", &[], async {
        ssr::withdraw_request(&pool()?, &viewer, request_id).await?;
        Ok(done("/me?withdrawn=1".to_owned()))
    })
    .await
}

/// A lead invites someone: for an open role (`role_id`), or a mentor to guide the team.
#[server(endpoint = "invite_to_team")]
pub async fn invite_to_team(
    team_id: TeamId,
    user_id: i64,
    #[server(default)] role_id: Option<RoleId>,
    #[server(default)] as_mentor: Option<String>,
    #[server(default)] message: String,
) -> Result<String, AppError> {
    let viewer = authorize_viewer(Access::Publisher)?;
    finish("invite_to_team", &[("message", message.as_str())], async {
        posting_limit(viewer.id, "team_invite", 30)?;
        ssr::invite(
            &pool()?,
            &viewer,
            team_id,
            user_id,
            role_id,
            as_mentor.is_some(),
            &message,
        )
        .await?;
        Ok(done(format!("/teams/{team_id}?invited=1#requests")))
    })
    .await
}

#[server(endpoint = "leave_team")]
pub async fn leave_team(team_id: TeamId) -> Result<String, AppError> {
    let viewer = authorize_viewer(Access::SignedIn)?;
    finish("leave_team", &[], async {
        ssr::leave(&pool()?, &viewer, team_id).await?;
        Ok(done(format!("/teams/{team_id}?left=1")))
    })
    .await
}

/// A lead makes a member a lead; with `step_down`, hands the lead over.
#[server(endpoint = "make_lead")]
pub async fn make_lead(
    team_id: TeamId,
    user_id: i64,
    #[server(default)] step_down: Option<String>,
) -> Result<String, AppError> {
    let viewer = authorize_viewer(Access::Publisher)?;
    finish("make_lead", &[], async {
        ssr::make_lead(&pool()?, &viewer, team_id, user_id, step_down.is_some()).await?;
        Ok(done(format!("/teams/{team_id}?lead=1")))
    })
    .await
}
