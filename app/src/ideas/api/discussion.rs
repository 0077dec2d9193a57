use super::*;
use crate::common::ids::CommentId;
use crate::common::ids::IdeaId;

/// Supports an idea (`on` = "true") or takes the support back.
#[server(endpoint = "support_idea")]
pub async fn support_idea(id: IdeaId, on: String) -> Result<String, AppError> {
    let viewer = authorize_viewer(Access::Publisher)?;
    finish("support_idea", &[], async {
        rate_limit(
            format!("support:{}", viewer.id),
            120,
            std::time::Duration::from_secs(600),
        )?;
        ssr::support(&pool()?, viewer.id, id, on == "true").await?;
        Ok(done(format!("/ideas/{id}")))
    })
    .await
}

/// Follows an idea (`on` = "true") or stops following it.
#[server(endpoint = "follow_idea")]
pub async fn follow_idea(id: IdeaId, on: String) -> Result<String, AppError> {
    let viewer = authorize_viewer(Access::SignedIn)?;
    finish("follow_idea", &[], async {
        ssr::follow(&pool()?, viewer.id, id, on == "true").await?;
        Ok(done(format!("/ideas/{id}")))
    })
    .await
}

/// A comment, or a reply when `parent_id` is given. `feedback` (mentors only) is a kind.
#[server(endpoint = "post_comment")]
pub async fn post_comment(
    idea_id: IdeaId,
    #[server(default)] parent_id: Option<crate::common::ids::CommentId>,
    body: String,
    #[server(default)] feedback: String,
) -> Result<String, AppError> {
    let viewer = authorize_viewer(Access::Publisher)?;
    let form = match parent_id {
        Some(_) => "reply",
        None => "post_comment",
    };
    finish(
        form,
        &[("body", body.as_str()), ("feedback", feedback.as_str())],
        async {
            posting_limit(viewer.id, "comment", 30)?;
            let id =
                ssr::post_comment(&pool()?, &viewer, idea_id, parent_id, &body, &feedback).await?;
            Ok(done(crate::common::ids::comment_link(idea_id, id)))
        },
    )
    .await
}

/// The idea's authors mark a mentor's feedback as addressed (`addressed` = "true") or not.
#[server(endpoint = "mark_addressed")]
pub async fn mark_addressed(comment_id: CommentId, addressed: String) -> Result<String, AppError> {
    let viewer = authorize_viewer(Access::Publisher)?;
    finish("mark_addressed", &[], async {
        let idea = ssr::set_addressed(&pool()?, &viewer, comment_id, addressed == "true").await?;
        Ok(done(crate::common::ids::comment_link(idea, comment_id)))
    })
    .await
}
