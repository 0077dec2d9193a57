//! Server functions of accounts: register, confirm, sign in and out, reset a password, a
//! guardian's consent. Form functions return the path the browser goes to next.
use super::*;
use crate::common::SessionInfo;

#[server(endpoint = "get_session_info", input = server_fn::codec::GetUrl)]
pub async fn get_session_info() -> Result<SessionInfo, AppError> {
    let viewer = authorize(Access::Public)?;
    let flash = crate::server::form::take_flash().await?;
    let unread = match &viewer {
        Some(viewer) => crate::server::notify::unread_count(&pool()?, viewer.id).await?,
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
    authorize(Access::Public)?;
    finish(
        "register",
        &[
            ("email", &email),
            ("display_name", &display_name),
            ("birth_year", &birth_year),
            ("guardian_email", &guardian_email),
        ],
        ssr::register(
            &email,
            &display_name,
            &password,
            &birth_year,
            &guardian_email,
        ),
    )
    .await
}

#[server(endpoint = "confirm_email")]
pub async fn confirm_email(token: String) -> Result<String, AppError> {
    authorize(Access::Public)?;
    finish("confirm_email", &[], ssr::confirm_email(&token)).await
}

#[server(endpoint = "login")]
pub async fn login(
    email: String,
    password: String,
    #[server(default)] next: String,
) -> Result<String, AppError> {
    authorize(Access::Public)?;
    finish(
        "login",
        &[("email", &email)],
        ssr::login(&email, &password, &next),
    )
    .await
}

#[server(endpoint = "logout")]
pub async fn logout() -> Result<String, AppError> {
    authorize(Access::SignedIn)?;
    let session = crate::server::request::session().await?;
    session
        .flush()
        .await
        .map_err(crate::common::error::internal)?;
    redirect_plain_form("/");
    Ok("/".to_owned())
}

#[server(endpoint = "request_password_reset")]
pub async fn request_password_reset(email: String) -> Result<String, AppError> {
    authorize(Access::Public)?;
    finish(
        "request_password_reset",
        &[("email", &email)],
        ssr::request_password_reset(&email),
    )
    .await
}

#[server(endpoint = "reset_password")]
pub async fn reset_password(token: String, password: String) -> Result<String, AppError> {
    authorize(Access::Public)?;
    finish(
        "reset_password",
        &[],
        ssr::reset_password(&token, &password),
    )
    .await
}

#[server(endpoint = "confirm_guardian")]
pub async fn confirm_guardian(token: String) -> Result<String, AppError> {
    authorize(Access::Public)?;
    finish("confirm_guardian", &[], ssr::confirm_guardian(&token)).await
}

#[server(endpoint = "resend_confirmation")]
pub async fn resend_confirmation() -> Result<String, AppError> {
    let viewer = authorize_viewer(Access::SignedIn)?;
    finish(
        "resend_confirmation",
        &[],
        ssr::resend_confirmation(&viewer),
    )
    .await
}
