//! Workshops in SQL: the calendar and a workshop's page here; creating in `create.rs`; seats,
//! the waitlist and attendance in `seats.rs`; the start page's lists in `start.rs`.
use crate::common::error::AppError;
use crate::common::ids::WorkshopId;
use crate::common::sectors::sectors_of;
use crate::common::{PersonRef, Role, Viewer};
use crate::ideas::stage::Stage;
use crate::server::people::PERSON;
use crate::workshops::*;
use sqlx::sqlite::SqliteRow;
use sqlx::{Row, SqliteConnection, SqlitePool};

mod create;
mod outcomes;
mod reminders;
mod seats;
mod start;
pub use create::*;
pub use outcomes::*;
pub use reminders::*;
pub use seats::*;
pub use start::*;

/// The local time in Kaunas now, `YYYY-MM-DD HH:MM`.
pub fn now_local() -> String {
    crate::server::time::in_vilnius(chrono::Utc::now())
        .format("%Y-%m-%d %H:%M")
        .to_string()
}

/// The columns of a [`WorkshopCard`] for the workshop aliased `w`.
const CARD: &str = "w.id, w.title, w.serves, s.title,
        (SELECT group_concat(x.sector) FROM workshop_sectors x WHERE x.workshop_id = w.id),
        w.age_min, w.age_max, w.lang, w.day, w.starts_min, w.ends_min, p.name, w.capacity,
        (SELECT count(*) FROM workshop_seats t WHERE t.workshop_id = w.id AND t.status = 'registered'),
        (SELECT count(*) FROM workshop_seats t WHERE t.workshop_id = w.id AND t.status = 'waiting'),
        w.closes_at
   FROM workshops w
   LEFT JOIN workshop_series s ON s.id = w.series_id
   LEFT JOIN places p ON p.id = w.place_id";

fn card(r: &SqliteRow) -> Result<WorkshopCard, sqlx::Error> {
    let serves: String = r.try_get(2)?;
    let sectors: Option<String> = r.try_get(4)?;
    Ok(WorkshopCard {
        id: r.try_get(0)?,
        title: r.try_get(1)?,
        serves: Stage::from_code(&serves).unwrap_or(Stage::Team),
        series: r.try_get(3)?,
        sectors: sectors_of(sectors.as_deref()),
        age_min: r.try_get(5)?,
        age_max: r.try_get(6)?,
        lang: r.try_get(7)?,
        day: r.try_get(8)?,
        starts: r.try_get(9)?,
        ends: r.try_get(10)?,
        place: r.try_get(11)?,
        capacity: r.try_get(12)?,
        taken: r.try_get(13)?,
        waiting: r.try_get(14)?,
        closes_at: r.try_get(15)?,
    })
}

/// Whether the viewer may create workshops: the policy's organisers, while they may publish.
pub fn may_create(viewer: Option<&Viewer>) -> bool {
    viewer.is_some_and(|v| {
        v.may_publish() && crate::server::policy::ORGANISERS.iter().any(|r| v.has(*r))
    })
}

/// The calendar: upcoming (from today, soonest first) and past (latest first), filtered.
pub async fn calendar(
    pool: &SqlitePool,
    viewer: Option<&Viewer>,
    filter: &WorkshopFilter,
) -> Result<Calendar, AppError> {
    let today = now_local()[..10].to_owned();
    let rows = sqlx::query(&format!("SELECT {CARD} ORDER BY w.day, w.starts_min, w.id"))
        .fetch_all(pool)
        .await?;
    let mut upcoming = Vec::new();
    let mut past = Vec::new();
    for row in &rows {
        let c = card(row)?;
        if !filter.matches(&c) {
            continue;
        }
        if c.day >= today {
            upcoming.push(c);
        } else {
            past.push(c);
        }
    }
    past.reverse();
    Ok(Calendar {
        upcoming,
        past,
        may_create: may_create(viewer),
    })
}

