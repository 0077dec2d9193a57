//! The day-before reminder: everyone with a seat at a workshop that takes place tomorrow
//! (Vilnius time) is told once, through the notification centre and its per-kind choice.
use crate::common::error::AppError;
use crate::common::Kind;
use crate::server::db::begin_write;
use crate::server::notify::{notify, Event, To};
use chrono::{DateTime, Utc};
use sqlx::SqlitePool;

/// Sends the reminders due at `now`: one per registered seat at tomorrow's workshops, never
/// twice (the seat is marked in the same transaction). Returns how many people were reminded.
pub async fn send_reminders(pool: &SqlitePool, now: DateTime<Utc>) -> Result<usize, AppError> {
    let tomorrow = (crate::server::time::in_vilnius(now).date_naive() + chrono::Duration::days(1))
        .format("%Y-%m-%d")
        .to_string();
    let due: Vec<(i64, String, u32, Option<String>)> = sqlx::query_as(
        "SELECT w.id, w.title, w.starts_min, p.name FROM workshops w
           LEFT JOIN places p ON p.id = w.place_id
          WHERE w.day = ? AND EXISTS (SELECT 1 FROM workshop_seats s WHERE s.workshop_id = w.id
                                       AND s.status = 'registered' AND s.reminded_at IS NULL)
          ORDER BY w.id",
    )
    .bind(&tomorrow)
    .fetch_all(pool)
    .await?;
    let mut reminded = 0;
    for (id, title, starts, place) in due {
        let mut tx = begin_write(pool).await?;
        let people: Vec<(i64,)> = sqlx::query_as(
            "UPDATE workshop_seats SET reminded_at = datetime('now')
              WHERE workshop_id = ? AND status = 'registered' AND reminded_at IS NULL
             RETURNING user_id",
        )
        .bind(id)
        .fetch_all(&mut *tx)
        .await?;
        let people: Vec<i64> = people.into_iter().map(|(p,)| p).collect();
        let detail = match &place {
            Some(place) => format!("{} · {place}", crate::workshops::hhmm(starts)),
            None => crate::workshops::hhmm(starts),
        };
        notify(
            &mut tx,
            To::People(&people),
            &Event {
                kind: Kind::WorkshopReminder,
                actor: None,
                subject: &title,
                detail: &detail,
                link: &format!("/workshops/{id}"),
            },
        )
        .await?;
        crate::server::mail::commit_and_send(tx).await?;
        reminded += people.len();
    }
    Ok(reminded)
}
