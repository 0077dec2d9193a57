use super::*;

#[server(endpoint = "add_open_role")]
pub async fn add_open_role(
    team_id: i64,
    title: String,
    #[server(default)] skills: String,
    #[server(default)] sector: String,
    #[server(default)] hours: String,
    #[server(default)] description: String,
) -> Result<String, AppError> {
    let viewer = authorize_viewer(Access::Publisher)?;
    finish(
        "add_open_role",
        &[
            ("title", title.as_str()),
            ("skills", skills.as_str()),
            ("sector", sector.as_str()),
            ("hours", hours.as_str()),
            ("description", description.as_str()),
        ],
        async {
            posting_limit(viewer.id, "role", 20)?;
            let id = ssr::add_role(
                &pool()?,
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
        },
    )
    .await
}

#[server(endpoint = "close_open_role")]
pub async fn close_open_role(role_id: i64) -> Result<String, AppError> {
    let viewer = authorize_viewer(Access::Publisher)?;
    finish("close_open_role", &[], async {
        let team = ssr::close_role(&pool()?, &viewer, role_id).await?;
        Ok(done(format!("/teams/{team}")))
    })
    .await
}