pub(crate) async fn card_of(
    conn: &mut SqliteConnection,
    id: WorkshopId,
) -> Result<WorkshopCard, AppError> {
    let row = sqlx::query(&format!("SELECT {CARD} WHERE w.id = ?"))
        .bind(id)
        .fetch_optional(&mut *conn)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(card(&row)?)
}

pub(crate) fn person(r: &SqliteRow) -> Result<PersonRef, sqlx::Error> {
    crate::server::people::person_at(r, 0)
}

pub(crate) async fn facilitators(
    conn: &mut SqliteConnection,
    id: WorkshopId,
) -> Result<Vec<PersonRef>, AppError> {
    let rows = sqlx::query(&format!(
        "SELECT {PERSON} FROM workshop_facilitators f JOIN users u ON u.id = f.user_id
          WHERE f.workshop_id = ? ORDER BY u.display_name"
    ))
    .bind(id)
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows.iter().map(person).collect::<Result<_, _>>()?)
}

/// Whether the viewer runs this workshop's list: one of its facilitators, or the steering
/// group.
pub(crate) async fn runs(
    conn: &mut SqliteConnection,
    viewer: &Viewer,
    id: WorkshopId,
) -> Result<bool, AppError> {
    if viewer.has(Role::Steering) {
        return Ok(true);
    }
    let found: Option<(i64,)> =
        sqlx::query_as("SELECT 1 FROM workshop_facilitators WHERE workshop_id = ? AND user_id = ?")
            .bind(id)
            .bind(viewer.id)
            .fetch_optional(&mut *conn)
            .await?;
    Ok(found.is_some())
}

/// A workshop's page as the viewer may see it.
pub async fn workshop_page(
    pool: &SqlitePool,
    viewer: Option<&Viewer>,
    id: WorkshopId,
) -> Result<WorkshopPage, AppError> {
    let mut conn = pool.acquire().await?;
    let card = card_of(&mut conn, id).await?;
    let (purpose, online_url): (String, Option<String>) =
        sqlx::query_as("SELECT purpose, online_url FROM workshops WHERE id = ?")
            .bind(id)
            .fetch_one(&mut *conn)
            .await?;
    let place = sqlx::query(
        "SELECT p.id, p.name, p.address, p.lat, p.lon, p.accessibility
           FROM workshops w JOIN places p ON p.id = w.place_id WHERE w.id = ?",
    )
    .bind(id)
    .fetch_optional(&mut *conn)
    .await?
    .map(|r| place_of(&r))
    .transpose()?;
    let facilitators = facilitators(&mut conn, id).await?;
    let now = now_local();
    let mut page = WorkshopPage {
        open: registration_open(&now, &card.closes_at),
        past: card.day.as_str() < &now[..10],
        card,
        purpose,
        place,
        online: online_url.is_some(),
        online_url: None,
        facilitators,
        mine: None,
        may_register: false,
        signed_in: viewer.is_some(),
        teams: Vec::new(),
        seats: None,
        outcome_teams: Vec::new(),
        outcomes: Vec::new(),
        born: sqlx::query_as(
            "SELECT id, title FROM ideas WHERE born_in_workshop = ? AND hidden_at IS NULL
              ORDER BY created_at, id",
        )
        .bind(id)
        .fetch_all(&mut *conn)
        .await?,
        may_share: false,
    };
    let Some(viewer) = viewer else {
        return Ok(page);
    };
    page.may_register = viewer.may_publish();
    page.mine = my_seat(&mut conn, id, viewer.id).await?;
    let begun = page.card.day.as_str() <= &now[..10];
    page.may_share = begun
        && viewer.may_publish()
        && (matches!(page.mine, Some((SeatStatus::Registered, _)))
            || page.facilitators.iter().any(|f| f.id == viewer.id));
    let running = runs(&mut conn, viewer, id).await?;
    if running || matches!(page.mine, Some((SeatStatus::Registered, _))) {
        page.online_url = online_url;
    }
    if running {
        page.seats = Some(seat_rows(&mut conn, id).await?);
        page.outcome_teams = outcome_teams(&mut conn, id).await?;
        page.outcomes = outcomes(&mut conn, id).await?;
    }
    if page.may_register {
        page.teams = led_teams(&mut conn, id, viewer.id).await?;
    }
    Ok(page)
}

