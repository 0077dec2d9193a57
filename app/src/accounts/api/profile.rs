//! Server functions of profiles.
// A form's fields are a server function's arguments: the profile form has a dozen.
#![allow(clippy::too_many_arguments)]
use super::*;
use crate::accounts::{Directory, MyProfile, PublicPerson};

#[server(endpoint = "get_my_profile", input = server_fn::codec::GetUrl)]
pub async fn get_my_profile() -> Result<MyProfile, AppError> {
    let viewer = authorize_viewer(Access::SignedIn)?;
    ssr::my_profile(&pool()?, viewer.id).await
}

#[server(endpoint = "update_profile")]
pub async fn update_profile(
    display_name: String,
    #[server(default)] bio: String,
    #[server(default)] birth_year: String,
    #[server(default)] preferred_locale: String,
    #[server(default)] open_to_teams: Option<String>,
    #[server(default)] sectors: Vec<String>,
    #[server(default)] skills: String,
    #[server(default)] show_email: Option<String>,
    #[server(default)] show_birth_year: Option<String>,
    #[server(default)] show_bio: Option<String>,
    #[server(default)] show_sectors: Option<String>,
    #[server(default)] show_skills: Option<String>,
) -> Result<String, AppError> {
    let viewer = authorize_viewer(Access::SignedIn)?;
    let input = ssr::ProfileInput {
        display_name: &display_name,
        bio: &bio,
        birth_year: &birth_year,
        preferred_locale: &preferred_locale,
        open_to_teams: open_to_teams.is_some(),
        sectors: &sectors,
        skills: &skills,
        show: [
            show_email.is_some(),
            show_birth_year.is_some(),
            show_bio.is_some(),
            show_sectors.is_some(),
            show_skills.is_some(),
        ],
    };
    let mut kept = vec![
        ("display_name", display_name.as_str()),
        ("bio", bio.as_str()),
        ("birth_year", birth_year.as_str()),
        ("preferred_locale", preferred_locale.as_str()),
        ("skills", skills.as_str()),
    ];
    for (name, on) in [
        ("open_to_teams", &open_to_teams),
        ("show_email", &show_email),
        ("show_birth_year", &show_birth_year),
        ("show_bio", &show_bio),
        ("show_sectors", &show_sectors),
        ("show_skills", &show_skills),
    ] {
        kept.push((name, if on.is_some() { "on" } else { "" }));
    }
    for sector in &sectors {
        kept.push(("sectors[]", sector.as_str()));
    }
    finish(
        "update_profile",
        &kept,
        ssr::update_profile(viewer.id, input),
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
