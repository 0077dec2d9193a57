use super::*;

/// Registers the caller with the sectors they bring and, if they need it, a fixed table.
#[server(endpoint = "register_forum")]
pub async fn register_forum(
    id: ForumId,
    #[server(default)] sectors: Vec<String>,
    #[server(default)] stays: String,
) -> Result<String, AppError> {
    let viewer = authorize_viewer(Access::Publisher)?;
    let mut kept: Vec<(&str, &str)> = sectors.iter().map(|s| ("sectors[]", s.as_str())).collect();
    kept.push(("stays", &stays));
    finish("register_forum", &kept, async {
        posting_limit(viewer.id, "forum_seat", 60)?;
        let status = ssr::register(&pool()?, &viewer, id, &sectors, stays == "on").await?;
        Ok(done(format!(
            "/forums/{id}?seat={}#register",
            status.code()
        )))
    })
    .await
}

/// Gives up a place (one's own; for hosts, anyone's).
#[server(endpoint = "cancel_forum_seat")]
pub async fn cancel_forum_seat(
    id: ForumId,
    #[server(default)] user_id: Option<i64>,
) -> Result<String, AppError> {
    let viewer = authorize_viewer(Access::SignedIn)?;
    finish("cancel_forum_seat", &[], async {
        ssr::cancel(&pool()?, &viewer, id, user_id.unwrap_or(viewer.id)).await?;
        Ok(done(format!("/forums/{id}?cancelled=1#register")))
    })
    .await
}

/// A host checks a registered person in (or out) on the day.
#[server(endpoint = "check_in_forum")]
pub async fn check_in_forum(
    id: ForumId,
    user_id: i64,
    #[server(default)] here: String,
) -> Result<String, AppError> {
    let viewer = authorize_viewer(Access::SignedIn)?;
    finish("check_in_forum", &[], async {
        ssr::check_in(&pool()?, &viewer, id, user_id, here == "yes").await?;
        Ok(done(format!("/forums/{id}/console#seat-{user_id}")))
    })
    .await
}
