//! Running a forum live: the host's "next" (the next round, the next segment, the end), the
//! World Café's seating when a café starts (`forums::seating`, stored per round), late arrivals
//! seated without moving anyone. Every change is announced on the forum's live channel.
use super::{flow, require_host};
use crate::common::error::AppError;
use crate::common::ids::{ForumId, SegmentId};
use crate::common::sectors::sectors_of;
use crate::common::Viewer;
use crate::forums::seating::{add_late, seat, Guest, Seating};
use crate::forums::{may_advance, next_step, sector_bits, Next, Segment, SegmentKind};
use crate::server::db::begin_write;
use crate::server::live::{announce, Topic};
use sqlx::{SqliteConnection, SqlitePool};

/// Where the forum stands: the running segment's index in the flow, its round, and the seconds
/// since the round began.
pub(crate) async fn position(
    conn: &mut SqliteConnection,
    id: ForumId,
    flow: &[Segment],
) -> Result<(Option<usize>, u32, i64), AppError> {
    let (segment, round, elapsed): (Option<SegmentId>, u32, Option<i64>) = sqlx::query_as(
        "SELECT live_segment, live_round,
                CAST((julianday('now') - julianday(live_since)) * 86400 AS INTEGER)
           FROM forums WHERE id = ?",
    )
    .bind(id)
    .fetch_one(&mut *conn)
    .await?;
    let at = segment.and_then(|s| flow.iter().position(|x| x.id == s));
    Ok((at, round, elapsed.unwrap_or(0)))
}

/// What the host's "next" did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Advanced {
    pub next: Next,
    /// People seated, when a World Café began.
    pub seated: usize,
}

/// The host moves the forum on: to the next round of the running segment, to the next segment
/// (a World Café seats everyone checked in, `table_hosts[k]` hosting table k + 1), or to the
/// end. A round gives way only when its time is up, unless the host ends it `early`. `seen` is
/// the segment and round the host's console showed: if another host (or a second press) moved
/// the forum meanwhile, nothing happens and the answer is a conflict.
pub async fn advance(
    pool: &SqlitePool,
    viewer: &Viewer,
    id: ForumId,
    early: bool,
    table_hosts: &[Option<i64>],
    seen: Option<(Option<SegmentId>, u32)>,
) -> Result<Advanced, AppError> {
    let mut tx = begin_write(pool).await?;
    let card = require_host(&mut tx, viewer, id).await?;
    if card.ended {
        return Err(AppError::field("form", "forum_ended"));
    }
    let flow = flow(&mut tx, id).await?;
    let (at, round, elapsed) = position(&mut tx, id, &flow).await?;
    if let Some(seen) = seen {
        if seen != (at.map(|i| flow[i].id), round) {
            return Err(AppError::Conflict);
        }
    }
    if let Some(seg) = at.and_then(|i| flow.get(i)) {
        if !may_advance(seg, elapsed, early) {
            return Err(AppError::field("early", "round_not_over"));
        }
    }
    let next = next_step(&flow, at, round);
    let mut seated = 0;
    match next {
        Next::Round(r) => {
            sqlx::query(
                "UPDATE forums SET live_round = ?, live_since = datetime('now') WHERE id = ?",
            )
            .bind(r)
            .bind(id)
            .execute(&mut *tx)
            .await?;
        }
        Next::Segment(i) => {
            let seg = &flow[i];
            if seg.kind == SegmentKind::Cafe {
                let tables = seg.tables.unwrap_or(1).max(1) as usize;
                seated = seat_cafe(&mut tx, id, seg, tables, table_hosts, true).await?;
            } else if seg.kind == SegmentKind::ProAction {
                // Tables form around the cases, each holder hosting theirs.
                let holders: Vec<Option<i64>> = super::holders(&mut tx, seg.id)
                    .await?
                    .into_iter()
                    .map(Some)
                    .collect();
                let tables = table_count(&mut tx, seg).await?;
                seated = seat_cafe(&mut tx, id, seg, tables, &holders, false).await?;
            }
            sqlx::query(
                "UPDATE forums SET live_segment = ?, live_round = 1, live_since = datetime('now')
                  WHERE id = ?",
            )
            .bind(seg.id)
            .bind(id)
            .execute(&mut *tx)
            .await?;
        }
        Next::End => {
            sqlx::query(
                "UPDATE forums SET live_segment = NULL, live_round = 0, live_since = NULL,
                                   ended_at = datetime('now')
                  WHERE id = ?",
            )
            .bind(id)
            .execute(&mut *tx)
            .await?;
        }
    }
    tx.commit().await?;
    announce(Topic::Forum(id));
    Ok(Advanced { next, seated })
}

/// The people checked in, as the seating sees them: (user id, guest).
async fn checked_in(
    conn: &mut SqliteConnection,
    id: ForumId,
) -> Result<Vec<(i64, Guest)>, AppError> {
    let rows: Vec<(i64, String, bool, Option<i64>)> = sqlx::query_as(
        "SELECT s.user_id, s.sectors, s.stays,
                (SELECT min(m.team_id) FROM team_members m
                  WHERE m.user_id = s.user_id AND m.role IN ('lead', 'member'))
           FROM forum_seats s
          WHERE s.forum_id = ? AND s.status = 'registered' AND s.checked_in_at IS NOT NULL
          ORDER BY s.checked_in_at, s.id",
    )
    .bind(id)
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(user, sectors, stays, team)| {
            (
                user,
                Guest {
                    sectors: sector_bits(&sectors_of(Some(&sectors))),
                    team,
                    hosts: None,
                    stays,
                },
            )
        })
        .collect())
}

