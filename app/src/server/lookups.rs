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

/// The seats of a gathering: a workshop's or a forum's.
#[derive(Debug, Clone, Copy)]
pub enum Seats {
    Workshop,
    Forum,
}

impl Seats {
    fn table_and_key(self) -> (&'static str, &'static str) {
        match self {
            Seats::Workshop => ("workshop_seats", "workshop_id"),
            Seats::Forum => ("forum_seats", "forum_id"),
        }
    }
}

/// A person's live place at a gathering: its status code and their position among those
/// waiting (arrival order).
pub async fn live_place(
    conn: &mut SqliteConnection,
    seats: Seats,
    id: i64,
    user_id: i64,
) -> Result<Option<(String, i64)>, AppError> {
    let (table, key) = seats.table_and_key();
    Ok(sqlx::query_as(&format!(
        "SELECT s.status,
                (SELECT count(*) FROM {table} o
                  WHERE o.{key} = s.{key} AND o.status = 'waiting' AND o.id <= s.id)
           FROM {table} s
          WHERE s.{key} = ? AND s.user_id = ? AND s.status <> 'cancelled'"
    ))
    .bind(id)
    .bind(user_id)
    .fetch_optional(&mut *conn)
    .await?)
}

/// Fails on the form's "place" field unless the place is on the list.
pub async fn require_place(
    conn: &mut SqliteConnection,
    place: crate::common::ids::PlaceId,
) -> Result<(), AppError> {
    let found: Option<(i64,)> = sqlx::query_as("SELECT id FROM places WHERE id = ?")
        .bind(place)
        .fetch_optional(&mut *conn)
        .await?;
    found
        .map(|_| ())
        .ok_or_else(|| AppError::field("place", "choice_invalid"))
}
