//! What several features read about people: the columns of a person as shown beside their
//! work, and their platform roles.
use crate::common::error::AppError;
use crate::common::Role;
use sqlx::{SqliteConnection, SqlitePool};

pub async fn roles_of(pool: &SqlitePool, user_id: i64) -> Result<Vec<Role>, AppError> {
    let codes: Vec<(String,)> =
        sqlx::query_as("SELECT role FROM user_roles WHERE user_id = ? ORDER BY role")
            .bind(user_id)
            .fetch_all(pool)
            .await?;
    Ok(codes
        .iter()
        .filter_map(|(code,)| Role::from_code(code))
        .collect())
}

/// The columns of a [`PersonRef`] for the user aliased `u`.
pub(crate) const PERSON: &str = "u.id, u.display_name, \
     EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND r.role = 'mentor')";

/// A [`PersonRef`] from the row's first three columns ([`PERSON`]), starting at `at`.
pub(crate) fn person_at(
    r: &sqlx::sqlite::SqliteRow,
    at: usize,
) -> Result<crate::common::PersonRef, sqlx::Error> {
    use sqlx::Row;
    Ok(crate::common::PersonRef {
        id: r.try_get::<Option<i64>, _>(at)?.unwrap_or(0),
        name: r.try_get(at + 1)?,
        mentor: r.try_get::<Option<bool>, _>(at + 2)?.unwrap_or(false),
    })
}

/// How long the link in an invitation (an account made for someone by the steering group) works.
pub const INVITATION_DAYS: i64 = 14;

/// An account for an invited person that cannot sign in yet (`unusable_hash` is the hash of a
/// secret nobody knows), and the link, valid for [`INVITATION_DAYS`], where they set their own
/// password (which also confirms their address). Returns the account and the link.
pub async fn invited_account(
    conn: &mut SqliteConnection,
    email: &str,
    name: &str,
    unusable_hash: &str,
    public_url: &str,
) -> Result<(i64, String), AppError> {
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO users (email, display_name, password_hash) VALUES (?, ?, ?) RETURNING id",
    )
    .bind(email)
    .bind(name)
    .bind(unusable_hash)
    .fetch_one(&mut *conn)
    .await?;
    let token = crate::server::secrets::random_token();
    sqlx::query(
        "INSERT INTO email_tokens (token_hash, user_id, purpose, expires_at)
         VALUES (?, ?, 'reset_password', datetime('now', ?))",
    )
    .bind(crate::server::secrets::token_hash(&token))
    .bind(id)
    .bind(format!("+{INVITATION_DAYS} days"))
    .execute(&mut *conn)
    .await?;
    Ok((id, format!("{public_url}/reset?token={token}")))
}
