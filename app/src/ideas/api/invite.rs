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
