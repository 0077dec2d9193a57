//! A year of activity for the steering group's desk: forty more ideas written for Santaka
//! (`year/sparks.rs`, `year/teams.rs`), shared between six and twelve months ago, each with the
//! path it went (spark, shaping, a team, a workshop, ready, realised, or archived) and, from
//! "team" on, the team that took it on; and the stage history of the demo's own ideas told
//! from what they show (a team's founding, a workshop attended, an approved gate), so the
//! desk's charts of how ideas move have a year's shape. Every idea and team of the year is
//! older than the demo's own, so the lists' first pages stay as they were. Seeded once, after
//! the demo's ideas and teams: nothing when its first idea is there already.
use crate::common::error::{internal, AppError};
use crate::common::lang::detect_lang;
use crate::common::sectors::Sector;
use serde::Deserialize;
use sqlx::SqliteConnection;
use std::collections::HashMap;

mod sparks;
mod teams;

/// The path of an idea, in order; "archived" may end it anywhere.
const PATH: [&str; 6] = ["spark", "shaping", "team", "workshop", "ready", "realised"];

const DEMO_IDEAS: &str = include_str!("../../demo/ideas.json");

#[derive(Deserialize)]
struct DemoFile {
    ideas: Vec<DemoTitle>,
}

#[derive(Deserialize)]
struct DemoTitle {
    title: String,
}

/// An idea of the year before the demo's own.
pub struct YearIdea {
    pub author: &'static str,
    pub lang: &'static str,
    pub title: &'static str,
    pub summary: &'static str,
    pub sectors: &'static [&'static str],
    pub tags: &'static [&'static str],
    pub district: Option<&'static str>,
    /// What it needs: a venue, money, materials.
    pub needs: [bool; 3],
    /// How many days ago it reached each stage of the path in turn, from its spark.
    pub path: &'static [i64],
    /// How many days ago it was archived, and why.
    pub archived: Option<(i64, &'static str)>,
    /// Days since its last edit, comment or support.
    pub active: i64,
    pub team: Option<YearTeam>,
}

/// The team that took an idea on, formed the day the idea reached "team".
pub struct YearTeam {
    pub name: &'static str,
    pub description: &'static str,
    pub lead: &'static str,
    pub members: &'static [&'static str],
}

/// Every idea of the year: those that stayed sparks or in shaping first, then those with teams.
pub fn ideas() -> impl Iterator<Item = &'static YearIdea> {
    sparks::SPARKS.iter().chain(teams::TEAMS.iter())
}

/// Seeds the year once: the ideas, their versions, sectors, tags, teams and stage histories,
/// and the demo ideas' stage histories retold. Nothing when its first idea is there already,
/// or when the demo's ideas or any of its people are missing.
pub async fn seed(conn: &mut SqliteConnection) -> Result<(), AppError> {
    let file: DemoFile = serde_json::from_str(DEMO_IDEAS).map_err(internal)?;
    let (Some(first), Some(demo)) = (ideas().next(), file.ideas.first()) else {
        return Ok(());
    };
    let (done, demo_there): (bool, bool) = sqlx::query_as(
        "SELECT EXISTS (SELECT 1 FROM ideas WHERE title = ?),
                EXISTS (SELECT 1 FROM ideas WHERE title = ?)",
    )
    .bind(first.title)
    .bind(&demo.title)
    .fetch_one(&mut *conn)
    .await?;
    if done || !demo_there {
        return Ok(());
    }
    let people = crate::demo::ideas::demo_people(&mut *conn).await?;
    let mut named = ideas().flat_map(|idea| {
        std::iter::once(idea.author).chain(
            idea.team
                .iter()
                .flat_map(|team| std::iter::once(team.lead).chain(team.members.iter().copied())),
        )
    });
    if named.any(|key| !people.contains_key(key)) {
        return Ok(());
    }
    let (now,): (f64,) = sqlx::query_as("SELECT julianday('now')")
        .fetch_one(&mut *conn)
        .await?;
    for idea in ideas() {
        write_idea(conn, &people, now, idea).await?;
    }
    for demo in &file.ideas {
        retell(conn, now, &demo.title).await?;
    }
    Ok(())
}

