//! SQL behind the home page.
use super::{HomeStats, SectorCard};
use crate::sectors::Sector;
use sqlx::SqlitePool;

/// Reads the home page's content and figures in two queries.
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
    let ideas_shared = crate::ideas::ssr::count_visible(pool).await?;
    // Festival interventions (issue #6) have no tables yet: until that feature lands, nothing
    // has been published, and the figure is honestly zero.
    Ok(HomeStats {
        sectors,
        ideas_shared,
        festival_published: 0,
        festival_target: target,
    })
}
