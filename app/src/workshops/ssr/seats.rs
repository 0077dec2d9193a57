//! Seats: registering (oneself, or a team's members), cancelling (the first on the waitlist
//! moves up and is told), and attendance. Every change counts and writes in one `BEGIN
//! IMMEDIATE` transaction, so a seat is never given twice.
use super::{card_of, now_local, runs};
use crate::common::error::AppError;
use crate::common::ids::{TeamId, WorkshopId};
use crate::common::{Kind, TeamRole, Viewer};
use crate::server::db::begin_write;
use crate::server::notify::{notify, Event, To};
use crate::server::policy::{authorize_team, role_in, TeamScope};
use crate::workshops::{registration_open, seat_for, to_promote, SeatStatus};
use sqlx::{SqliteConnection, SqlitePool};

/// What a registration did, person by person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Registered {
    pub seats: usize,
    pub waiting: usize,
    /// People who already had a place (a team registration skips them).
    pub already: usize,
}

async fn taken(conn: &mut SqliteConnection, id: WorkshopId) -> Result<i64, AppError> {
    let (n,): (i64,) = sqlx::query_as(
        "SELECT count(*) FROM workshop_seats WHERE workshop_id = ? AND status = 'registered'",
    )
    .bind(id)
    .fetch_one(&mut *conn)
    .await?;
    Ok(n)
}

async fn live_seat(
    conn: &mut SqliteConnection,
    id: WorkshopId,
    user_id: i64,
) -> Result<Option<(i64, SeatStatus)>, AppError> {
    let row: Option<(i64, String)> = sqlx::query_as(
        "SELECT id, status FROM workshop_seats
          WHERE workshop_id = ? AND user_id = ? AND status <> 'cancelled'",
    )
    .bind(id)
    .bind(user_id)
    .fetch_optional(&mut *conn)
    .await?;
    Ok(row.and_then(|(seat, s)| SeatStatus::from_code(&s).map(|s| (seat, s))))
}

/// Registers the viewer (no team), or named members of a team the viewer leads. Each person
/// takes a seat while there is one and waits otherwise, in arrival order. Refused after the
/// deadline; a person registering themself twice is told so.
pub async fn register(
    pool: &SqlitePool,
    viewer: &Viewer,
    id: WorkshopId,
    team: Option<TeamId>,
    people: &[i64],
) -> Result<Registered, AppError> {
    let mut tx = begin_write(pool).await?;
    let card = card_of(&mut tx, id).await?;
    if !registration_open(&now_local(), &card.closes_at) {
        return Err(AppError::field("form", "registration_closed"));
    }
    let who: Vec<i64> = match team {
        None => vec![viewer.id],
        Some(team) => {
            authorize_team(&mut tx, viewer, team, TeamScope::Lead).await?;
            let mut who = Vec::new();
            for person in people {
                let member = matches!(
                    role_in(&mut tx, team, *person).await?,
                    Some(TeamRole::Lead | TeamRole::Member)
                );
                if !member {
                    return Err(AppError::field("people", "not_in_team"));
                }
                if !who.contains(person) {
                    who.push(*person);
                }
            }
            if who.is_empty() {
                return Err(AppError::field("people", "missing"));
            }
            who
        }
    };
    let mut done = Registered {
        seats: 0,
        waiting: 0,
        already: 0,
    };
    let mut taken_now = taken(&mut tx, id).await?;
    for person in who {
        if live_seat(&mut tx, id, person).await?.is_some() {
            if team.is_none() {
                return Err(AppError::field("form", "already_registered"));
            }
            done.already += 1;
            continue;
        }
        let status = seat_for(card.capacity, taken_now);
        sqlx::query(
            "INSERT INTO workshop_seats (workshop_id, user_id, team_id, registered_by, status)
             VALUES (?, ?, ?, ?, ?)",
        )
        .bind(id)
        .bind(person)
        .bind(team)
        .bind(viewer.id)
        .bind(status.code())
        .execute(&mut *tx)
        .await?;
        if status == SeatStatus::Registered {
            taken_now += 1;
            done.seats += 1;
        } else {
            done.waiting += 1;
        }
    }
    if team.is_some() && done.seats + done.waiting == 0 {
        return Err(AppError::field("people", "already_registered"));
    }
    tx.commit().await?;
    Ok(done)
}

