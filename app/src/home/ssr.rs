//! SQL behind the home page.
use super::{HomeStats, SectorCard};
use crate::common::sectors::Sector;
use sqlx::SqlitePool;

/// Reads the home page's content and figures.
pub async fn home_stats(pool: &SqlitePool) -> Result<HomeStats, sqlx::Error> {
    let rows = sqlx::query!(
        r#"SELECT code AS "code!", blurb_lt AS "blurb_lt!", blurb_en AS "blurb_en!"
           FROM sectors ORDER BY position"#
    )
    .fetch_all(pool)
    .await?;
    let sectors = rows
        .into_iter()
        .filter_map(|row| {
            Some(SectorCard {
                sector: Sector::from_code(&row.code)?,
                blurb_lt: row.blurb_lt,
                blurb_en: row.blurb_en,
            })
        })
        .collect();
    let target = sqlx::query_scalar!(
        r#"SELECT CAST(value AS INTEGER) AS "target!: i64" FROM app_meta WHERE key = 'festival_target'"#
    )
    .fetch_optional(pool)
    .await?
    .unwrap_or(100);
    let ideas_shared = crate::server::lookups::count_visible(pool).await?;
    // The current festival edition's published interventions against its own target.
    let current: Option<(i64, i64)> = sqlx::query_as(
        "SELECT e.target, (SELECT count(*) FROM interventions x
                            WHERE x.edition_id = e.id AND x.status = 'published')
           FROM festival_editions e ORDER BY e.day DESC, e.id DESC LIMIT 1",
    )
    .fetch_optional(pool)
    .await?;
    let (festival_target, festival_published) = current.unwrap_or((target, 0));
    Ok(HomeStats {
        sectors,
        ideas_shared,
        festival_published,
        festival_target,
    })
}
