//! Forums in SQL: the list and a forum's page here; creating and the flow in `create.rs`; seats
//! and check-in in `seats.rs`; the live run (segments, rounds, the café's seating) in `run.rs`;
//! what phones, the room screen and the console read in `live.rs`; the harvest in
//! `harvest.rs`, and publishing it in `publish.rs`.
use crate::common::error::AppError;
use crate::common::ids::{ForumId, SegmentId};
use crate::common::{PersonRef, Role, Viewer};
use crate::forums::*;
use crate::server::lookups::place_of;
use crate::server::people::PERSON;
use crate::workshops::{registration_open, SeatStatus};
use sqlx::sqlite::SqliteRow;
use sqlx::{Row, SqliteConnection, SqlitePool};

mod cases;
mod create;
mod harvest;
mod live;
mod open_space;
mod publish;
mod reflections;
mod run;
mod seats;
mod start;
pub use cases::*;
pub use create::*;
pub use harvest::*;
pub use live::*;
pub use open_space::*;
pub use publish::*;
pub use reflections::*;
pub use run::*;
pub use seats::*;
pub use start::*;

/// The local time in Kaunas now, `YYYY-MM-DD HH:MM`.
pub fn now_local() -> String {
    crate::server::time::in_vilnius(chrono::Utc::now())
        .format("%Y-%m-%d %H:%M")
        .to_string()
}

/// The columns of a [`ForumCard`] for the forum aliased `f`.
const CARD: &str = "f.id, f.title, f.calling, f.lang, f.day, f.starts_min, f.ends_min, p.name,
        f.capacity,
        (SELECT count(*) FROM forum_seats t WHERE t.forum_id = f.id AND t.status = 'registered'),
        (SELECT count(*) FROM forum_seats t WHERE t.forum_id = f.id AND t.status = 'waiting'),
        f.closes_at, f.live_segment IS NOT NULL, f.ended_at IS NOT NULL
   FROM forums f
   LEFT JOIN places p ON p.id = f.place_id";

fn card(r: &SqliteRow) -> Result<ForumCard, sqlx::Error> {
    Ok(ForumCard {
        id: r.try_get(0)?,
        title: r.try_get(1)?,
        calling: r.try_get(2)?,
        lang: r.try_get(3)?,
        day: r.try_get(4)?,
        starts: r.try_get(5)?,
        ends: r.try_get(6)?,
        place: r.try_get(7)?,
        capacity: r.try_get(8)?,
        taken: r.try_get(9)?,
        waiting: r.try_get(10)?,
        closes_at: r.try_get(11)?,
        live: r.try_get(12)?,
        ended: r.try_get(13)?,
    })
}

/// Whether the viewer may create forums: the policy's organisers, while they may publish.
pub fn may_create(viewer: Option<&Viewer>) -> bool {
    viewer.is_some_and(|v| {
        v.may_publish() && crate::server::policy::ORGANISERS.iter().any(|r| v.has(*r))
    })
}

/// Every forum: upcoming (from today, soonest first) and past (latest first).
pub async fn list(pool: &SqlitePool, viewer: Option<&Viewer>) -> Result<ForumList, AppError> {
    let today = now_local()[..10].to_owned();
    let rows = sqlx::query(&format!("SELECT {CARD} ORDER BY f.day, f.starts_min, f.id"))
        .fetch_all(pool)
        .await?;
    let (mut upcoming, mut past) = (Vec::new(), Vec::new());
    for row in &rows {
        let c = card(row)?;
        if (c.day >= today || c.live) && !c.ended {
            upcoming.push(c);
        } else {
            past.push(c);
        }
    }
    past.reverse();
    Ok(ForumList {
        upcoming,
        past,
        may_create: may_create(viewer),
    })
}

pub(crate) async fn card_of(
    conn: &mut SqliteConnection,
    id: ForumId,
) -> Result<ForumCard, AppError> {
    let row = sqlx::query(&format!("SELECT {CARD} WHERE f.id = ?"))
        .bind(id)
        .fetch_optional(&mut *conn)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(card(&row)?)
}

pub(crate) async fn hosts(
    conn: &mut SqliteConnection,
    id: ForumId,
) -> Result<Vec<PersonRef>, AppError> {
    let rows = sqlx::query(&format!(
        "SELECT {PERSON} FROM forum_hosts h JOIN users u ON u.id = h.user_id
          WHERE h.forum_id = ? ORDER BY u.display_name"
    ))
    .bind(id)
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows
        .iter()
        .map(|r| crate::server::people::person_at(r, 0))
        .collect::<Result<_, _>>()?)
}

