use crate::common::error::AppError;
use crate::ideas::InviteInfo;
use leptos::prelude::*;

/// Invites someone by email to co-author the idea.
#[server(endpoint = "invite_coauthor")]
pub async fn invite_coauthor(id: i64, email: String) -> Result<String, AppError> {
    use crate::server::policy::{authorize_viewer, Access};
    let viewer = authorize_viewer(Access::Publisher)?;
    let result = async {
        crate::server::limits::posting_limit(viewer.id, "invite", 10)?;
        let public_url = crate::server::state::app_state()?.public_url;
        crate::ideas::ssr::invite(
            &crate::server::state::pool()?,
            &viewer,
            id,
            &email,
            &public_url,
        )
        .await?;
        Ok(crate::server::form::done(format!(
            "/ideas/{id}/edit?invited=1"
        )))
    }
    .await;
    crate::server::form::keep_failure("invite_coauthor", &[("email", email.as_str())], &result)
        .await;
    result
}

/// What an invitation link offers.
#[server(endpoint = "get_invite", input = server_fn::codec::GetUrl)]
pub async fn get_invite(#[server(default)] token: String) -> Result<InviteInfo, AppError> {
    use crate::server::policy::{authorize, Access};
    authorize(Access::Public)?;
    let result = crate::ideas::ssr::invite_info(&crate::server::state::pool()?, &token).await;
    if let Err(error) = &result {
        crate::server::request::set_error_status(error);
    }
    result
}

#[server(endpoint = "accept_invite")]
pub async fn accept_invite(token: String) -> Result<String, AppError> {
    use crate::server::policy::{authorize_viewer, Access};
    let viewer = authorize_viewer(Access::Publisher)?;
    let result = async {
        let id =
            crate::ideas::ssr::accept_invite(&crate::server::state::pool()?, viewer.id, &token)
                .await?;
        Ok(crate::server::form::done(format!("/ideas/{id}")))
    }
    .await;
    crate::server::form::keep_failure("accept_invite", &[], &result).await;
    result
}
