//! Server functions of notifications: each person reads and sets only their own.
use super::Inbox;
use crate::common::error::AppError;
use leptos::prelude::*;

#[server(endpoint = "get_inbox", input = server_fn::codec::GetUrl)]
pub async fn get_inbox() -> Result<Inbox, AppError> {
    use crate::server::policy::{authorize_viewer, Access};
    let viewer = authorize_viewer(Access::SignedIn)?;
    super::ssr::inbox(&crate::server::state::pool()?, viewer.id).await
}

/// Marks one notification read, or all of them without an id.
#[server(endpoint = "mark_read")]
pub async fn mark_read(#[server(default)] id: Option<i64>) -> Result<String, AppError> {
    use crate::server::policy::{authorize_viewer, Access};
    let viewer = authorize_viewer(Access::SignedIn)?;
    let result = async {
        super::ssr::mark_read(&crate::server::state::pool()?, viewer.id, id).await?;
        crate::server::form::redirect_plain_form("/notifications");
        Ok("/notifications".to_owned())
    }
    .await;
    crate::server::form::keep_failure("mark_read", &[], &result).await;
    result
}

/// The delivery choice per kind: one field per kind code, valued `immediate`, `digest` or
/// `inapp`.
#[server(endpoint = "set_notification_prefs")]
pub async fn set_notification_prefs(
    #[server(default)] join_request: String,
    #[server(default)] join_answer: String,
    #[server(default)] team_invite: String,
    #[server(default)] idea_comment: String,
    #[server(default)] mentor_feedback: String,
    #[server(default)] followed_activity: String,
    #[server(default)] role_match: String,
) -> Result<String, AppError> {
    use super::{Kind, Mode};
    use crate::server::policy::{authorize_viewer, Access};
    let viewer = authorize_viewer(Access::SignedIn)?;
    let result = async {
        let chosen = [
            (Kind::JoinRequest, &join_request),
            (Kind::JoinAnswer, &join_answer),
            (Kind::TeamInvite, &team_invite),
            (Kind::IdeaComment, &idea_comment),
            (Kind::MentorFeedback, &mentor_feedback),
            (Kind::FollowedActivity, &followed_activity),
            (Kind::RoleMatch, &role_match),
        ];
        let mut prefs = Vec::new();
        for (kind, value) in chosen {
            let mode = if value.is_empty() {
                Mode::Digest
            } else {
                Mode::from_code(value)
                    .ok_or_else(|| AppError::field(kind.code(), "choice_invalid"))?
            };
            prefs.push((kind, mode));
        }
        super::ssr::set_prefs(&crate::server::state::pool()?, viewer.id, &prefs).await?;
        crate::server::form::redirect_plain_form("/notifications?saved=1");
        Ok("/notifications?saved=1".to_owned())
    }
    .await;
    crate::server::form::keep_failure("set_notification_prefs", &[], &result).await;
    result
}
