//! What workshops put on a person's start page: the upcoming workshops they have a place at
//! (or wait for), and for facilitators the workshops they lead, with the lists to mark.
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
    Ok(vec![
        my_workshops(pool, viewer.id, &today).await?,
        leading(pool, viewer.id, &today).await?,
    ])
}

/// Upcoming workshops with the person's place, soonest first.
async fn my_workshops(
    pool: &SqlitePool,
    user_id: i64,
    today: &str,
) -> Result<StartSection, AppError> {
    let rows: Vec<(i64, String, String, String, String)> = sqlx::query_as(
        "SELECT w.id, w.title, w.lang, s.status, s.changed_at
           FROM workshop_seats s JOIN workshops w ON w.id = s.workshop_id
          WHERE s.user_id = ? AND s.status <> 'cancelled' AND w.day >= ?
          ORDER BY w.day, w.starts_min",
    )
    .bind(user_id)
    .bind(today)
    .fetch_all(pool)
    .await?;
    let items = rows
        .into_iter()
        .map(|(id, title, lang, status, since)| {
            StartItem::link(title, format!("/workshops/{id}"))
                .lang(lang)
                .since(since)
                .note(if status == "waiting" {
                    StartNote::WorkshopWaiting
                } else {
                    StartNote::WorkshopSeat
                })
        })
        .collect();
    let mut section = StartSection::new(StartList::MyWorkshops, items);
    section.all = Some("/workshops".to_owned());
    Ok(section)
}

/// The workshops the person facilitates: upcoming ones with their registrations, and past
/// ones (from the last 30 days) whose attendance is not marked yet.
async fn leading(pool: &SqlitePool, user_id: i64, today: &str) -> Result<StartSection, AppError> {
    let rows: Vec<(i64, String, String, String, i64, i64)> = sqlx::query_as(
        "SELECT w.id, w.title, w.lang, w.day,
                (SELECT count(*) FROM workshop_seats s
                  WHERE s.workshop_id = w.id AND s.status = 'registered'),
                (SELECT count(*) FROM workshop_seats s
                  WHERE s.workshop_id = w.id AND s.status = 'registered' AND s.attended IS NULL)
           FROM workshop_facilitators f JOIN workshops w ON w.id = f.workshop_id
          WHERE f.user_id = ? AND w.day >= date(?, '-30 days')
          ORDER BY w.day, w.starts_min",
    )
    .bind(user_id)
    .bind(today)
    .fetch_all(pool)
    .await?;
    let items = rows
        .into_iter()
        .filter_map(|(id, title, lang, day, registered, unmarked)| {
            let item = StartItem::link(title, format!("/workshops/{id}#seats")).lang(lang);
            if day.as_str() < today {
                (unmarked > 0).then(|| item.note(StartNote::AttendanceToMark).count(unmarked))
            } else {
                Some(item.note(StartNote::Registrations).count(registered))
            }
        })
        .collect();
    Ok(StartSection::new(StartList::Facilitating, items))
}
