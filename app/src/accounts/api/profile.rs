//! Server functions of profiles.
use super::*;
use crate::accounts::{Directory, MyProfile, PublicPerson};

#[server(endpoint = "get_my_profile", input = server_fn::codec::GetUrl)]
pub async fn get_my_profile() -> Result<MyProfile, AppError> {
    let viewer = authorize_viewer(Access::SignedIn)?;
    ssr::my_profile(&pool()?, viewer.id).await
}

#[server(endpoint = "update_profile")]
pub async fn update_profile(
    #[server(flatten)] profile: crate::accounts::ProfileEdit,
) -> Result<String, AppError> {
    let viewer = authorize_viewer(Access::SignedIn)?;
    let kept = profile.kept();
    finish(
        "update_profile",
        &as_kept(&kept),
        ssr::update_profile(viewer.id, &profile),
    )
    .await
}

#[server(endpoint = "change_password")]
pub async fn change_password(
    current_password: String,
    new_password: String,
) -> Result<String, AppError> {
    let viewer = authorize_viewer(Access::SignedIn)?;
    finish(
        "change_password",
        &[],
        ssr::change_password(viewer.id, &current_password, &new_password),
    )
    .await
}

/// Everything held about the caller, as a JSON download.
#[server(endpoint = "export_my_data", input = server_fn::codec::GetUrl)]
pub async fn export_my_data() -> Result<serde_json::Value, AppError> {
    let viewer = authorize_viewer(Access::SignedIn)?;
    let data = ssr::export(&pool()?, viewer.id).await?;
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.insert_header(
            http::header::CONTENT_DISPOSITION,
            http::HeaderValue::from_static("attachment; filename=\"santaka-my-data.json\""),
        );
    }
    Ok(data)
}

#[server(endpoint = "delete_account")]
pub async fn delete_account(password: String) -> Result<String, AppError> {
    let viewer = authorize_viewer(Access::SignedIn)?;
    finish(
        "delete_account",
        &[],
        ssr::delete_account(viewer.id, &password),
    )
    .await
}

/// A public profile. Unknown and deleted people are both "not found".
#[server(endpoint = "get_person", input = server_fn::codec::GetUrl)]
pub async fn get_person(id: i64) -> Result<PublicPerson, AppError> {
    authorize(Access::Public)?;
    ssr::public_person(&pool()?, id).await
}

#[server(endpoint = "list_directory", input = server_fn::codec::GetUrl)]
pub async fn list_directory() -> Result<Directory, AppError> {
    authorize(Access::Public)?;
    ssr::directory(&pool()?).await
}
