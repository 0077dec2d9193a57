use crate::common::error::AppError;
use leptos::prelude::*;

/// Supports an idea (`on` = "true") or takes the support back.
#[server(endpoint = "support_idea")]
pub async fn support_idea(id: i64, on: String) -> Result<String, AppError> {
    use crate::server::policy::{authorize_viewer, Access};
    let viewer = authorize_viewer(Access::Publisher)?;
    let result = async {
        crate::server::limits::rate_limit(
            format!("support:{}", viewer.id),
            120,
            std::time::Duration::from_secs(600),
        )?;
        crate::ideas::ssr::support(&crate::server::state::pool()?, viewer.id, id, on == "true")
            .await?;
        Ok(crate::server::form::done(format!("/ideas/{id}")))
    }
    .await;
    crate::server::form::keep_failure("support_idea", &[], &result).await;
    result
}

/// Follows an idea (`on` = "true") or stops following it.
#[server(endpoint = "follow_idea")]
pub async fn follow_idea(id: i64, on: String) -> Result<String, AppError> {
    use crate::server::policy::{authorize_viewer, Access};
    let viewer = authorize_viewer(Access::SignedIn)?;
    let result = async {
        crate::ideas::ssr::follow(&crate::server::state::pool()?, viewer.id, id, on == "true")
            .await?;
        Ok(crate::server::form::done(format!("/ideas/{id}")))
    }
    .await;
    crate::server::form::keep_failure("follow_idea", &[], &result).await;
    result
}

/// A comment, or a reply when `parent_id` is given. `feedback` (mentors only) is a kind.
#[server(endpoint = "post_comment")]
pub async fn post_comment(
    idea_id: i64,
    #[server(default)] parent_id: Option<i64>,
    body: String,
    #[server(default)] feedback: String,
) -> Result<String, AppError> {
    use crate::server::policy::{authorize_viewer, Access};
    let viewer = authorize_viewer(Access::Publisher)?;
    let result = async {
        crate::server::limits::posting_limit(viewer.id, "comment", 30)?;
        let id = crate::ideas::ssr::post_comment(
            &crate::server::state::pool()?,
            &viewer,
            idea_id,
            parent_id,
            &body,
            &feedback,
        )
        .await?;
        Ok(crate::server::form::done(format!(
            "/ideas/{idea_id}#comment-{id}"
        )))
    }
    .await;
    let form = match parent_id {
        Some(_) => "reply",
        None => "post_comment",
    };
    crate::server::form::keep_failure(
        form,
        &[("body", body.as_str()), ("feedback", feedback.as_str())],
        &result,
    )
    .await;
    result
}

/// The idea's authors mark a mentor's feedback as addressed (`addressed` = "true") or not.
#[server(endpoint = "mark_addressed")]
pub async fn mark_addressed(comment_id: i64, addressed: String) -> Result<String, AppError> {
    use crate::server::policy::{authorize_viewer, Access};
    let viewer = authorize_viewer(Access::Publisher)?;
    let result = async {
        let idea = crate::ideas::ssr::set_addressed(
            &crate::server::state::pool()?,
            &viewer,
            comment_id,
            addressed == "true",
        )
        .await?;
        Ok(crate::server::form::done(format!(
            "/ideas/{idea}#comment-{comment_id}"
        )))
    }
    .await;
    crate::server::form::keep_failure("mark_addressed", &[], &result).await;
    result
}
