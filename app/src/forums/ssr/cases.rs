//! Pro Action Café in SQL: case holders bring an idea already on Santaka (one they author, or
//! their team's) before the segment begins; its tables form around the cases (the holder hosts
//! table k, the k-th case); afterwards the holder records next steps, which become a comment on
//! the idea and tasks in its team's workspace.
use super::live::public_name;
use super::run::position;
use super::{card_of, flow, is_host, segment_of, takes_part};
use crate::common::error::AppError;
use crate::common::ids::{ForumId, IdeaId, SegmentId};
use crate::common::{Check, Viewer};
use crate::forums::pro_action::{steps_comment, steps_of, QUEST_MAX};
use crate::forums::{Case, Segment, SegmentKind};
use crate::server::db::begin_write;
use crate::server::live::{announce, Topic};
use sqlx::{SqliteConnection, SqlitePool};

/// The segments the forum has reached: all before the running one and it, or all once ended.
pub(crate) async fn reached(
    conn: &mut SqliteConnection,
    forum: ForumId,
    flow: &[Segment],
    ended: bool,
) -> Result<Vec<SegmentId>, AppError> {
    let upto = if ended {
        flow.len()
    } else {
        let (at, _, _) = position(conn, forum, flow).await?;
        at.map_or(0, |i| i + 1)
    };
    Ok(flow.iter().take(upto).map(|s| s.id).collect())
}

/// Every case of the forum's Pro Action Cafés whose idea is visible, segment by segment, each
/// with its table.
pub(crate) async fn cases(
    conn: &mut SqliteConnection,
    forum: ForumId,
) -> Result<Vec<Case>, AppError> {
    type Row = (
        i64,
        SegmentId,
        IdeaId,
        String,
        Option<String>,
        Option<i32>,
        bool,
        i64,
        String,
        String,
        Option<String>,
        bool,
        u32,
    );
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT c.id, c.segment_id, c.idea_id, i.title, u.display_name, u.birth_year,
                u.guardian_email IS NOT NULL, c.holder_id, c.quest, c.lang, c.next_steps,
                EXISTS (SELECT 1 FROM teams t WHERE t.idea_id = c.idea_id),
                (SELECT count(*) FROM forum_cases o WHERE o.segment_id = c.segment_id
                                                     AND o.id <= c.id)
           FROM forum_cases c
           JOIN forum_segments g ON g.id = c.segment_id
           JOIN ideas i ON i.id = c.idea_id
           JOIN users u ON u.id = c.holder_id
          WHERE g.forum_id = ? AND i.hidden_at IS NULL
          ORDER BY g.starts_min, c.id",
    )
    .bind(forum)
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(
            |(
                id,
                segment,
                idea,
                idea_title,
                name,
                year,
                guardian,
                holder_id,
                quest,
                lang,
                steps,
                team,
                table,
            )| Case {
                id,
                segment,
                table,
                idea,
                idea_title,
                holder: public_name(name, year, guardian),
                holder_id,
                quest,
                lang,
                next_steps: steps,
                has_team: team,
            },
        )
        .collect())
}

/// The visible ideas a person may bring as a case: theirs (as author or co-author) or their
/// team's (as lead or member).
pub(crate) async fn case_ideas(
    conn: &mut SqliteConnection,
    user: i64,
) -> Result<Vec<(IdeaId, String)>, AppError> {
    Ok(sqlx::query_as(
        "SELECT i.id, i.title FROM ideas i
          WHERE i.hidden_at IS NULL
            AND (i.author_id = ?1
                 OR EXISTS (SELECT 1 FROM idea_coauthors a WHERE a.idea_id = i.id AND a.user_id = ?1)
                 OR EXISTS (SELECT 1 FROM teams t JOIN team_members m ON m.team_id = t.id
                             WHERE t.idea_id = i.id AND m.user_id = ?1
                               AND m.role IN ('lead', 'member')))
          ORDER BY i.title",
    )
    .bind(user)
    .fetch_all(&mut *conn)
    .await?)
}

