use crate::common::error::AppError;
use crate::ideas::ReportItem;
use leptos::prelude::*;

/// Reports an idea, or one of its comments, to the steering group.
#[server(endpoint = "report_content")]
pub async fn report_content(
    idea_id: i64,
    #[server(default)] comment_id: Option<i64>,
    reason: String,
    #[server(default)] note: String,
) -> Result<String, AppError> {
    use crate::server::policy::{authorize_viewer, Access};
    let viewer = authorize_viewer(Access::SignedIn)?;
    let result = async {
        let reason = crate::ideas::ReportReason::from_code(&reason)
            .ok_or_else(|| AppError::field("reason", "choice_invalid"))?;
        crate::server::limits::rate_limit(
            format!("report:{}", viewer.id),
            20,
            std::time::Duration::from_secs(3600),
        )?;
        crate::ideas::ssr::report(
            &crate::server::state::pool()?,
            viewer.id,
            idea_id,
            comment_id,
            reason,
            &note,
        )
        .await?;
        Ok(crate::server::form::done(format!(
            "/ideas/{idea_id}?reported=1"
        )))
    }
    .await;
    crate::server::form::keep_failure("report_content", &[("note", note.as_str())], &result).await;
    result
}

/// The open reports (steering group).
#[server(endpoint = "list_reports", input = server_fn::codec::GetUrl)]
pub async fn list_reports() -> Result<Vec<ReportItem>, AppError> {
    use crate::common::Role;
    use crate::server::policy::{authorize, Access};
    authorize(Access::Role(Role::Steering))?;
    crate::ideas::ssr::open_reports(&crate::server::state::pool()?).await
}

/// Hides, restores or dismisses the reports of an idea (no `comment_id`) or a comment.
/// `back` is where to return: a path on this site.
#[server(endpoint = "moderate")]
pub async fn moderate(
    idea_id: i64,
    #[server(default)] comment_id: Option<i64>,
    action: String,
    #[server(default)] back: String,
) -> Result<String, AppError> {
    use crate::common::Role;
    use crate::server::policy::{authorize_viewer, Access};
    let viewer = authorize_viewer(Access::Role(Role::Steering))?;
    let result = async {
        let action = crate::ideas::ssr::Moderation::from_code(&action)
            .ok_or_else(|| AppError::field("action", "choice_invalid"))?;
        crate::ideas::ssr::moderate(
            &crate::server::state::pool()?,
            viewer.id,
            idea_id,
            comment_id,
            action,
        )
        .await?;
        Ok(crate::server::form::done(crate::server::form::back_or(
            &back,
            "/moderation",
        )))
    }
    .await;
    crate::server::form::keep_failure("moderate", &[], &result).await;
    result
}

/// Stops a person from publishing (`blocked` = "true"), or lets them again.
#[server(endpoint = "set_publishing_block")]
pub async fn set_publishing_block(
    user_id: i64,
    blocked: String,
    #[server(default)] back: String,
) -> Result<String, AppError> {
    use crate::common::Role;
    use crate::server::policy::{authorize_viewer, Access};
    let viewer = authorize_viewer(Access::Role(Role::Steering))?;
    let result = async {
        crate::ideas::ssr::set_block(
            &crate::server::state::pool()?,
            viewer.id,
            user_id,
            blocked == "true",
        )
        .await?;
        Ok(crate::server::form::done(crate::server::form::back_or(
            &back,
            "/moderation",
        )))
    }
    .await;
    crate::server::form::keep_failure("set_publishing_block", &[], &result).await;
    result
}