/// Seats everyone checked in at a café's `tables` for all its rounds, and stores it.
/// `table_hosts[k]` hosts table k + 1; with `strict`, a host not checked in is an error (the
/// console chose them), else their table simply has no host (a case holder who did not come).
async fn seat_cafe(
    conn: &mut SqliteConnection,
    id: ForumId,
    seg: &Segment,
    tables: usize,
    table_hosts: &[Option<i64>],
    strict: bool,
) -> Result<usize, AppError> {
    // Nobody checked in yet: the café starts empty and each person checked in later gets a
    // table (`seat_late`).
    let mut people = checked_in(conn, id).await?;
    for (k, host) in table_hosts.iter().take(tables).enumerate() {
        let Some(host) = host else { continue };
        let Some(guest) = people.iter_mut().find(|(user, _)| user == host) else {
            if strict {
                return Err(AppError::field("table_hosts", "not_checked_in"));
            }
            continue;
        };
        if guest.1.hosts.is_some() {
            return Err(AppError::field("table_hosts", "host_twice"));
        }
        guest.1.hosts = Some(k);
    }
    let guests: Vec<Guest> = people.iter().map(|(_, g)| g.clone()).collect();
    let rounds = seg.rounds() as usize;
    let seed = ((id.0 as u64) << 20) ^ seg.id.0 as u64;
    let seating = seat(&guests, tables, rounds, seed);
    sqlx::query("DELETE FROM forum_tables WHERE segment_id = ?")
        .bind(seg.id)
        .execute(&mut *conn)
        .await?;
    store(conn, seg.id, &people, &seating, 0).await?;
    Ok(people.len())
}

/// How many tables a café seats at: a Pro Action Café one per case (as many as it has tables
/// when nobody brought one), a World Café its count.
async fn table_count(conn: &mut SqliteConnection, seg: &Segment) -> Result<usize, AppError> {
    let planned = seg.tables.unwrap_or(1).max(1) as usize;
    if seg.kind != SegmentKind::ProAction {
        return Ok(planned);
    }
    let cases = super::holders(conn, seg.id).await?.len();
    Ok(if cases == 0 { planned } else { cases })
}

/// Writes the seating's rows from round index `from` on.
async fn store(
    conn: &mut SqliteConnection,
    segment: SegmentId,
    people: &[(i64, Guest)],
    seating: &Seating,
    from: usize,
) -> Result<(), AppError> {
    for (r, round) in seating.rounds.iter().enumerate().skip(from) {
        for (p, table) in round.iter().enumerate() {
            let Some(table) = table else { continue };
            sqlx::query(
                "INSERT OR IGNORE INTO forum_tables (segment_id, round, user_id, table_no, hosts)
                 VALUES (?, ?, ?, ?, ?)",
            )
            .bind(segment)
            .bind(r as i64 + 1)
            .bind(people[p].0)
            .bind(*table as i64 + 1)
            .bind(people[p].1.hosts.is_some())
            .execute(&mut *conn)
            .await?;
        }
    }
    Ok(())
}

/// During a World Café, seats the people checked in who have no table in the running round,
/// from that round on, without moving anyone else.
pub(crate) async fn seat_late(conn: &mut SqliteConnection, id: ForumId) -> Result<usize, AppError> {
    let flow = flow(conn, id).await?;
    let (at, round, _) = position(conn, id, &flow).await?;
    let Some(seg) = at
        .and_then(|i| flow.get(i))
        .filter(|s| s.kind.seats_tables())
    else {
        return Ok(0);
    };
    let rows: Vec<(i64, i64, i64, bool)> = sqlx::query_as(
        "SELECT user_id, round, table_no, hosts FROM forum_tables WHERE segment_id = ?
          ORDER BY user_id, round",
    )
    .bind(seg.id)
    .fetch_all(&mut *conn)
    .await?;
    let here = checked_in(conn, id).await?;
    // Everyone seated so far, in a fixed order, then the late ones one by one.
    let mut people: Vec<(i64, Guest)> = Vec::new();
    for (user, _, _, hosts) in &rows {
        if !people.iter().any(|(u, _)| u == user) {
            let mut guest = here
                .iter()
                .find(|(u, _)| u == user)
                .map(|(_, g)| g.clone())
                .unwrap_or_default();
            guest.hosts = hosts.then_some(0);
            people.push((*user, guest));
        }
    }
    let rounds = seg.rounds() as usize;
    let mut seating = Seating {
        tables: table_count(conn, seg).await?,
        rounds: vec![vec![None; people.len()]; rounds],
    };
    for (user, r, table, _) in &rows {
        if let Some(p) = people.iter().position(|(u, _)| u == user) {
            if let Some(slot) = seating.rounds.get_mut(*r as usize - 1) {
                slot[p] = Some(*table as usize - 1);
            }
        }
    }
    let from = round.max(1) as usize - 1;
    let late: Vec<(i64, Guest)> = here
        .into_iter()
        .filter(|(user, _)| !people.iter().any(|(u, _)| u == user))
        .collect();
    let count = late.len();
    for person in late {
        people.push(person);
        let guests: Vec<Guest> = people.iter().map(|(_, g)| g.clone()).collect();
        add_late(&mut seating, &guests, from);
    }
    if count > 0 {
        store(conn, seg.id, &people, &seating, from).await?;
    }
    Ok(count)
}