/// Someone taking part (or a host) brings a case to a Pro Action Café before it begins: one
/// of their ideas (or their team's) and their quest. One case per person and per idea, at most
/// as many as the segment's tables.
pub async fn bring_case(
    pool: &SqlitePool,
    viewer: &Viewer,
    forum: ForumId,
    segment: SegmentId,
    idea: Option<IdeaId>,
    quest: &str,
    lang: &str,
) -> Result<i64, AppError> {
    let mut tx = begin_write(pool).await?;
    let card = card_of(&mut tx, forum).await?;
    if !is_host(&mut tx, viewer, forum).await? && !takes_part(&mut tx, forum, viewer.id).await? {
        return Err(AppError::Forbidden);
    }
    let seg = segment_of(&mut tx, forum, segment).await?;
    if seg.kind != SegmentKind::ProAction {
        return Err(AppError::field("segment", "choice_invalid"));
    }
    let mut c = Check::new();
    if idea.is_none() {
        c.fail("idea", "missing");
    }
    c.length("quest", quest.trim(), 3, QUEST_MAX);
    c.finish().map_err(AppError::invalid)?;
    let idea = idea.unwrap_or(IdeaId(0));
    let flow = flow(&mut tx, forum).await?;
    if reached(&mut tx, forum, &flow, card.ended)
        .await?
        .contains(&segment)
    {
        return Err(AppError::field("form", "segment_begun"));
    }
    if !case_ideas(&mut tx, viewer.id)
        .await?
        .iter()
        .any(|(id, _)| *id == idea)
    {
        return Err(AppError::field("idea", "choice_invalid"));
    }
    let (count, mine, same): (u32, bool, bool) = sqlx::query_as(
        "SELECT count(*), coalesce(max(holder_id = ?), 0), coalesce(max(idea_id = ?), 0)
           FROM forum_cases WHERE segment_id = ?",
    )
    .bind(viewer.id)
    .bind(idea)
    .bind(segment)
    .fetch_one(&mut *tx)
    .await?;
    if mine {
        return Err(AppError::field("idea", "one_case"));
    }
    if same {
        return Err(AppError::field("idea", "case_twice"));
    }
    if count >= seg.tables.unwrap_or(1) {
        return Err(AppError::field("form", "cases_full"));
    }
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO forum_cases (segment_id, holder_id, idea_id, quest, lang)
         VALUES (?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(segment)
    .bind(viewer.id)
    .bind(idea)
    .bind(quest.trim())
    .bind(lang)
    .fetch_one(&mut *tx)
    .await?;
    tx.commit().await?;
    announce(Topic::Forum(forum));
    Ok(id)
}

/// The case holders of a Pro Action Café, table by table: the holders host their tables.
pub(crate) async fn holders(
    conn: &mut SqliteConnection,
    segment: SegmentId,
) -> Result<Vec<i64>, AppError> {
    let rows: Vec<(i64,)> =
        sqlx::query_as("SELECT holder_id FROM forum_cases WHERE segment_id = ? ORDER BY id")
            .bind(segment)
            .fetch_all(&mut *conn)
            .await?;
    Ok(rows.into_iter().map(|(h,)| h).collect())
}

/// Once its Pro Action Café has begun, the case holder records the next steps (one per line):
/// they become a comment on the idea (its authors and followers hear of it) and, when the idea
/// has a team, tasks in the team's workspace. Recorded once. Returns how many tasks were made.
pub async fn record_next_steps(
    pool: &SqlitePool,
    viewer: &Viewer,
    forum: ForumId,
    case: i64,
    steps: &str,
) -> Result<usize, AppError> {
    let mut tx = begin_write(pool).await?;
    let card = card_of(&mut tx, forum).await?;
    let row: Option<(SegmentId, i64, IdeaId, String, Option<String>)> = sqlx::query_as(
        "SELECT c.segment_id, c.holder_id, c.idea_id, c.quest, c.next_steps
           FROM forum_cases c JOIN forum_segments g ON g.id = c.segment_id
          WHERE c.id = ? AND g.forum_id = ?",
    )
    .bind(case)
    .bind(forum)
    .fetch_optional(&mut *tx)
    .await?;
    let (segment, holder, idea, quest, recorded) = row.ok_or(AppError::NotFound)?;
    if holder != viewer.id {
        return Err(AppError::Forbidden);
    }
    let steps = steps_of(steps).map_err(|code| AppError::field("steps", code))?;
    if recorded.is_some() {
        return Err(AppError::field("steps", "already_recorded"));
    }
    let flow = flow(&mut tx, forum).await?;
    if !reached(&mut tx, forum, &flow, card.ended)
        .await?
        .contains(&segment)
    {
        return Err(AppError::field("steps", "segment_not_begun"));
    }
    let body = steps_comment(&card.title, &quest, &steps);
    crate::server::comments::write(&mut tx, viewer, idea, None, &body, None).await?;
    let team: Option<(crate::common::ids::TeamId,)> =
        sqlx::query_as("SELECT id FROM teams WHERE idea_id = ?")
            .bind(idea)
            .fetch_optional(&mut *tx)
            .await?;
    let mut made = 0;
    if let Some((team,)) = team {
        for step in &steps {
            sqlx::query(
                "INSERT INTO team_tasks (team_id, title, created_by, case_id) VALUES (?, ?, ?, ?)",
            )
            .bind(team)
            .bind(step)
            .bind(viewer.id)
            .bind(case)
            .execute(&mut *tx)
            .await?;
            made += 1;
        }
        sqlx::query("UPDATE teams SET activity_at = datetime('now') WHERE id = ?")
            .bind(team)
            .execute(&mut *tx)
            .await?;
    }
    sqlx::query("UPDATE forum_cases SET next_steps = ?, steps_at = datetime('now') WHERE id = ?")
        .bind(steps.join("\n"))
        .bind(case)
        .execute(&mut *tx)
        .await?;
    crate::server::mail::commit_and_send(tx).await?;
    if let Some((team,)) = team {
        announce(Topic::Team(team));
    }
    announce(Topic::Forum(forum));
    Ok(made)
}
