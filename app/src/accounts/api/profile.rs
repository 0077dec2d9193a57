//! Server functions of profiles.
// A form's fields are a server function's arguments: the profile form has a dozen.
#![allow(clippy::too_many_arguments)]
use crate::accounts::{Directory, MyProfile, PublicPerson};
use crate::common::error::AppError;
use leptos::prelude::*;

#[server(endpoint = "get_my_profile", input = server_fn::codec::GetUrl)]
pub async fn get_my_profile() -> Result<MyProfile, AppError> {
    use crate::server::policy::{authorize_viewer, Access};
    let viewer = authorize_viewer(Access::SignedIn)?;
    crate::accounts::ssr::my_profile(&crate::server::state::pool()?, viewer.id).await
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
    use crate::server::policy::{authorize_viewer, Access};
    let viewer = authorize_viewer(Access::SignedIn)?;
    let input = server::ProfileInput {
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
    let result = server::update_profile(viewer.id, input).await;
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
    crate::server::form::keep_failure("update_profile", &kept, &result).await;
    result
}

#[server(endpoint = "change_password")]
pub async fn change_password(
    current_password: String,
    new_password: String,
) -> Result<String, AppError> {
    use crate::server::policy::{authorize_viewer, Access};
    let viewer = authorize_viewer(Access::SignedIn)?;
    let result = server::change_password(viewer.id, &current_password, &new_password).await;
    crate::server::form::keep_failure("change_password", &[], &result).await;
    result
}

/// Everything held about the caller, as a JSON download.
#[server(endpoint = "export_my_data", input = server_fn::codec::GetUrl)]
pub async fn export_my_data() -> Result<serde_json::Value, AppError> {
    use crate::server::policy::{authorize_viewer, Access};
    let viewer = authorize_viewer(Access::SignedIn)?;
    let data = crate::accounts::ssr::export(&crate::server::state::pool()?, viewer.id).await?;
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
    use crate::server::policy::{authorize_viewer, Access};
    let viewer = authorize_viewer(Access::SignedIn)?;
    let result = server::delete_account(viewer.id, &password).await;
    crate::server::form::keep_failure("delete_account", &[], &result).await;
    result
}

/// A public profile. Unknown and deleted people are both "not found".
#[server(endpoint = "get_person", input = server_fn::codec::GetUrl)]
pub async fn get_person(id: i64) -> Result<PublicPerson, AppError> {
    use crate::server::policy::{authorize, Access};
    authorize(Access::Public)?;
    crate::accounts::ssr::public_person(&crate::server::state::pool()?, id).await
}

#[server(endpoint = "list_directory", input = server_fn::codec::GetUrl)]
pub async fn list_directory() -> Result<Directory, AppError> {
    use crate::server::policy::{authorize, Access};
    authorize(Access::Public)?;
    crate::accounts::ssr::directory(&crate::server::state::pool()?).await
}

#[cfg(feature = "ssr")]
mod server {
    use crate::accounts::ssr::start_session;
    use crate::common::error::AppError;
    use crate::common::sectors::Sector;
    use crate::common::{current_year, parse_birth_year, parse_tags, Check};
    use crate::server::db::begin_write;
    use crate::server::form::redirect_plain_form;
    use crate::server::secrets::{hash_password, verify_password};
    use crate::server::state::pool;

    pub struct ProfileInput<'a> {
        pub display_name: &'a str,
        pub bio: &'a str,
        pub birth_year: &'a str,
        pub preferred_locale: &'a str,
        pub open_to_teams: bool,
        pub sectors: &'a [String],
        pub skills: &'a str,
        /// email, birth year, bio, sectors, skills
        pub show: [bool; 5],
    }

    pub async fn update_profile(user_id: i64, input: ProfileInput<'_>) -> Result<String, AppError> {
        let year_now = current_year();
        crate::accounts::check_profile(
            input.display_name,
            input.bio,
            input.birth_year,
            input.preferred_locale,
            input.sectors,
            input.skills,
            year_now,
        )
        .map_err(AppError::invalid)?;
        let birth_year = parse_birth_year(input.birth_year, year_now).unwrap_or(None);
        let sectors: Vec<Sector> = input
            .sectors
            .iter()
            .filter_map(|s| Sector::from_code(s))
            .collect();
        let skills = parse_tags(input.skills);
        let pool = pool()?;
        let mut tx = begin_write(&pool).await?;
        // A birth year that makes the person a child who has no guardian on record cannot be
        // set here: that path goes through registration's consent step.
        let (guardian, stored_year): (Option<String>, Option<i32>) =
            sqlx::query_as("SELECT guardian_email, birth_year FROM users WHERE id = ?")
                .bind(user_id)
                .fetch_one(&mut *tx)
                .await?;
        if crate::common::needs_guardian(birth_year, year_now) && guardian.is_none() {
            return Err(AppError::field("birth_year", "guardian_required"));
        }
        // A minor's protections hang on the birth year: they cannot change it themselves
        // (the steering group can, on request).
        let protected = guardian.is_some() || crate::common::is_minor(stored_year, year_now);
        if protected && birth_year != stored_year {
            return Err(AppError::field("birth_year", "birth_year_locked"));
        }
        let [show_email, show_birth_year, show_bio, show_sectors, show_skills] = input.show;
        sqlx::query(
            "UPDATE users SET display_name = ?, bio = ?, birth_year = ?, preferred_locale = ?,
                    open_to_teams = ?, show_email = ?, show_birth_year = ?, show_bio = ?,
                    show_sectors = ?, show_skills = ?
              WHERE id = ? AND deleted_at IS NULL",
        )
        .bind(input.display_name.trim())
        .bind(input.bio.trim())
        .bind(birth_year)
        .bind(input.preferred_locale)
        .bind(input.open_to_teams)
        .bind(show_email)
        .bind(show_birth_year)
        .bind(show_bio)
        .bind(show_sectors)
        .bind(show_skills)
        .bind(user_id)
        .execute(&mut *tx)
        .await?;
        crate::accounts::ssr::set_sectors(&mut tx, user_id, &sectors).await?;
        crate::accounts::ssr::set_skills(&mut tx, user_id, &skills).await?;
        tx.commit().await?;
        let next = "/profile?saved=1".to_owned();
        redirect_plain_form(&next);
        Ok(next)
    }

    async fn password_matches(user_id: i64, password: &str) -> Result<bool, AppError> {
        let stored: Option<(String,)> =
            sqlx::query_as("SELECT password_hash FROM users WHERE id = ? AND deleted_at IS NULL")
                .bind(user_id)
                .fetch_optional(&pool()?)
                .await?;
        verify_password(password.to_owned(), stored.map(|(h,)| h)).await
    }

    pub async fn change_password(
        user_id: i64,
        current: &str,
        new: &str,
    ) -> Result<String, AppError> {
        let mut check = Check::new();
        if current.is_empty() {
            check.fail("current_password", "missing");
        }
        check.password("new_password", new);
        check.finish().map_err(AppError::invalid)?;
        crate::server::limits::rate_limit(
            format!("password:user:{user_id}"),
            10,
            std::time::Duration::from_secs(900),
        )?;
        if !password_matches(user_id, current).await? {
            return Err(AppError::field("current_password", "password_wrong"));
        }
        let hash = hash_password(new.to_owned()).await?;
        let pool = pool()?;
        let mut tx = begin_write(&pool).await?;
        let (epoch,): (i64,) = sqlx::query_as(
            "UPDATE users SET password_hash = ?, session_epoch = session_epoch + 1
              WHERE id = ? RETURNING session_epoch",
        )
        .bind(&hash)
        .bind(user_id)
        .fetch_one(&mut *tx)
        .await?;
        tx.commit().await?;
        // Every other session has ended with the epoch; this one continues under a new id.
        let session = crate::server::request::session().await?;
        start_session(&session, user_id, epoch).await?;
        let next = "/profile?password=1".to_owned();
        redirect_plain_form(&next);
        Ok(next)
    }

    pub async fn delete_account(user_id: i64, password: &str) -> Result<String, AppError> {
        if password.is_empty() {
            return Err(AppError::field("password", "missing"));
        }
        crate::server::limits::rate_limit(
            format!("password:user:{user_id}"),
            10,
            std::time::Duration::from_secs(900),
        )?;
        if !password_matches(user_id, password).await? {
            return Err(AppError::field("password", "password_wrong"));
        }
        let pool = pool()?;
        let mut tx = begin_write(&pool).await?;
        // The last steering member cannot leave the platform without a successor.
        let steering_left: (i64,) = sqlx::query_as(
            "SELECT COUNT(*) FROM user_roles WHERE role = 'steering' AND user_id != ?",
        )
        .bind(user_id)
        .fetch_one(&mut *tx)
        .await?;
        let is_steering: (i64,) = sqlx::query_as(
            "SELECT COUNT(*) FROM user_roles WHERE role = 'steering' AND user_id = ?",
        )
        .bind(user_id)
        .fetch_one(&mut *tx)
        .await?;
        if is_steering.0 > 0 && steering_left.0 == 0 {
            return Err(AppError::field("form", "last_steering"));
        }
        crate::accounts::ssr::erase_account(&mut tx, user_id).await?;
        tx.commit().await?;
        let session = crate::server::request::session().await?;
        session
            .flush()
            .await
            .map_err(crate::common::error::internal)?;
        let next = "/?deleted=1".to_owned();
        redirect_plain_form(&next);
        Ok(next)
    }
}