pub(crate) use crate::server::lookups::{place_of, places};

/// The viewer's live place at a workshop, and their position when waiting.
async fn my_seat(
    conn: &mut SqliteConnection,
    id: WorkshopId,
    user_id: i64,
) -> Result<Option<(SeatStatus, Option<i64>)>, AppError> {
    let row = crate::server::lookups::live_place(
        conn,
        crate::server::lookups::Seats::Workshop,
        id.0,
        user_id,
    )
    .await?;
    Ok(row.and_then(|(status, position)| crate::workshops::seat_of(&status, position)))
}

/// Everyone on the list (registered, then waiting, each in arrival order).
async fn seat_rows(conn: &mut SqliteConnection, id: WorkshopId) -> Result<Vec<SeatRow>, AppError> {
    type Row = (i64, Option<String>, Option<String>, String, Option<bool>);
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT s.user_id, u.display_name, t.name, s.status, s.attended
           FROM workshop_seats s JOIN users u ON u.id = s.user_id
           LEFT JOIN teams t ON t.id = s.team_id
          WHERE s.workshop_id = ? AND s.status <> 'cancelled'
          ORDER BY s.status = 'waiting', s.id",
    )
    .bind(id)
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(user_id, name, team, status, attended)| {
            Some(SeatRow {
                user_id,
                name,
                team,
                status: SeatStatus::from_code(&status)?,
                attended,
            })
        })
        .collect())
}

/// The teams the viewer leads, each person with their place at this workshop.
pub(crate) async fn led_teams(
    conn: &mut SqliteConnection,
    id: WorkshopId,
    user_id: i64,
) -> Result<Vec<LedTeam>, AppError> {
    let teams: Vec<(crate::common::ids::TeamId, String)> = sqlx::query_as(
        "SELECT t.id, t.name FROM teams t
           JOIN team_members m ON m.team_id = t.id AND m.user_id = ? AND m.role = 'lead'
          ORDER BY t.name",
    )
    .bind(user_id)
    .fetch_all(&mut *conn)
    .await?;
    with_people(conn, id, teams).await
}

/// Each team with its people and their places at the workshop.
pub(crate) async fn with_people(
    conn: &mut SqliteConnection,
    id: WorkshopId,
    teams: Vec<(crate::common::ids::TeamId, String)>,
) -> Result<Vec<LedTeam>, AppError> {
    let mut out = Vec::new();
    for (team_id, name) in teams {
        out.push(LedTeam {
            id: team_id,
            people: team_people(conn, id, team_id).await?,
            name,
        });
    }
    Ok(out)
}

/// A team's leads and members, each with their place at the workshop.
pub(crate) async fn team_people(
    conn: &mut SqliteConnection,
    id: WorkshopId,
    team_id: crate::common::ids::TeamId,
) -> Result<Vec<(PersonRef, Option<SeatStatus>)>, AppError> {
    {
        let rows = sqlx::query(&format!(
            "SELECT {PERSON},
                    (SELECT s.status FROM workshop_seats s
                      WHERE s.workshop_id = ? AND s.user_id = u.id AND s.status <> 'cancelled')
               FROM team_members m JOIN users u ON u.id = m.user_id
              WHERE m.team_id = ? AND m.role IN ('lead', 'member') AND u.deleted_at IS NULL
              ORDER BY u.display_name"
        ))
        .bind(id)
        .bind(team_id)
        .fetch_all(&mut *conn)
        .await?;
        let mut people = Vec::new();
        for r in &rows {
            let status: Option<String> = r.try_get(3)?;
            people.push((
                person(r)?,
                status.as_deref().and_then(SeatStatus::from_code),
            ));
        }
        Ok(people)
    }
}
