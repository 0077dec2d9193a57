//! What several features read about people: the columns of a person as shown beside their
//! work, and their platform roles.
use crate::common::error::AppError;
use crate::common::Role;
use sqlx::SqlitePool;

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