/// Whether the viewer runs this forum: one of its hosts, or the steering group.
pub(crate) async fn is_host(
    conn: &mut SqliteConnection,
    viewer: &Viewer,
    id: ForumId,
) -> Result<bool, AppError> {
    if viewer.has(Role::Steering) {
        return Ok(true);
    }
    let found: Option<(i64,)> =
        sqlx::query_as("SELECT 1 FROM forum_hosts WHERE forum_id = ? AND user_id = ?")
            .bind(id)
            .bind(viewer.id)
            .fetch_optional(&mut *conn)
            .await?;
    Ok(found.is_some())
}

/// Fails unless the viewer hosts the forum; a forum that does not exist is "not found".
pub(crate) async fn require_host(
    conn: &mut SqliteConnection,
    viewer: &Viewer,
    id: ForumId,
) -> Result<ForumCard, AppError> {
    let card = card_of(conn, id).await?;
    if !is_host(conn, viewer, id).await? {
        return Err(AppError::Forbidden);
    }
    Ok(card)
}

fn segment(r: &SqliteRow) -> Result<Segment, sqlx::Error> {
    let kind: String = r.try_get(1)?;
    let questions: String = r.try_get(4)?;
    Ok(Segment {
        id: r.try_get(0)?,
        kind: SegmentKind::from_code(&kind).unwrap_or(SegmentKind::Circle),
        starts: r.try_get(2)?,
        ends: r.try_get(3)?,
        questions: questions.lines().map(String::from).collect(),
        round_min: r.try_get(5)?,
        tables: r.try_get(6)?,
        spaces: Vec::new(),
        conveners_place: r.try_get(7)?,
    })
}

/// The columns of a [`Segment`].
const SEGMENT: &str =
    "id, kind, starts_min, ends_min, questions, round_min, tables, conveners_place";

/// Fills in the spaces of the Open Space segments.
async fn with_spaces(
    conn: &mut SqliteConnection,
    mut segments: Vec<Segment>,
) -> Result<Vec<Segment>, AppError> {
    for seg in segments
        .iter_mut()
        .filter(|s| s.kind == SegmentKind::OpenSpace)
    {
        let rows: Vec<(i64, String, u32)> = sqlx::query_as(
            "SELECT id, name, capacity FROM forum_spaces WHERE segment_id = ? ORDER BY position",
        )
        .bind(seg.id)
        .fetch_all(&mut *conn)
        .await?;
        seg.spaces = rows
            .into_iter()
            .map(|(id, name, capacity)| Space { id, name, capacity })
            .collect();
    }
    Ok(segments)
}

/// The forum's flow, in time order.
pub(crate) async fn flow(
    conn: &mut SqliteConnection,
    id: ForumId,
) -> Result<Vec<Segment>, AppError> {
    let rows = sqlx::query(&format!(
        "SELECT {SEGMENT} FROM forum_segments WHERE forum_id = ? ORDER BY starts_min, id"
    ))
    .bind(id)
    .fetch_all(&mut *conn)
    .await?;
    let segments = rows.iter().map(segment).collect::<Result<_, _>>()?;
    with_spaces(conn, segments).await
}

/// The viewer's live place at a forum, and their position when waiting.
pub(crate) async fn my_seat(
    conn: &mut SqliteConnection,
    id: ForumId,
    user_id: i64,
) -> Result<Option<(SeatStatus, Option<i64>)>, AppError> {
    let row = crate::server::lookups::live_place(
        conn,
        crate::server::lookups::Seats::Forum,
        id.0,
        user_id,
    )
    .await?;
    Ok(row.and_then(|(status, position)| crate::workshops::seat_of(&status, position)))
}

/// Whether the person has a seat (not a waitlist place) at the forum.
pub(crate) async fn takes_part(
    conn: &mut SqliteConnection,
    id: ForumId,
    user_id: i64,
) -> Result<bool, AppError> {
    Ok(matches!(
        my_seat(conn, id, user_id).await?,
        Some((SeatStatus::Registered, _))
    ))
}

