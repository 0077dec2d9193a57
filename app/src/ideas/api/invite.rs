use super::*;
use crate::common::ids::IdeaId;
use crate::ideas::InviteInfo;

/// Invites someone by email to co-author the idea.
#[server(endpoint = "invite_coauthor")]
pub async fn invite_coauthor(id: IdeaId, email: String) -> Result<String, AppError> {
    let viewer = authorize_viewer(Access::Publisher)?;
    finish("invite_coauthor", &[("email", email.as_str())], async {
        posting_limit(viewer.id, "invite", 10)?;
        let public_url = crate::server::state::app_state()?.public_url;
        ssr::invite(&pool()?, &viewer, id, &email, &public_url).await?;
        Ok(done(format!("/ideas/{id}/edit?invited=1")))
    })
    .await
}

/// What an invitation link offers.
#[server(endpoint = "get_invite", input = server_fn::codec::GetUrl)]
pub async fn get_invite(#[server(default)] token: String) -> Result<InviteInfo, AppError> {
    authorize(Access::Public)?;
    let result = ssr::invite_info(&pool()?, &token).await;
    if let Err(error) = &result {
        crate::server::request::set_error_status(error);
    }
    result
}

#[server(endpoint = "accept_invite")]
pub async fn accept_invite(token: String) -> Result<String, AppError> {
    let viewer = authorize_viewer(Access::Publisher)?;
    finish("accept_invite", &[], async {
        let id = ssr::accept_invite(&pool()?, viewer.id, &token).await?;
        Ok(done(format!("/ideas/{id}")))
    })
    .await
}

/// Removes a co-author (the author removes anyone; a co-author leaves).
#[server(endpoint = "remove_coauthor")]
pub async fn remove_coauthor(id: IdeaId, user_id: i64) -> Result<String, AppError> {
    let viewer = authorize_viewer(Access::Publisher)?;
    finish("remove_coauthor", &[], async {
        ssr::remove_coauthor(&pool()?, &viewer, id, user_id).await?;
        let next = if user_id == viewer.id {
            format!("/ideas/{id}")
        } else {
            format!("/ideas/{id}/edit?removed=1")
        };
        Ok(done(next))
    })
    .await
}

/// Takes back a co-author invitation that has not been used.
#[server(endpoint = "revoke_invite")]
pub async fn revoke_invite(id: IdeaId, invite_id: i64) -> Result<String, AppError> {
    let viewer = authorize_viewer(Access::Publisher)?;
    finish("revoke_invite", &[], async {
        ssr::revoke_invite(&pool()?, &viewer, id, invite_id).await?;
        Ok(done(format!("/ideas/{id}/edit?revoked=1")))
    })
    .await
}
