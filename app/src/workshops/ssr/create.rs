//! Creating a workshop, and what its form offers.
use super::places;
use crate::common::error::AppError;
use crate::common::ids::WorkshopId;
use crate::common::{PersonRef, Viewer};
use crate::server::db::begin_write;
use crate::server::people::PERSON;
use crate::workshops::{CreateContext, Where, WorkshopForm};
use sqlx::SqlitePool;

/// The places, the mentors who may facilitate and the series that exist.
pub async fn create_context(pool: &SqlitePool) -> Result<CreateContext, AppError> {
    let mut conn = pool.acquire().await?;
    let places = places(&mut conn).await?;
    let mentors = sqlx::query(&format!(
        "SELECT {PERSON} FROM users u
          WHERE u.deleted_at IS NULL
            AND EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND r.role = 'mentor')
          ORDER BY u.display_name"
    ))
    .fetch_all(&mut *conn)
    .await?
    .iter()
    .map(super::person)
    .collect::<Result<Vec<PersonRef>, sqlx::Error>>()?;
    let series: Vec<(String,)> = sqlx::query_as("SELECT title FROM workshop_series ORDER BY title")
        .fetch_all(&mut *conn)
        .await?;
    Ok(CreateContext {
        places,
        mentors,
        series: series.into_iter().map(|(t,)| t).collect(),
    })
}

/// Creates a workshop with its sectors and facilitators (mentors; the creator facilitates
/// when no one is named), joining or starting its series by title.
pub async fn create(
    pool: &SqlitePool,
    viewer: &Viewer,
    form: &WorkshopForm,
    sectors: &[String],
    facilitators: &[i64],
) -> Result<WorkshopId, AppError> {
    let checked = form.check(sectors).map_err(AppError::invalid)?;
    let mut tx = begin_write(pool).await?;
    let place = match checked.at {
        Where::Place(place) => {
            crate::server::lookups::require_place(&mut tx, place).await?;
            Some(place)
        }
        Where::Online => None,
    };
    let series = match form.series.trim() {
        "" => None,
        title => {
            let (id,): (i64,) = sqlx::query_as(
                "INSERT INTO workshop_series (title) VALUES (?)
                 ON CONFLICT (title) DO UPDATE SET title = excluded.title RETURNING id",
            )
            .bind(title)
            .fetch_one(&mut *tx)
            .await?;
            Some(id)
        }
    };
    let (id,): (WorkshopId,) = sqlx::query_as(
        "INSERT INTO workshops (series_id, title, purpose, serves, age_min, age_max, lang, day,
                                starts_min, ends_min, place_id, online_url, capacity, closes_at,
                                created_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(series)
    .bind(form.title.trim())
    .bind(form.purpose.trim())
    .bind(checked.serves.code())
    .bind(checked.age_min)
    .bind(checked.age_max)
    .bind(checked.lang)
    .bind(form.day.trim())
    .bind(checked.starts)
    .bind(checked.ends)
    .bind(place)
    .bind((checked.at == Where::Online).then(|| form.online_url.trim()))
    .bind(checked.capacity)
    .bind(&checked.closes_at)
    .bind(viewer.id)
    .fetch_one(&mut *tx)
    .await?;
    for sector in &checked.sectors {
        sqlx::query("INSERT INTO workshop_sectors (workshop_id, sector) VALUES (?, ?)")
            .bind(id)
            .bind(sector.code())
            .execute(&mut *tx)
            .await?;
    }
    let mut leading: Vec<i64> = Vec::new();
    for person in facilitators {
        let mentor: Option<(i64,)> = sqlx::query_as(
            "SELECT 1 FROM user_roles r JOIN users u ON u.id = r.user_id
              WHERE r.user_id = ? AND r.role = 'mentor' AND u.deleted_at IS NULL",
        )
        .bind(person)
        .fetch_optional(&mut *tx)
        .await?;
        if mentor.is_none() {
            return Err(AppError::field("facilitators", "not_a_mentor"));
        }
        if !leading.contains(person) {
            leading.push(*person);
        }
    }
    if leading.is_empty() {
        leading.push(viewer.id);
    }
    for person in leading {
        sqlx::query("INSERT INTO workshop_facilitators (workshop_id, user_id) VALUES (?, ?)")
            .bind(id)
            .bind(person)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(id)
}
