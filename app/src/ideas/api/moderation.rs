use super::*;
use crate::common::ids::CommentId;
use crate::common::ids::IdeaId;
use crate::ideas::ReportItem;

/// Reports an idea, or one of its comments, to the steering group.
#[server(endpoint = "report_content")]
pub async fn report_content(
    idea_id: IdeaId,
    #[server(default)] comment_id: Option<CommentId>,
    reason: String,
    #[server(default)] note: String,
) -> Result<String, AppError> {
    let viewer = authorize_viewer(Access::SignedIn)?;
    finish("report_content", &[("note", note.as_str())], async {
        let reason = crate::ideas::ReportReason::from_code(&reason)
            .ok_or_else(|| AppError::field("reason", "choice_invalid"))?;
        rate_limit(
            format!("report:{}", viewer.id),
            20,
            std::time::Duration::from_secs(3600),
        )?;
        ssr::report(&pool()?, viewer.id, idea_id, comment_id, reason, &note).await?;
        Ok(done(format!("/ideas/{idea_id}?reported=1")))
    })
    .await
}

/// The open reports (steering group).
#[server(endpoint = "list_reports", input = server_fn::codec::GetUrl)]
pub async fn list_reports() -> Result<Vec<ReportItem>, AppError> {
    use crate::common::Role;
    authorize(Access::Role(Role::Steering))?;
    ssr::open_reports(&pool()?).await
}

/// Hides, restores or dismisses the reports of an idea (no `comment_id`) or a comment.
/// `back` is where to return: a path on this site.
#[server(endpoint = "moderate")]
pub async fn moderate(
    idea_id: IdeaId,
    #[server(default)] comment_id: Option<CommentId>,
    action: String,
    #[server(default)] back: String,
) -> Result<String, AppError> {
    use crate::common::Role;
    let viewer = authorize_viewer(Access::Role(Role::Steering))?;
    finish("moderate", &[], async {
        let action = ssr::Moderation::from_code(&action)
            .ok_or_else(|| AppError::field("action", "choice_invalid"))?;
        ssr::moderate(&pool()?, viewer.id, idea_id, comment_id, action).await?;
        Ok(done(crate::server::form::back_or(&back, "/moderation")))
    })
    .await
}

/// Stops a person from publishing (`blocked` = "true"), or lets them again.
#[server(endpoint = "set_publishing_block")]
pub async fn set_publishing_block(
    user_id: i64,
    blocked: String,
    #[server(default)] back: String,
) -> Result<String, AppError> {
    use crate::common::Role;
    let viewer = authorize_viewer(Access::Role(Role::Steering))?;
    finish("set_publishing_block", &[], async {
        ssr::set_block(&pool()?, viewer.id, user_id, blocked == "true").await?;
        Ok(done(crate::server::form::back_or(&back, "/moderation")))
    })
    .await
}
