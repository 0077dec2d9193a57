//! Small reads that one feature makes of another's records: whether an idea is visible, whether
//! a person may edit it, how many ideas are public.
use crate::common::error::AppError;
use crate::common::ids::IdeaId;
use sqlx::{SqliteConnection, SqlitePool};

/// Whether the person is the idea's author or a co-author.
pub async fn is_editor(
    conn: &mut SqliteConnection,
    idea_id: IdeaId,
    user_id: i64,
) -> Result<bool, AppError> {
    let row: Option<(i64,)> = sqlx::query_as(
        "SELECT 1 FROM ideas WHERE id = ? AND author_id = ?
         UNION ALL SELECT 1 FROM idea_coauthors WHERE idea_id = ? AND user_id = ?",
    )
    .bind(idea_id)
    .bind(user_id)
    .bind(idea_id)
    .bind(user_id)
    .fetch_optional(&mut *conn)
    .await?;
    Ok(row.is_some())
}

/// Fails with "not found" for an idea that does not exist, or that a moderator hid (for
/// everyone but the steering group).
pub(crate) async fn visible_idea(
    conn: &mut SqliteConnection,
    idea_id: IdeaId,
    steering: bool,
) -> Result<(), AppError> {
    let hidden: Option<(bool,)> =
        sqlx::query_as("SELECT hidden_at IS NOT NULL FROM ideas WHERE id = ?")
            .bind(idea_id)
            .fetch_optional(&mut *conn)
            .await?;
    match hidden {
        Some((false,)) => Ok(()),
        Some((true,)) if steering => Ok(()),
        _ => Err(AppError::NotFound),
    }
}

/// The number of visible ideas, for the home page.
pub async fn count_visible(pool: &SqlitePool) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT COUNT(*) FROM ideas WHERE hidden_at IS NULL")
        .fetch_one(pool)
        .await
}

/// A [`crate::common::Place`] from the row's columns `id, name, address, lat, lon,
/// accessibility`.
pub(crate) fn place_of(r: &sqlx::sqlite::SqliteRow) -> Result<crate::common::Place, sqlx::Error> {
    use sqlx::Row;
    Ok(crate::common::Place {
        id: r.try_get(0)?,
        name: r.try_get(1)?,
        address: r.try_get(2)?,
        lat: r.try_get(3)?,
        lon: r.try_get(4)?,
        accessibility: r.try_get(5)?,
    })
}

/// Every place, by name (the one list workshops, forums and the festival choose from).
pub async fn places(conn: &mut SqliteConnection) -> Result<Vec<crate::common::Place>, AppError> {
    let rows = sqlx::query(
        "SELECT id, name, address, lat, lon, accessibility FROM places ORDER BY name, id",
    )
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows.iter().map(place_of).collect::<Result<_, _>>()?)
}
