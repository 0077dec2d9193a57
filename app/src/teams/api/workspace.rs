use super::*;
use crate::common::ids::TaskId;
use crate::common::ids::TeamId;
use crate::teams::Workspace;

#[server(endpoint = "get_workspace", input = server_fn::codec::GetUrl)]
pub async fn get_workspace(team_id: TeamId) -> Result<Workspace, AppError> {
    let viewer = authorize_viewer(Access::SignedIn)?;
    let result = ssr::workspace(&pool()?, &viewer, team_id).await;
    if let Err(error) = &result {
        crate::server::request::set_error_status(error);
    }
    result
}

#[server(endpoint = "post_team_message")]
pub async fn post_team_message(team_id: TeamId, body: String) -> Result<String, AppError> {
    let viewer = authorize_viewer(Access::SignedIn)?;
    finish("post_team_message", &[("body", body.as_str())], async {
        posting_limit(viewer.id, "team_message", 120)?;
        let id = ssr::post_message(&pool()?, &viewer, team_id, &body).await?;
        Ok(done(format!("/teams/{team_id}/workspace#post-{id}")))
    })
    .await
}

#[server(endpoint = "add_team_task")]
pub async fn add_team_task(
    team_id: TeamId,
    title: String,
    #[server(default)] owner: String,
    #[server(default)] due_on: String,
) -> Result<String, AppError> {
    let viewer = authorize_viewer(Access::SignedIn)?;
    finish(
        "add_team_task",
        &[("title", title.as_str()), ("due_on", due_on.as_str())],
        async {
            posting_limit(viewer.id, "team_task", 120)?;
            let owner = owner.trim().parse::<i64>().ok();
            ssr::add_task(&pool()?, &viewer, team_id, &title, owner, &due_on).await?;
            Ok(done(format!("/teams/{team_id}/workspace#tasks")))
        },
    )
    .await
}

/// Ticks a task done (`done` = "true") or opens it again.
#[server(endpoint = "set_task_done")]
pub async fn set_task_done(task_id: TaskId, done: String) -> Result<String, AppError> {
    let viewer = authorize_viewer(Access::SignedIn)?;
    finish("set_task_done", &[], async {
        let team = ssr::set_task_done(&pool()?, &viewer, task_id, done == "true").await?;
        Ok(crate::server::form::done(format!(
            "/teams/{team}/workspace#tasks"
        )))
    })
    .await
}