/// Cancels a person's place: their own, one the viewer registered for their team, or anyone's
/// for the workshop's facilitators and the steering group. A freed seat goes to the first on
/// the waitlist, who is told. Returns how many moved up.
pub async fn cancel(
    pool: &SqlitePool,
    viewer: &Viewer,
    id: WorkshopId,
    user_id: i64,
) -> Result<usize, AppError> {
    let mut tx = begin_write(pool).await?;
    let card = card_of(&mut tx, id).await?;
    let seat = live_seat(&mut tx, id, user_id).await?.map(|(seat, _)| seat);
    if user_id != viewer.id && !runs(&mut tx, viewer, id).await? {
        // Someone else's place: only the one who registered them may give it up. Whether a
        // person has a place is not told to anyone else.
        let registered_by: Option<(Option<i64>,)> =
            sqlx::query_as("SELECT registered_by FROM workshop_seats WHERE id = ?")
                .bind(seat)
                .fetch_optional(&mut *tx)
                .await?;
        if registered_by.and_then(|(by,)| by) != Some(viewer.id) {
            return Err(AppError::NotFound);
        }
    }
    let seat = seat.ok_or_else(|| AppError::field("form", "not_registered"))?;
    sqlx::query(
        "UPDATE workshop_seats SET status = 'cancelled', changed_at = datetime('now') WHERE id = ?",
    )
    .bind(seat)
    .execute(&mut *tx)
    .await?;
    let moved = promote(&mut tx, id, &card.title, card.capacity).await?;
    crate::server::mail::commit_and_send(tx).await?;
    Ok(moved)
}

/// Gives free seats to the first people waiting, in arrival order, and tells them.
pub(crate) async fn promote(
    conn: &mut SqliteConnection,
    id: WorkshopId,
    title: &str,
    capacity: i64,
) -> Result<usize, AppError> {
    let waiting: Vec<(i64, i64)> = sqlx::query_as(
        "SELECT id, user_id FROM workshop_seats
          WHERE workshop_id = ? AND status = 'waiting' ORDER BY id",
    )
    .bind(id)
    .fetch_all(&mut *conn)
    .await?;
    let taken_now = taken(&mut *conn, id).await?;
    let moving = to_promote(capacity, taken_now, &waiting);
    for (seat, _) in &moving {
        sqlx::query(
            "UPDATE workshop_seats SET status = 'registered', changed_at = datetime('now')
              WHERE id = ?",
        )
        .bind(seat)
        .execute(&mut *conn)
        .await?;
    }
    let people: Vec<i64> = moving.iter().map(|(_, user)| *user).collect();
    if !people.is_empty() {
        let link = format!("/workshops/{id}");
        notify(
            &mut *conn,
            To::People(&people),
            &Event {
                kind: Kind::WorkshopSeat,
                actor: None,
                subject: title,
                detail: "",
                link: &link,
            },
        )
        .await?;
    }
    Ok(moving.len())
}

/// A facilitator (or the steering group) marks whether a registered person came.
pub async fn mark_attendance(
    pool: &SqlitePool,
    viewer: &Viewer,
    id: WorkshopId,
    user_id: i64,
    attended: bool,
) -> Result<(), AppError> {
    let mut tx = begin_write(pool).await?;
    let card = card_of(&mut tx, id).await?;
    if !runs(&mut tx, viewer, id).await? {
        return Err(AppError::Forbidden);
    }
    let changed = sqlx::query(
        "UPDATE workshop_seats SET attended = ?, changed_at = datetime('now')
          WHERE workshop_id = ? AND user_id = ? AND status = 'registered'",
    )
    .bind(attended)
    .bind(id)
    .bind(user_id)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if changed == 0 {
        return Err(AppError::field("form", "not_registered"));
    }
    // Coming moves a team's idea on, once the workshop has begun (a list marked ahead of the
    // day moves nothing).
    if attended && card.day.as_str() <= &now_local()[..10] {
        move_on_attendance(&mut tx, id, user_id).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// A person came: the team they registered for (or, registered for themself, the teams they
/// lead or work in) has attended a workshop, and its idea moves on as `stage::on_attended` says.
async fn move_on_attendance(
    conn: &mut SqliteConnection,
    id: WorkshopId,
    user_id: i64,
) -> Result<(), AppError> {
    let ideas: Vec<(i64, String)> = sqlx::query_as(
        "SELECT i.id, i.stage FROM ideas i JOIN teams t ON t.idea_id = i.id
          WHERE t.id IN (
                SELECT s.team_id FROM workshop_seats s
                 WHERE s.workshop_id = ?1 AND s.user_id = ?2 AND s.team_id IS NOT NULL
                UNION
                SELECT m.team_id FROM team_members m
                 WHERE m.user_id = ?2 AND m.role IN ('lead', 'member')
                   AND NOT EXISTS (SELECT 1 FROM workshop_seats s WHERE s.workshop_id = ?1
                                      AND s.user_id = ?2 AND s.team_id IS NOT NULL))",
    )
    .bind(id)
    .bind(user_id)
    .fetch_all(&mut *conn)
    .await?;
    for (idea, stage) in ideas {
        if let Some(to) = crate::ideas::stage::on_attended(crate::ideas::stage::stage_of(&stage)) {
            sqlx::query("UPDATE ideas SET stage = ?, activity_at = datetime('now') WHERE id = ?")
                .bind(to.code())
                .bind(idea)
                .execute(&mut *conn)
                .await?;
        }
    }
    Ok(())
}
