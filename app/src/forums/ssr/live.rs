//! What a forum shows while it runs: the participant's phone and the room's screen
//! ([`live_forum`]), and the host's console ([`console`]).
use super::run::position;
use super::{card_of, flow, is_host, my_seat, notes, require_host, seat_rows};
use crate::common::error::AppError;
use crate::common::ids::{ForumId, SegmentId};
use crate::common::{current_year, is_minor, Viewer};
use crate::forums::{
    room_name, seconds_left, CafeSeating, Console, HarvestState, LiveForum, SeatingCards, Segment,
    SegmentKind, TableList,
};
use crate::workshops::SeatStatus;
use sqlx::{SqliteConnection, SqlitePool};

/// How a person is named where anyone can read it (the room screen, the Open Space grid): in
/// full only when known to be an adult; no birth year, a guardian or under 18 means the first
/// name only.
pub(crate) fn public_name(name: Option<String>, birth_year: Option<i32>, guardian: bool) -> String {
    let child = birth_year.is_none() || guardian || is_minor(birth_year, current_year());
    room_name(name.as_deref().unwrap_or("–"), child)
}

/// The tables of one round, by number, with their people (first names only for minors).
async fn tables(
    conn: &mut SqliteConnection,
    segment: SegmentId,
    round: u32,
) -> Result<Vec<TableList>, AppError> {
    // (table, name, birth year, has a guardian, hosts the table)
    type Row = (i64, Option<String>, Option<i32>, bool, bool);
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT t.table_no, u.display_name, u.birth_year, u.guardian_email IS NOT NULL, t.hosts
           FROM forum_tables t JOIN users u ON u.id = t.user_id
          WHERE t.segment_id = ? AND t.round = ?
          ORDER BY t.table_no, t.hosts DESC, u.display_name",
    )
    .bind(segment)
    .bind(round)
    .fetch_all(&mut *conn)
    .await?;
    let mut out: Vec<TableList> = Vec::new();
    for (table, name, birth_year, guardian, hosts) in rows {
        let name = public_name(name, birth_year, guardian);
        let table = table as u32;
        if out.last().is_none_or(|t| t.table != table) {
            out.push(TableList {
                table,
                people: Vec::new(),
                host: None,
                case: None,
            });
        }
        let last = out.last_mut().expect("pushed above");
        if hosts {
            last.host = Some(name);
        } else {
            last.people.push(name);
        }
    }
    Ok(out)
}

/// The viewer's table in a round, and whether they host it.
pub(crate) async fn table_of(
    conn: &mut SqliteConnection,
    segment: SegmentId,
    round: u32,
    user_id: i64,
) -> Result<Option<(u32, bool)>, AppError> {
    let row: Option<(i64, bool)> = sqlx::query_as(
        "SELECT table_no, hosts FROM forum_tables WHERE segment_id = ? AND round = ? AND user_id = ?",
    )
    .bind(segment)
    .bind(round)
    .bind(user_id)
    .fetch_optional(&mut *conn)
    .await?;
    Ok(row.map(|(t, h)| (t as u32, h)))
}

/// The forum as it runs, for anyone (the room screen needs no sign-in): the segment, round,
/// question and time left; for a participant their table; for people taking part and hosts the
/// harvest so far.
pub async fn live_forum(
    pool: &SqlitePool,
    viewer: Option<&Viewer>,
    id: ForumId,
) -> Result<LiveForum, AppError> {
    let mut conn = pool.acquire().await?;
    let card = card_of(&mut conn, id).await?;
    let flow = flow(&mut conn, id).await?;
    let (at, round, elapsed) = position(&mut conn, id, &flow).await?;
    let segment: Option<Segment> = at.and_then(|i| flow.get(i)).cloned();
    let mut live = LiveForum {
        forum: id,
        title: card.title,
        lang: card.lang,
        round,
        rounds: segment.as_ref().map_or(0, Segment::rounds),
        question: segment
            .as_ref()
            .and_then(|s| s.question(round))
            .map(String::from),
        seconds_left: segment.as_ref().map(|s| seconds_left(s, elapsed)),
        my_table: None,
        tables: Vec::new(),
        notes: Vec::new(),
        may_write: false,
        is_host: false,
        signed_in: viewer.is_some(),
        ended: card.ended,
        grid: None,
        cases: Vec::new(),
        segment,
    };
    if let Some(seg) = live.segment.as_ref().filter(|s| s.kind.seats_tables()) {
        live.tables = tables(&mut conn, seg.id, round).await?;
    }
    if let Some(seg) = live
        .segment
        .as_ref()
        .filter(|s| s.kind == SegmentKind::ProAction)
    {
        live.cases = super::cases(&mut conn, id)
            .await?
            .into_iter()
            .filter(|c| c.segment == seg.id)
            .collect();
        for table in &mut live.tables {
            table.case = live
                .cases
                .iter()
                .find(|c| c.table == table.table)
                .map(|c| c.idea_title.clone());
        }
    }
    if let Some(seg) = live
        .segment
        .clone()
        .filter(|s| s.kind == SegmentKind::OpenSpace)
    {
        live.grid = Some(super::grid(&mut conn, viewer, id, &seg).await?);
    }
    let Some(viewer) = viewer else {
        return Ok(live);
    };
    live.is_host = is_host(&mut conn, viewer, id).await?;
    let taking_part = matches!(
        my_seat(&mut conn, id, viewer.id).await?,
        Some((SeatStatus::Registered, _))
    );
    if let Some(seg) = &live.segment {
        live.my_table = table_of(&mut conn, seg.id, round, viewer.id).await?;
        live.may_write = viewer.may_publish() && (taking_part || live.is_host);
    }
    let (harvest,): (String,) = sqlx::query_as("SELECT harvest FROM forums WHERE id = ?")
        .bind(id)
        .fetch_one(&mut *conn)
        .await?;
    if live.is_host
        || (taking_part && harvest == HarvestState::Open.code())
        || harvest == HarvestState::Published.code()
    {
        live.notes = notes(&mut conn, id, Some(viewer.id), true).await?;
    }
    Ok(live)
}

