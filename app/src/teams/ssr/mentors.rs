//! Mentors with capacity: every mentor's load (the teams they guide on ideas still on the
//! path), the suggestions for a team from [`crate::teams::mentoring`], and the steering group
//! assigning a mentor (beyond capacity only when it says so).
use super::{person, team_name};
use crate::common::error::AppError;
use crate::common::ids::{IdeaId, TeamId};
use crate::common::sectors::{sectors_of, Sector};
use crate::common::{parse_tags, Kind, Viewer};
use crate::server::db::begin_write;
use crate::server::notify::{notify, Event, To};
use crate::teams::mentoring::{
    may_assign, rank_mentors, IdeaProfile, MentorCandidate, MENTORS_SHOWN,
};
use crate::teams::{MentorBoard, MentorLoad};
use sqlx::{SqliteConnection, SqlitePool};

/// Every mentor (or one) with their expertise, capacity and the teams they guide now, and
/// their sectors.
async fn loads(
    conn: &mut SqliteConnection,
    only: Option<i64>,
) -> Result<Vec<(MentorLoad, Vec<Sector>)>, AppError> {
    let rows: Vec<(i64, String, String, i64, Option<String>)> = sqlx::query_as(
        "SELECT u.id, u.display_name, COALESCE(p.expertise, ''), COALESCE(p.capacity, 0),
                (SELECT group_concat(sector) FROM user_sectors s WHERE s.user_id = u.id)
           FROM user_roles r JOIN users u ON u.id = r.user_id AND u.deleted_at IS NULL
           LEFT JOIN mentor_profiles p ON p.user_id = u.id
          WHERE r.role = 'mentor' AND (?1 IS NULL OR u.id = ?1)
          ORDER BY u.display_name",
    )
    .bind(only)
    .fetch_all(&mut *conn)
    .await?;
    let teams: Vec<(i64, TeamId, String)> = sqlx::query_as(
        "SELECT m.user_id, t.id, t.name FROM team_members m
           JOIN teams t ON t.id = m.team_id
           JOIN ideas i ON i.id = t.idea_id
          WHERE m.role = 'mentor' AND i.stage NOT IN ('realised', 'archived')
            AND i.hidden_at IS NULL
          ORDER BY t.name",
    )
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(id, name, expertise, capacity, sectors)| {
            let load = MentorLoad {
                person: person(Some(id), Some(name), true),
                expertise,
                capacity,
                teams: teams
                    .iter()
                    .filter(|(m, _, _)| *m == id)
                    .map(|(_, t, n)| (*t, n.clone()))
                    .collect(),
            };
            (load, sectors_of(sectors.as_deref()))
        })
        .collect())
}

/// Every mentor's load (the steering group), or only the viewer's own (a mentor).
pub async fn mentor_loads(
    pool: &SqlitePool,
    only: Option<i64>,
) -> Result<Vec<MentorLoad>, AppError> {
    let mut conn = pool.acquire().await?;
    Ok(loads(&mut conn, only)
        .await?
        .into_iter()
        .map(|(l, _)| l)
        .collect())
}

fn candidate(load: &MentorLoad, sectors: &[Sector]) -> MentorCandidate {
    MentorCandidate {
        id: load.person.id,
        name: load.person.name.clone().unwrap_or_default(),
        expertise: parse_tags(&load.expertise),
        sectors: sectors.to_vec(),
        capacity: load.capacity,
        load: load.load(),
    }
}

/// A team's mentors, the ranked suggestions for it, and every mentor with their load.
pub async fn mentor_board(pool: &SqlitePool, team_id: TeamId) -> Result<MentorBoard, AppError> {
    let mut conn = pool.acquire().await?;
    let (team_name, idea_id) = team_name(&mut conn, team_id).await?;
    let (idea_title, tags, skills, sectors): (String, String, String, Option<String>) =
        sqlx::query_as(
            "SELECT title, tags, need_skills,
                    (SELECT group_concat(sector) FROM idea_sectors WHERE idea_id = ideas.id)
               FROM ideas WHERE id = ?",
        )
        .bind(idea_id)
        .fetch_one(&mut *conn)
        .await?;
    let idea = IdeaProfile {
        sectors: sectors_of(sectors.as_deref()),
        tags: parse_tags(&tags),
        skills: parse_tags(&skills),
    };
    let everyone = loads(&mut conn, None).await?;
    let mentors: Vec<MentorLoad> = everyone
        .iter()
        .filter(|(l, _)| l.teams.iter().any(|(t, _)| *t == team_id))
        .map(|(l, _)| l.clone())
        .collect();
    let taken: Vec<i64> =
        sqlx::query_as::<_, (i64,)>("SELECT user_id FROM team_members WHERE team_id = ?")
            .bind(team_id)
            .fetch_all(&mut *conn)
            .await?
            .into_iter()
            .map(|(id,)| id)
            .collect();
    let candidates: Vec<MentorCandidate> = everyone.iter().map(|(l, s)| candidate(l, s)).collect();
    Ok(MentorBoard {
        team_id,
        team_name,
        idea_id: IdeaId(idea_id),
        idea_title,
        mentors,
        suggestions: rank_mentors(&idea, &candidates, &taken, MENTORS_SHOWN),
        everyone: everyone.into_iter().map(|(l, _)| l).collect(),
    })
}

/// The steering group assigns a mentor to a team. Refused when the person is not a mentor or
/// is already in the team, and when they are at capacity unless `beyond_capacity`.
pub async fn assign_mentor(
    pool: &SqlitePool,
    viewer: &Viewer,
    team_id: TeamId,
    mentor_id: i64,
    beyond_capacity: bool,
) -> Result<(), AppError> {
    let mut tx = begin_write(pool).await?;
    let (team, idea_id) = team_name(&mut tx, team_id).await?;
    let Some((load, sectors)) = loads(&mut tx, Some(mentor_id)).await?.into_iter().next() else {
        return Err(AppError::field("mentor", "choice_invalid"));
    };
    if crate::server::policy::role_in(&mut tx, team_id, mentor_id)
        .await?
        .is_some()
    {
        return Err(AppError::field("mentor", "already_in_team"));
    }
    // An author would sign off their own idea.
    if crate::server::lookups::is_editor(&mut tx, IdeaId(idea_id), mentor_id).await? {
        return Err(AppError::field("mentor", "mentor_is_author"));
    }
    let over = !may_assign(&candidate(&load, &sectors), false);
    if over && !beyond_capacity {
        return Err(AppError::field("mentor", "at_capacity"));
    }
    sqlx::query(
        "INSERT INTO team_members (team_id, user_id, role, assigned_by, over_capacity)
         VALUES (?, ?, 'mentor', ?, ?)",
    )
    .bind(team_id)
    .bind(mentor_id)
    .bind(viewer.id)
    .bind(over)
    .execute(&mut *tx)
    .await?;
    // An offer to mentor this team that was still waiting is answered by the assignment.
    sqlx::query(
        "UPDATE team_requests SET status = 'accepted', decided_by = ?, decided_at = datetime('now')
          WHERE team_id = ? AND user_id = ? AND status = 'pending'",
    )
    .bind(viewer.id)
    .bind(team_id)
    .bind(mentor_id)
    .execute(&mut *tx)
    .await?;
    notify(
        &mut tx,
        To::People(&[mentor_id]),
        &Event {
            kind: Kind::MentorAssigned,
            actor: Some((viewer.id, &viewer.display_name)),
            subject: &team,
            detail: "",
            link: &format!("/teams/{team_id}"),
        },
    )
    .await?;
    crate::server::mail::commit_and_send(tx).await?;
    super::announce(team_id);
    Ok(())
}
