//! What saving one's profile, changing a password and deleting an account do.
use crate::accounts::ssr::start_session;
use crate::accounts::ProfileEdit;
use crate::common::error::AppError;
use crate::common::sectors::Sector;
use crate::common::{current_year, parse_birth_year, parse_tags, Check};
use crate::server::db::begin_write;
use crate::server::form::redirect_plain_form;
use crate::server::secrets::{hash_password, verify_password};
use crate::server::state::pool;

pub async fn update_profile(user_id: i64, input: &ProfileEdit) -> Result<String, AppError> {
    let year_now = current_year();
    crate::accounts::check_profile(input, year_now).map_err(AppError::invalid)?;
    let birth_year = parse_birth_year(&input.birth_year, year_now).unwrap_or(None);
    let sectors: Vec<Sector> = input
        .sectors
        .iter()
        .filter_map(|s| Sector::from_code(s))
        .collect();
    let skills = parse_tags(&input.skills);
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
    sqlx::query(
        "UPDATE users SET display_name = ?, bio = ?, birth_year = ?, preferred_locale = ?,
                open_to_teams = ?, show_email = ?, show_birth_year = ?, show_bio = ?,
                show_sectors = ?, show_skills = ?
          WHERE id = ? AND deleted_at IS NULL",
    )
    .bind(input.display_name.trim())
    .bind(input.bio.trim())
    .bind(birth_year)
    .bind(&input.preferred_locale)
    .bind(input.open_to_teams)
    .bind(input.show_email)
    .bind(input.show_birth_year)
    .bind(input.show_bio)
    .bind(input.show_sectors)
    .bind(input.show_skills)
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

pub async fn change_password(user_id: i64, current: &str, new: &str) -> Result<String, AppError> {
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
    let steering_left: (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM user_roles WHERE role = 'steering' AND user_id != ?")
            .bind(user_id)
            .fetch_one(&mut *tx)
            .await?;
    let is_steering: (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM user_roles WHERE role = 'steering' AND user_id = ?")
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