/// The host's console: the live state, the flow, who registered and who has come.
pub async fn console(pool: &SqlitePool, viewer: &Viewer, id: ForumId) -> Result<Console, AppError> {
    {
        let mut conn = pool.acquire().await?;
        require_host(&mut conn, viewer, id).await?;
    }
    let live = live_forum(pool, Some(viewer), id).await?;
    let mut conn = pool.acquire().await?;
    let seats = seat_rows(&mut conn, id).await?;
    let flow = flow(&mut conn, id).await?;
    let mut unseated = 0;
    if let Some(seg) = live.segment.as_ref().filter(|s| s.kind.seats_tables()) {
        let (n,): (i64,) = sqlx::query_as(
            "SELECT count(*) FROM forum_seats s
              WHERE s.forum_id = ? AND s.status = 'registered' AND s.checked_in_at IS NOT NULL
                AND NOT EXISTS (SELECT 1 FROM forum_tables t
                                 WHERE t.segment_id = ? AND t.round = ? AND t.user_id = s.user_id)",
        )
        .bind(id)
        .bind(seg.id)
        .bind(live.round)
        .fetch_one(&mut *conn)
        .await?;
        unseated = n as usize;
    }
    Ok(Console {
        round_over: live.seconds_left == Some(0),
        live,
        flow,
        seats,
        unseated,
    })
}

/// Every café's seating, for the hosts to print.
pub async fn seating_cards(
    pool: &SqlitePool,
    viewer: &Viewer,
    id: ForumId,
) -> Result<SeatingCards, AppError> {
    let mut conn = pool.acquire().await?;
    let card = require_host(&mut conn, viewer, id).await?;
    let mut cafes = Vec::new();
    for seg in flow(&mut conn, id).await? {
        if !seg.kind.seats_tables() {
            continue;
        }
        let rows: Vec<(i64, Option<String>, i64, i64)> = sqlx::query_as(
            "SELECT t.user_id, u.display_name, t.round, t.table_no
               FROM forum_tables t JOIN users u ON u.id = t.user_id
              WHERE t.segment_id = ? ORDER BY u.display_name, t.user_id, t.round",
        )
        .bind(seg.id)
        .fetch_all(&mut *conn)
        .await?;
        if rows.is_empty() {
            continue;
        }
        let rounds_n = seg.rounds();
        let mut rounds = Vec::new();
        for round in 1..=rounds_n {
            rounds.push(tables(&mut conn, seg.id, round).await?);
        }
        let mut cards: Vec<(i64, String, Vec<Option<u32>>)> = Vec::new();
        for (user, name, round, table) in rows {
            if cards.last().is_none_or(|c| c.0 != user) {
                cards.push((
                    user,
                    name.unwrap_or_default(),
                    vec![None; rounds_n as usize],
                ));
            }
            if let Some(slot) = cards
                .last_mut()
                .and_then(|c| c.2.get_mut(round as usize - 1))
            {
                *slot = Some(table as u32);
            }
        }
        cafes.push(CafeSeating {
            segment: seg,
            rounds,
            cards: cards.into_iter().map(|(_, n, t)| (n, t)).collect(),
        });
    }
    Ok(SeatingCards {
        forum: id,
        title: card.title,
        cafes,
    })
}
