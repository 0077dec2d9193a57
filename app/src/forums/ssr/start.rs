//! What forums put on a person's start page: the upcoming forums they have a place at (or wait
//! for), and the forums they host.
use super::now_local;
use crate::common::error::AppError;
use crate::common::start::{StartItem, StartList, StartNote, StartSection};
use crate::common::Viewer;
use sqlx::SqlitePool;

pub async fn start_sections(
    pool: &SqlitePool,
    viewer: &Viewer,
) -> Result<Vec<StartSection>, AppError> {
    let today = now_local()[..10].to_owned();
    let mine: Vec<(i64, String, String, String, String)> = sqlx::query_as(
        "SELECT f.id, f.title, f.lang, s.status, s.changed_at
           FROM forum_seats s JOIN forums f ON f.id = s.forum_id
          WHERE s.user_id = ? AND s.status <> 'cancelled' AND f.day >= ?
          ORDER BY f.day, f.starts_min",
    )
    .bind(viewer.id)
    .bind(&today)
    .fetch_all(pool)
    .await?;
    let mine = mine
        .into_iter()
        .map(|(id, title, lang, status, since)| {
            StartItem::link(title, format!("/forums/{id}"))
                .lang(lang)
                .since(since)
                .note(if status == "waiting" {
                    StartNote::WorkshopWaiting
                } else {
                    StartNote::WorkshopSeat
                })
        })
        .collect();
    let mut my_forums = StartSection::new(StartList::MyForums, mine);
    my_forums.all = Some("/forums".to_owned());
    let hosting: Vec<(i64, String, String, i64)> = sqlx::query_as(
        "SELECT f.id, f.title, f.lang,
                (SELECT count(*) FROM forum_seats s
                  WHERE s.forum_id = f.id AND s.status = 'registered')
           FROM forum_hosts h JOIN forums f ON f.id = h.forum_id
          WHERE h.user_id = ? AND (f.day >= ? OR f.live_segment IS NOT NULL)
          ORDER BY f.day, f.starts_min",
    )
    .bind(viewer.id)
    .bind(&today)
    .fetch_all(pool)
    .await?;
    let hosting = hosting
        .into_iter()
        .map(|(id, title, lang, registered)| {
            StartItem::link(title, format!("/forums/{id}/console"))
                .lang(lang)
                .note(StartNote::Registrations)
                .count(registered)
        })
        .collect();
    Ok(vec![
        my_forums,
        StartSection::new(StartList::Hosting, hosting),
    ])
}