/// One idea of the year with its first version, sectors, tags, history and team.
async fn write_idea(
    conn: &mut SqliteConnection,
    people: &HashMap<String, i64>,
    now: f64,
    idea: &YearIdea,
) -> Result<(), AppError> {
    let person = |key: &str| {
        people
            .get(key)
            .copied()
            .ok_or_else(|| internal(format!("the demo year names unknown person {key}")))
    };
    let at = |days: i64| now - days as f64;
    let author = person(idea.author)?;
    let created = at(*idea
        .path
        .first()
        .ok_or_else(|| internal(format!("{} has no path", idea.title)))?);
    let stage = match idea.archived {
        Some(_) => "archived",
        None => PATH
            .get(idea.path.len() - 1)
            .copied()
            .ok_or_else(|| internal(format!("{} goes past the path", idea.title)))?,
    };
    let tags: Vec<String> = idea.tags.iter().map(|t| t.to_lowercase()).collect();
    let [venue, money, materials] = idea.needs;
    let (idea_id,): (i64,) = sqlx::query_as(
        "INSERT INTO ideas (author_id, title, summary, tags, district, need_venue, need_money,
                            need_materials, lang, stage, archived_reason, created_at, updated_at,
                            activity_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, datetime(?), datetime(?), datetime(?))
         RETURNING id",
    )
    .bind(author)
    .bind(idea.title)
    .bind(idea.summary)
    .bind(tags.join(", "))
    .bind(idea.district)
    .bind(venue)
    .bind(money)
    .bind(materials)
    .bind(idea.lang)
    .bind(stage)
    .bind(idea.archived.map(|(_, reason)| reason))
    .bind(created)
    .bind(created)
    .bind(at(idea.active))
    .fetch_one(&mut *conn)
    .await?;
    for sector in idea.sectors {
        sqlx::query("INSERT OR IGNORE INTO idea_sectors (idea_id, sector) VALUES (?, ?)")
            .bind(idea_id)
            .bind(*sector)
            .execute(&mut *conn)
            .await?;
    }
    for tag in &tags {
        sqlx::query("INSERT OR IGNORE INTO idea_tags (idea_id, tag) VALUES (?, ?)")
            .bind(idea_id)
            .bind(tag.as_str())
            .execute(&mut *conn)
            .await?;
    }
    // The sectors in their own order, as every version stores them.
    let sectors = Sector::ALL
        .iter()
        .filter(|s| idea.sectors.contains(&s.code()))
        .map(|s| s.code())
        .collect::<Vec<_>>()
        .join(",");
    sqlx::query(
        "INSERT INTO idea_versions (idea_id, version, editor_id, title, summary, description, tags,
                sectors, district, need_skills, need_venue, need_money, need_materials, needs_note,
                created_at)
         VALUES (?, 1, ?, ?, ?, '', ?, ?, ?, '', ?, ?, ?, '', datetime(?))",
    )
    .bind(idea_id)
    .bind(author)
    .bind(idea.title)
    .bind(idea.summary)
    .bind(tags.join(", "))
    .bind(sectors)
    .bind(idea.district)
    .bind(venue)
    .bind(money)
    .bind(materials)
    .bind(created)
    .execute(&mut *conn)
    .await?;
    let mut steps: Vec<(&str, f64)> = PATH
        .iter()
        .zip(idea.path)
        .map(|(stage, days)| (*stage, at(*days)))
        .collect();
    if let Some((days, _)) = idea.archived {
        steps.push(("archived", at(days)));
    }
    write_history(conn, idea_id, &steps).await?;
    let Some(team) = &idea.team else {
        return Ok(());
    };
    let formed = idea
        .path
        .get(2)
        .map(|days| at(*days))
        .ok_or_else(|| internal(format!("{} has a team before its stage", idea.title)))?;
    let moved = steps.last().map_or(formed, |&(_, day)| day);
    let lead = person(team.lead)?;
    let text = format!("{} {}", team.name, team.description);
    let (team_id,): (i64,) = sqlx::query_as(
        "INSERT INTO teams (idea_id, name, description, created_by, created_at, activity_at, lang)
         VALUES (?, ?, ?, ?, datetime(?), datetime(?), ?) RETURNING id",
    )
    .bind(idea_id)
    .bind(team.name)
    .bind(team.description)
    .bind(lead)
    .bind(formed)
    .bind(moved)
    .bind(detect_lang(&text, "lt"))
    .fetch_one(&mut *conn)
    .await?;
    let crew = std::iter::once((team.lead, "lead"))
        .chain(team.members.iter().map(|member| (*member, "member")));
    // The lead on the day it was formed, the others a day apart after.
    for (joined, (key, role)) in crew.enumerate() {
        sqlx::query(
            "INSERT INTO team_members (team_id, user_id, role, joined_at)
             VALUES (?, ?, ?, datetime(?)) ON CONFLICT DO NOTHING",
        )
        .bind(team_id)
        .bind(person(key)?)
        .bind(role)
        .bind(formed + joined as f64)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// Replaces an idea's stage history with these steps, oldest first: (stage, Julian day).
async fn write_history(
    conn: &mut SqliteConnection,
    idea_id: i64,
    steps: &[(&str, f64)],
) -> Result<(), AppError> {
    sqlx::query("DELETE FROM idea_stage_changes WHERE idea_id = ?")
        .bind(idea_id)
        .execute(&mut *conn)
        .await?;
    let mut from: Option<&str> = None;
    for &(stage, at) in steps {
        sqlx::query(
            "INSERT INTO idea_stage_changes (idea_id, from_stage, to_stage, at)
             VALUES (?, ?, ?, datetime(?))",
        )
        .bind(idea_id)
        .bind(from)
        .bind(stage)
        .bind(at)
        .execute(&mut *conn)
        .await?;
        from = Some(stage);
    }
    Ok(())
}

/// Tells a demo idea's stage history from what the demo shows of it (its insertion recorded
/// only its present stage, at the day it was shared).
async fn retell(conn: &mut SqliteConnection, now: f64, title: &str) -> Result<(), AppError> {
    type Marks = (
        i64,
        String,
        f64,
        f64,
        Option<f64>,
        Option<f64>,
        Option<f64>,
        Option<f64>,
    );
    let row: Option<Marks> = sqlx::query_as(
        "SELECT i.id, i.stage, julianday(i.created_at), julianday(i.activity_at),
                julianday(t.created_at),
                (SELECT min(julianday(w.day) + w.starts_min / 1440.0)
                   FROM workshop_seats s JOIN workshops w ON w.id = s.workshop_id
                   JOIN team_members m ON m.user_id = s.user_id AND m.role IN ('lead', 'member')
                  WHERE m.team_id = t.id AND s.attended = 1),
                (SELECT min(julianday(g.decided_at)) FROM gate_requests g
                  WHERE g.idea_id = i.id AND g.status = 'approved' AND g.to_stage = 'ready'),
                (SELECT min(julianday(g.decided_at)) FROM gate_requests g
                  WHERE g.idea_id = i.id AND g.status = 'approved' AND g.to_stage = 'realised')
           FROM ideas i LEFT JOIN teams t ON t.idea_id = i.id
          WHERE i.title = ? ORDER BY i.id LIMIT 1",
    )
    .bind(title)
    .fetch_optional(&mut *conn)
    .await?;
    let Some((id, stage, created, activity, team, attended, ready, realised)) = row else {
        return Ok(());
    };
    let steps = history(
        &stage,
        created,
        activity,
        now,
        [team, attended, ready, realised],
    );
    write_history(conn, id, &steps).await
}

/// The stages an idea went through and when (Julian days), from its marks: shared at
/// `created`, then its team's founding, its team's first workshop, its approved gates to
/// "ready" and "realised". A workshop that does not fit between the marks around it (or today)
/// is not taken as one. A stage without a mark sits evenly between its neighbours (the last
/// one before its latest activity). Each step is at least an hour after the one before. An
/// archived idea was a spark until it was archived at its last activity.
fn history(
    stage: &str,
    created: f64,
    activity: f64,
    now: f64,
    marks: [Option<f64>; 4],
) -> Vec<(&'static str, f64)> {
    const HOUR: f64 = 1.0 / 24.0;
    if stage == "archived" {
        return vec![
            ("spark", created),
            (
                "archived",
                activity.max(created + 1.0).min(now).max(created + HOUR),
            ),
        ];
    }
    let reached = PATH.iter().position(|s| *s == stage).unwrap_or(0);
    let [team, attended, ready, realised] = marks;
    let mut known: Vec<Option<f64>> = [Some(created), None, team, None, ready, realised]
        .into_iter()
        .take(reached + 1)
        .collect();
    let latest = known.iter().flatten().fold(created, |a, b| a.max(*b));
    let end = activity.max(latest + 1.0).min(now);
    if let (Some(attended), true) = (attended, reached >= 3) {
        let before = known[..3].iter().flatten().fold(created, |a, b| a.max(*b));
        let after = known[4..].iter().flatten().next().copied().unwrap_or(now);
        if before < attended && attended < after {
            known[3] = Some(attended);
        }
    }
    let mut steps: Vec<(&'static str, f64)> = Vec::with_capacity(known.len());
    for (i, (stage, mark)) in PATH.iter().zip(known.iter().copied()).enumerate() {
        let previous = steps.last().map(|&(_, at)| at);
        let at = match (mark, previous) {
            (Some(at), _) => at,
            (None, None) => created,
            (None, Some(from)) => {
                let (next, to) = known
                    .iter()
                    .copied()
                    .enumerate()
                    .skip(i + 1)
                    .find_map(|(j, mark)| mark.map(|at| (j, at)))
                    .unwrap_or((known.len(), end));
                from + (to - from) / (next + 1 - i) as f64
            }
        };
        steps.push((*stage, previous.map_or(at, |p| at.max(p + HOUR))));
    }
    steps
}

#[cfg(test)]
mod tests;
