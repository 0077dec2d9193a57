//! Seats at a forum, with the workshops' rules (`workshops::rules`: a seat while there is one,
//! then the waitlist in arrival order; the first waiting moves up when a seat frees), and the
//! hosts' check-in on the day. Every change counts and writes in one `BEGIN IMMEDIATE`
//! transaction, so a seat is never given twice.
use super::{card_of, is_host, now_local};
use crate::common::error::AppError;
use crate::common::ids::ForumId;
use crate::common::sectors::{sectors_of, Sector};
use crate::common::{Kind, Viewer};
use crate::forums::ForumSeat;
use crate::server::db::begin_write;
use crate::server::notify::{notify, Event, To};
use crate::workshops::{registration_open, seat_for, to_promote, SeatStatus};
use sqlx::{SqliteConnection, SqlitePool};

async fn taken(conn: &mut SqliteConnection, id: ForumId) -> Result<i64, AppError> {
    let (n,): (i64,) = sqlx::query_as(
        "SELECT count(*) FROM forum_seats WHERE forum_id = ? AND status = 'registered'",
    )
    .bind(id)
    .fetch_one(&mut *conn)
    .await?;
    Ok(n)
}

/// Registers the viewer with the sectors they bring and whether they need to stay at one table.
/// Refused after the deadline, twice, or without a sector.
pub async fn register(
    pool: &SqlitePool,
    viewer: &Viewer,
    id: ForumId,
    sectors: &[String],
    stays: bool,
) -> Result<SeatStatus, AppError> {
    let mut chosen: Vec<Sector> = Vec::new();
    for code in sectors {
        match Sector::from_code(code) {
            Some(s) if !chosen.contains(&s) => chosen.push(s),
            Some(_) => {}
            None => return Err(AppError::field("sectors", "choice_invalid")),
        }
    }
    let mut tx = begin_write(pool).await?;
    let card = card_of(&mut tx, id).await?;
    if !registration_open(&now_local(), &card.closes_at) {
        return Err(AppError::field("form", "registration_closed"));
    }
    if chosen.is_empty() {
        return Err(AppError::field("sectors", "sectors_missing"));
    }
    let live: Option<(i64,)> = sqlx::query_as(
        "SELECT id FROM forum_seats WHERE forum_id = ? AND user_id = ? AND status <> 'cancelled'",
    )
    .bind(id)
    .bind(viewer.id)
    .fetch_optional(&mut *tx)
    .await?;
    if live.is_some() {
        return Err(AppError::field("form", "already_registered"));
    }
    let status = seat_for(card.capacity, taken(&mut tx, id).await?);
    let codes: Vec<&str> = chosen.iter().map(|s| s.code()).collect();
    sqlx::query(
        "INSERT INTO forum_seats (forum_id, user_id, status, sectors, stays) VALUES (?, ?, ?, ?, ?)",
    )
    .bind(id)
    .bind(viewer.id)
    .bind(status.code())
    .bind(codes.join(","))
    .bind(stays)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(status)
}

/// Gives up the viewer's place (or, for hosts, anyone's). A freed seat goes to the first on the
/// waitlist, who is told. Returns how many moved up.
pub async fn cancel(
    pool: &SqlitePool,
    viewer: &Viewer,
    id: ForumId,
    user_id: i64,
) -> Result<usize, AppError> {
    let mut tx = begin_write(pool).await?;
    let card = card_of(&mut tx, id).await?;
    if user_id != viewer.id && !is_host(&mut tx, viewer, id).await? {
        return Err(AppError::NotFound);
    }
    let seat: Option<(i64,)> = sqlx::query_as(
        "SELECT id FROM forum_seats WHERE forum_id = ? AND user_id = ? AND status <> 'cancelled'",
    )
    .bind(id)
    .bind(user_id)
    .fetch_optional(&mut *tx)
    .await?;
    let (seat,) = seat.ok_or_else(|| AppError::field("form", "not_registered"))?;
    sqlx::query(
        "UPDATE forum_seats SET status = 'cancelled', changed_at = datetime('now') WHERE id = ?",
    )
    .bind(seat)
    .execute(&mut *tx)
    .await?;
    let waiting: Vec<(i64, i64)> = sqlx::query_as(
        "SELECT id, user_id FROM forum_seats WHERE forum_id = ? AND status = 'waiting' ORDER BY id",
    )
    .bind(id)
    .fetch_all(&mut *tx)
    .await?;
    // Only while the forum is ahead: nobody is offered a seat at one that is over.
    let ahead = card.day.as_str() >= &now_local()[..10] && !card.ended;
    let moving = if ahead {
        to_promote(card.capacity, taken(&mut tx, id).await?, &waiting)
    } else {
        Vec::new()
    };
    for (seat, _) in &moving {
        sqlx::query(
            "UPDATE forum_seats SET status = 'registered', changed_at = datetime('now') WHERE id = ?",
        )
        .bind(seat)
        .execute(&mut *tx)
        .await?;
    }
    let people: Vec<i64> = moving.iter().map(|(_, user)| *user).collect();
    if !people.is_empty() {
        let link = format!("/forums/{id}");
        notify(
            &mut tx,
            To::People(&people),
            &Event {
                kind: Kind::WorkshopSeat,
                actor: None,
                subject: &card.title,
                detail: "",
                link: &link,
            },
        )
        .await?;
    }
    crate::server::mail::commit_and_send(tx).await?;
    crate::server::live::announce(crate::server::live::Topic::Forum(id));
    Ok(people.len())
}

/// A host marks a registered person as come (or not). Someone checked in during a World Café
/// gets a table from the current round on (`run::seat_late`).
pub async fn check_in(
    pool: &SqlitePool,
    viewer: &Viewer,
    id: ForumId,
    user_id: i64,
    here: bool,
) -> Result<(), AppError> {
    let mut tx = begin_write(pool).await?;
    super::require_host(&mut tx, viewer, id).await?;
    let done = sqlx::query(
        "UPDATE forum_seats
            SET checked_in_at = CASE WHEN ? THEN coalesce(checked_in_at, datetime('now')) END,
                changed_at = datetime('now')
          WHERE forum_id = ? AND user_id = ? AND status = 'registered'",
    )
    .bind(here)
    .bind(id)
    .bind(user_id)
    .execute(&mut *tx)
    .await?;
    if done.rows_affected() == 0 {
        return Err(AppError::field("form", "not_registered"));
    }
    if here {
        super::run::seat_late(&mut tx, id).await?;
    }
    tx.commit().await?;
    crate::server::live::announce(crate::server::live::Topic::Forum(id));
    Ok(())
}

/// Everyone on the list (registered, then waiting, each in arrival order).
pub(crate) async fn seat_rows(
    conn: &mut SqliteConnection,
    id: ForumId,
) -> Result<Vec<ForumSeat>, AppError> {
    type Row = (i64, Option<String>, String, String, bool, bool);
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT s.user_id, u.display_name, s.status, s.sectors, s.stays,
                s.checked_in_at IS NOT NULL
           FROM forum_seats s JOIN users u ON u.id = s.user_id
          WHERE s.forum_id = ? AND s.status <> 'cancelled'
          ORDER BY s.status = 'waiting', u.display_name, s.id",
    )
    .bind(id)
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(user_id, name, status, sectors, stays, checked_in)| {
            Some(ForumSeat {
                user_id,
                name,
                status: SeatStatus::from_code(&status)?,
                sectors: sectors_of(Some(&sectors)),
                stays,
                checked_in,
            })
        })
        .collect())
}
