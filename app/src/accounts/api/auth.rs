//! Server functions of accounts: register, confirm, sign in and out, reset a password, a
//! guardian's consent. Form functions return the path the browser goes to next.
use crate::common::error::AppError;
use crate::common::SessionInfo;
use leptos::prelude::*;

#[server(endpoint = "get_session_info", input = server_fn::codec::GetUrl)]
pub async fn get_session_info() -> Result<SessionInfo, AppError> {
    use crate::server::policy::{authorize, Access};
    let viewer = authorize(Access::Public)?;
    let flash = crate::server::form::take_flash().await?;
    let unread = match &viewer {
        Some(viewer) => {
            crate::server::notify::unread_count(&crate::server::state::pool()?, viewer.id).await?
        }
        None => 0,
    };
    Ok(SessionInfo {
        viewer,
        flash,
        unread,
    })
}

#[server(endpoint = "register")]
pub async fn register(
    email: String,
    display_name: String,
    password: String,
    #[server(default)] birth_year: String,
    #[server(default)] guardian_email: String,
) -> Result<String, AppError> {
    use crate::server::policy::{authorize, Access};
    authorize(Access::Public)?;
    let result = crate::accounts::ssr::register(
        &email,
        &display_name,
        &password,
        &birth_year,
        &guardian_email,
    )
    .await;
    crate::server::form::keep_failure(
        "register",
        &[
            ("email", &email),
            ("display_name", &display_name),
            ("birth_year", &birth_year),
            ("guardian_email", &guardian_email),
        ],
        &result,
    )
    .await;
    result
}

#[server(endpoint = "confirm_email")]
pub async fn confirm_email(token: String) -> Result<String, AppError> {
    use crate::server::policy::{authorize, Access};
    authorize(Access::Public)?;
    let result = crate::accounts::ssr::confirm_email(&token).await;
    crate::server::form::keep_failure("confirm_email", &[], &result).await;
    result
}

#[server(endpoint = "login")]
pub async fn login(
    email: String,
    password: String,
    #[server(default)] next: String,
) -> Result<String, AppError> {
    use crate::server::policy::{authorize, Access};
    authorize(Access::Public)?;
    let result = crate::accounts::ssr::login(&email, &password, &next).await;
    crate::server::form::keep_failure("login", &[("email", &email)], &result).await;
    result
}

#[server(endpoint = "logout")]
pub async fn logout() -> Result<String, AppError> {
    use crate::server::policy::{authorize, Access};
    authorize(Access::SignedIn)?;
    let session = crate::server::request::session().await?;
    session
        .flush()
        .await
        .map_err(crate::common::error::internal)?;
    crate::server::form::redirect_plain_form("/");
    Ok("/".to_owned())
}

#[server(endpoint = "request_password_reset")]
pub async fn request_password_reset(email: String) -> Result<String, AppError> {
    use crate::server::policy::{authorize, Access};
    authorize(Access::Public)?;
    let result = crate::accounts::ssr::request_password_reset(&email).await;
    crate::server::form::keep_failure("request_password_reset", &[("email", &email)], &result)
        .await;
    result
}

#[server(endpoint = "reset_password")]
pub async fn reset_password(token: String, password: String) -> Result<String, AppError> {
    use crate::server::policy::{authorize, Access};
    authorize(Access::Public)?;
    let result = crate::accounts::ssr::reset_password(&token, &password).await;
    crate::server::form::keep_failure("reset_password", &[], &result).await;
    result
}

#[server(endpoint = "confirm_guardian")]
pub async fn confirm_guardian(token: String) -> Result<String, AppError> {
    use crate::server::policy::{authorize, Access};
    authorize(Access::Public)?;
    let result = crate::accounts::ssr::confirm_guardian(&token).await;
    crate::server::form::keep_failure("confirm_guardian", &[], &result).await;
    result
}

#[server(endpoint = "resend_confirmation")]
pub async fn resend_confirmation() -> Result<String, AppError> {
    use crate::server::policy::{authorize_viewer, Access};
    let viewer = authorize_viewer(Access::SignedIn)?;
    let result = crate::accounts::ssr::resend_confirmation(&viewer).await;
    crate::server::form::keep_failure("resend_confirmation", &[], &result).await;
    result
}
