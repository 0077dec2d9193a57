use super::*;

/// Keeps the caller's private draft of an idea (emptied, it is removed). Anyone signed in may
/// keep one; a child waiting for consent writes here instead of publishing.
#[server(endpoint = "save_idea_draft")]
pub async fn save_idea_draft(
    #[server(default)] title: String,
    #[server(default)] summary: String,
) -> Result<String, AppError> {
    let viewer = authorize_viewer(Access::SignedIn)?;
    finish(
        "save_idea_draft",
        &[("title", title.as_str()), ("summary", summary.as_str())],
        async {
            posting_limit(viewer.id, "idea_draft", 60)?;
            ssr::save_draft(&pool()?, viewer.id, &title, &summary).await?;
            Ok(done("/me?draft=saved#draft".to_owned()))
        },
    )
    .await
}