/// A forum's page as the viewer may see it.
pub async fn forum_page(
    pool: &SqlitePool,
    viewer: Option<&Viewer>,
    id: ForumId,
) -> Result<ForumPage, AppError> {
    let mut conn = pool.acquire().await?;
    let card = card_of(&mut conn, id).await?;
    let (online_url, harvest): (Option<String>, String) =
        sqlx::query_as("SELECT online_url, harvest FROM forums WHERE id = ?")
            .bind(id)
            .fetch_one(&mut *conn)
            .await?;
    let place = sqlx::query(
        "SELECT p.id, p.name, p.address, p.lat, p.lon, p.accessibility
           FROM forums f JOIN places p ON p.id = f.place_id WHERE f.id = ?",
    )
    .bind(id)
    .fetch_optional(&mut *conn)
    .await?
    .map(|r| place_of(&r))
    .transpose()?;
    let now = now_local();
    let harvest_state = HarvestState::from_code(&harvest).unwrap_or(HarvestState::Open);
    let mut page = ForumPage {
        open: registration_open(&now, &card.closes_at),
        past: (card.day.as_str() < &now[..10] && !card.live) || card.ended,
        hosts: hosts(&mut conn, id).await?,
        flow: flow(&mut conn, id).await?,
        card,
        place,
        online: online_url.is_some(),
        online_url: None,
        mine: None,
        may_register: false,
        signed_in: viewer.is_some(),
        is_host: false,
        harvest: Vec::new(),
        harvest_state,
        born: born(&mut conn, id).await?,
        may_share: false,
        check_out: Vec::new(),
        may_reflect: false,
        my_reflection: None,
        reflections: None,
        cases: Vec::new(),
        case_ideas: Vec::new(),
        reached: Vec::new(),
        comment_ideas: Vec::new(),
        me: viewer.map(|v| v.id),
        parts: Vec::new(),
    };
    page.check_out = check_out(&page.flow);
    let mut sees_harvest = harvest_state == HarvestState::Published;
    if let Some(viewer) = viewer {
        page.may_register = viewer.may_publish();
        page.mine = my_seat(&mut conn, id, viewer.id).await?;
        page.is_host = is_host(&mut conn, viewer, id).await?;
        let taking_part = matches!(page.mine, Some((SeatStatus::Registered, _)));
        if page.is_host || taking_part {
            page.online_url = online_url;
        }
        sees_harvest |= page.is_host || (taking_part && harvest_state == HarvestState::Open);
        let begun = begun(&page.card, &now);
        // Named hosts and people who took part (not the whole steering group).
        let hosting = page.hosts.iter().any(|h| h.id == viewer.id);
        page.may_share = viewer.may_publish() && (hosting || taking_part) && begun;
        page.may_reflect = viewer.may_publish() && taking_part && begun;
        page.my_reflection = my_reflection(&mut conn, id, viewer.id).await?;
        if page.is_host {
            page.reflections = Some(reflection_count(&mut conn, id).await?);
        }
    }
    // Otherwise only the parts the hosts published on their own.
    page.harvest = notes(&mut conn, id, viewer.map(|v| v.id), sees_harvest).await?;
    if page.is_host {
        page.parts = parts(&mut conn, id).await?;
    }
    page.cases = cases(&mut conn, id).await?;
    page.reached = reached(&mut conn, id, &page.flow, page.card.ended).await?;
    if let Some(viewer) = viewer.filter(|v| v.may_publish()) {
        let part = page.is_host || matches!(page.mine, Some((SeatStatus::Registered, _)));
        if part && !page.past {
            page.case_ideas = case_ideas(&mut conn, viewer.id).await?;
        }
        if page.may_share {
            page.comment_ideas = comment_ideas(&page, case_ideas(&mut conn, viewer.id).await?);
        }
    }
    Ok(page)
}

/// The ideas a harvest note may be added to: born in the forum, brought to it as cases, and the
/// viewer's own; each once, by title.
fn comment_ideas(
    page: &ForumPage,
    own: Vec<(crate::common::ids::IdeaId, String)>,
) -> Vec<(crate::common::ids::IdeaId, String)> {
    let mut out: Vec<(crate::common::ids::IdeaId, String)> = page
        .born
        .iter()
        .map(|(id, title, _)| (*id, title.clone()))
        .chain(page.cases.iter().map(|c| (c.idea, c.idea_title.clone())))
        .chain(own)
        .collect();
    out.sort_by(|a, b| a.1.cmp(&b.1).then(a.0 .0.cmp(&b.0 .0)));
    out.dedup_by_key(|x| x.0);
    out
}

/// A forum has begun when its day has come, or its hosts started (or ended) it early.
pub(crate) fn begun(card: &ForumCard, now_local: &str) -> bool {
    card.day.as_str() <= &now_local[..10] || card.live || card.ended
}

/// The segment with this id, of this forum.
pub(crate) async fn segment_of(
    conn: &mut SqliteConnection,
    forum: ForumId,
    id: SegmentId,
) -> Result<Segment, AppError> {
    let row = sqlx::query(&format!(
        "SELECT {SEGMENT} FROM forum_segments WHERE forum_id = ? AND id = ?"
    ))
    .bind(forum)
    .bind(id)
    .fetch_optional(&mut *conn)
    .await?
    .ok_or(AppError::NotFound)?;
    let found = with_spaces(conn, vec![segment(&row)?]).await?;
    found.into_iter().next().ok_or(AppError::NotFound)
}
