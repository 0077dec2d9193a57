//! Server functions of teams. Each authorises first (see `policy`): the rule in the registry,
//! then the caller's place in the team inside the transaction (`policy::authorize_team`).
// A form's fields are a server function's arguments.
#![allow(clippy::too_many_arguments)]
use super::{IdeaTeam, LedTeam, TeamDetail, TeamList, Workspace};
use crate::common::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::server::{form::done, limits::posting_limit};

#[server(endpoint = "list_teams", input = server_fn::codec::GetUrl)]
pub async fn list_teams(
    #[server(default)] sector: String,
    #[server(default)] looking: String,
    #[server(default)] page: String,
) -> Result<TeamList, AppError> {
    use crate::server::policy::{authorize, Access};
    authorize(Access::Public)?;
    let filter = super::TeamFilter::from_params(|name| {
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
    super::ssr::list(&crate::server::state::pool()?, &filter).await
}

#[server(endpoint = "get_team", input = server_fn::codec::GetUrl)]
pub async fn get_team(id: i64) -> Result<TeamDetail, AppError> {
    use crate::server::policy::{authorize, Access};
    let viewer = authorize(Access::Public)?;
    let result = super::ssr::detail(&crate::server::state::pool()?, id, viewer.as_ref()).await;
    if let Err(error) = &result {
        crate::server::request::set_error_status(error);
    }
    result
}

/// The team of an idea (for the idea's page), and whether the viewer may form one.
#[server(endpoint = "team_of_idea", input = server_fn::codec::GetUrl)]
pub async fn team_of_idea(idea_id: i64) -> Result<IdeaTeam, AppError> {
    use crate::server::policy::{authorize, Access};
    let viewer = authorize(Access::Public)?;
    super::ssr::idea_team(&crate::server::state::pool()?, idea_id, viewer.as_ref()).await
}

#[server(endpoint = "create_team")]
pub async fn create_team(
    idea_id: i64,
    name: String,
    #[server(default)] description: String,
) -> Result<String, AppError> {
    use crate::server::policy::{authorize_viewer, Access};
    let viewer = authorize_viewer(Access::Publisher)?;
    let result = async {
        posting_limit(viewer.id, "team", 5)?;
        let id = super::ssr::create(
            &crate::server::state::pool()?,
            &viewer,
            idea_id,
            &name,
            &description,
        )
        .await?;
        Ok(done(format!("/teams/{id}?formed=1")))
    }
    .await;
    crate::server::form::keep_failure(
        "create_team",
        &[
            ("name", name.as_str()),
            ("description", description.as_str()),
        ],
        &result,
    )
    .await;
    result
}

/// Asks to join a team, perhaps answering one of its open roles.
#[server(endpoint = "request_join")]
pub async fn request_join(
    team_id: i64,
    #[server(default)] role_id: Option<i64>,
    #[server(default)] as_mentor: Option<String>,
    #[server(default)] message: String,
) -> Result<String, AppError> {
    use crate::server::policy::{authorize_viewer, Access};
    let viewer = authorize_viewer(Access::Publisher)?;
    let result = async {
        posting_limit(viewer.id, "join", 20)?;
        super::ssr::request_join(
            &crate::server::state::pool()?,
            &viewer,
            team_id,
            role_id,
            as_mentor.is_some(),
            &message,
        )
        .await?;
        Ok(done(format!("/teams/{team_id}?asked=1")))
    }
    .await;
    crate::server::form::keep_failure("request_join", &[("message", message.as_str())], &result)
        .await;
    result
}

/// Accepts (`accept` = "true") or declines a join request (its team's leads) or an
/// invitation (the person invited).
#[server(endpoint = "answer_request")]
pub async fn answer_request(request_id: i64, accept: String) -> Result<String, AppError> {
    use crate::server::policy::{authorize_viewer, Access};
    let viewer = authorize_viewer(Access::Publisher)?;
    let result = async {
        let team = super::ssr::answer(
            &crate::server::state::pool()?,
            &viewer,
            request_id,
            accept == "true",
        )
        .await?;
        Ok(done(format!("/teams/{team}")))
    }
    .await;
    crate::server::form::keep_failure("answer_request", &[], &result).await;
    result
}

/// A lead invites someone: for an open role (`role_id`), or a mentor to guide the team.
#[server(endpoint = "invite_to_team")]
pub async fn invite_to_team(
    team_id: i64,
    user_id: i64,
    #[server(default)] role_id: Option<i64>,
    #[server(default)] as_mentor: Option<String>,
    #[server(default)] message: String,
) -> Result<String, AppError> {
    use crate::server::policy::{authorize_viewer, Access};
    let viewer = authorize_viewer(Access::Publisher)?;
    let result = async {
        posting_limit(viewer.id, "team_invite", 30)?;
        super::ssr::invite(
            &crate::server::state::pool()?,
            &viewer,
            team_id,
            user_id,
            role_id,
            as_mentor.is_some(),
            &message,
        )
        .await?;
        Ok(done(format!("/teams/{team_id}?invited=1#requests")))
    }
    .await;
    crate::server::form::keep_failure("invite_to_team", &[("message", message.as_str())], &result)
        .await;
    result
}

#[server(endpoint = "leave_team")]
pub async fn leave_team(team_id: i64) -> Result<String, AppError> {
    use crate::server::policy::{authorize_viewer, Access};
    let viewer = authorize_viewer(Access::SignedIn)?;
    let result = async {
        super::ssr::leave(&crate::server::state::pool()?, &viewer, team_id).await?;
        Ok(done(format!("/teams/{team_id}?left=1")))
    }
    .await;
    crate::server::form::keep_failure("leave_team", &[], &result).await;
    result
}

/// A lead makes a member a lead; with `step_down`, hands the lead over.
#[server(endpoint = "make_lead")]
pub async fn make_lead(
    team_id: i64,
    user_id: i64,
    #[server(default)] step_down: Option<String>,
) -> Result<String, AppError> {
    use crate::server::policy::{authorize_viewer, Access};
    let viewer = authorize_viewer(Access::Publisher)?;
    let result = async {
        super::ssr::make_lead(
            &crate::server::state::pool()?,
            &viewer,
            team_id,
            user_id,
            step_down.is_some(),
        )
        .await?;
        Ok(done(format!("/teams/{team_id}")))
    }
    .await;
    crate::server::form::keep_failure("make_lead", &[], &result).await;
    result
}

#[server(endpoint = "add_open_role")]
pub async fn add_open_role(
    team_id: i64,
    title: String,
    #[server(default)] skills: String,
    #[server(default)] sector: String,
    #[server(default)] hours: String,
    #[server(default)] description: String,
) -> Result<String, AppError> {
    use crate::server::policy::{authorize_viewer, Access};
    let viewer = authorize_viewer(Access::Publisher)?;
    let result = async {
        posting_limit(viewer.id, "role", 20)?;
        let id = super::ssr::add_role(
            &crate::server::state::pool()?,
            &viewer,
            team_id,
            &title,
            &skills,
            &sector,
            &hours,
            &description,
        )
        .await?;
        Ok(done(format!("/teams/{team_id}#role-{id}")))
    }
    .await;
    crate::server::form::keep_failure(
        "add_open_role",
        &[
            ("title", title.as_str()),
            ("skills", skills.as_str()),
            ("sector", sector.as_str()),
            ("hours", hours.as_str()),
            ("description", description.as_str()),
        ],
        &result,
    )
    .await;
    result
}

#[server(endpoint = "close_open_role")]
pub async fn close_open_role(role_id: i64) -> Result<String, AppError> {
    use crate::server::policy::{authorize_viewer, Access};
    let viewer = authorize_viewer(Access::Publisher)?;
    let result = async {
        let team = super::ssr::close_role(&crate::server::state::pool()?, &viewer, role_id).await?;
        Ok(done(format!("/teams/{team}")))
    }
    .await;
    crate::server::form::keep_failure("close_open_role", &[], &result).await;
    result
}

#[server(endpoint = "get_workspace", input = server_fn::codec::GetUrl)]
pub async fn get_workspace(team_id: i64) -> Result<Workspace, AppError> {
    use crate::server::policy::{authorize_viewer, Access};
    let viewer = authorize_viewer(Access::SignedIn)?;
    let result = super::ssr::workspace(&crate::server::state::pool()?, &viewer, team_id).await;
    if let Err(error) = &result {
        crate::server::request::set_error_status(error);
    }
    result
}

#[server(endpoint = "post_team_message")]
pub async fn post_team_message(team_id: i64, body: String) -> Result<String, AppError> {
    use crate::server::policy::{authorize_viewer, Access};
    let viewer = authorize_viewer(Access::SignedIn)?;
    let result = async {
        posting_limit(viewer.id, "team_message", 120)?;
        let id = super::ssr::post_message(&crate::server::state::pool()?, &viewer, team_id, &body)
            .await?;
        Ok(done(format!("/teams/{team_id}/workspace#post-{id}")))
    }
    .await;
    crate::server::form::keep_failure("post_team_message", &[("body", body.as_str())], &result)
        .await;
    result
}

#[server(endpoint = "add_team_task")]
pub async fn add_team_task(
    team_id: i64,
    title: String,
    #[server(default)] owner: String,
    #[server(default)] due_on: String,
) -> Result<String, AppError> {
    use crate::server::policy::{authorize_viewer, Access};
    let viewer = authorize_viewer(Access::SignedIn)?;
    let result = async {
        posting_limit(viewer.id, "team_task", 120)?;
        let owner = owner.trim().parse::<i64>().ok();
        super::ssr::add_task(
            &crate::server::state::pool()?,
            &viewer,
            team_id,
            &title,
            owner,
            &due_on,
        )
        .await?;
        Ok(done(format!("/teams/{team_id}/workspace#tasks")))
    }
    .await;
    crate::server::form::keep_failure(
        "add_team_task",
        &[("title", title.as_str()), ("due_on", due_on.as_str())],
        &result,
    )
    .await;
    result
}

/// Ticks a task done (`done` = "true") or opens it again.
#[server(endpoint = "set_task_done")]
pub async fn set_task_done(task_id: i64, done: String) -> Result<String, AppError> {
    use crate::server::policy::{authorize_viewer, Access};
    let viewer = authorize_viewer(Access::SignedIn)?;
    let result = async {
        let team = super::ssr::set_task_done(
            &crate::server::state::pool()?,
            &viewer,
            task_id,
            done == "true",
        )
        .await?;
        Ok(self::done(format!("/teams/{team}/workspace#tasks")))
    }
    .await;
    crate::server::form::keep_failure("set_task_done", &[], &result).await;
    result
}

/// The teams the caller leads, for "invite to my team" on a person's page.
#[server(endpoint = "my_led_teams", input = server_fn::codec::GetUrl)]
pub async fn my_led_teams() -> Result<Vec<LedTeam>, AppError> {
    use crate::server::policy::{authorize_viewer, Access};
    let viewer = authorize_viewer(Access::SignedIn)?;
    super::ssr::led_teams(&crate::server::state::pool()?, viewer.id).await
}
