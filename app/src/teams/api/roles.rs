use crate::common::error::AppError;
#[cfg(feature = "ssr")]
use crate::server::{form::done, limits::posting_limit};
use leptos::prelude::*;

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
        let id = crate::teams::ssr::add_role(
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
        let team =
            crate::teams::ssr::close_role(&crate::server::state::pool()?, &viewer, role_id).await?;
        Ok(done(format!("/teams/{team}")))
    }
    .await;
    crate::server::form::keep_failure("close_open_role", &[], &result).await;
    result
}
