use super::person;
use crate::common::error::AppError;
use crate::common::ids::IdeaId;
use crate::common::ids::TeamId;
use crate::common::sectors::sectors_of;
use crate::common::{Role, Viewer};
use crate::ideas::stage::stage_of;
use crate::ideas::Stage;
use crate::server::lookups::is_editor;
use crate::server::people::PERSON;
use crate::teams::matching::Candidate;
use crate::teams::*;
use sqlx::{SqliteConnection, SqlitePool};

/// The team of an idea, and whether the viewer may form one.
pub async fn idea_team(
    pool: &SqlitePool,
    idea_id: IdeaId,
    viewer: Option<&Viewer>,
) -> Result<IdeaTeam, AppError> {
    let mut conn = pool.acquire().await?;
    let idea_title: Option<(String,)> =
        sqlx::query_as("SELECT title FROM ideas WHERE id = ? AND hidden_at IS NULL")
            .bind(idea_id)
            .fetch_optional(&mut *conn)
            .await?;
    let team: Option<(TeamId, String)> = sqlx::query_as(
        "SELECT t.id, t.name FROM teams t JOIN ideas i ON i.id = t.idea_id
              WHERE t.idea_id = ? AND i.hidden_at IS NULL",
    )
    .bind(idea_id)
    .fetch_optional(&mut *conn)
    .await?;
    let may_form = match (viewer, &team) {
        (Some(viewer), None) if viewer.may_publish() => {
            let stage: Option<(String,)> =
                sqlx::query_as("SELECT stage FROM ideas WHERE id = ? AND hidden_at IS NULL")
                    .bind(idea_id)
                    .fetch_optional(&mut *conn)
                    .await?;
            stage.is_some_and(|(s,)| stage_of(&s) != Stage::Archived)
                && (viewer.has(Role::Steering) || is_editor(&mut conn, idea_id, viewer.id).await?)
        }
        _ => false,
    };
    Ok(IdeaTeam {
        idea_title: idea_title.map(|(title,)| title),
        team,
        may_form,
    })
}

pub async fn list(pool: &SqlitePool, filter: &TeamFilter) -> Result<TeamList, AppError> {
    let sector = filter.sector.map(Sector::code);
    let looking = i64::from(filter.looking);
    // Only sectors people show on their profile count: a hidden one stays hidden here too.
    let filters = "(?1 IS NULL OR EXISTS (SELECT 1 FROM team_members m JOIN user_sectors us
                        ON us.user_id = m.user_id JOIN users su ON su.id = m.user_id
                     WHERE m.team_id = t.id AND m.role != 'mentor' AND us.sector = ?1
                       AND su.show_sectors = 1))
                   AND (?2 = 0 OR EXISTS (SELECT 1 FROM team_roles r
                     WHERE r.team_id = t.id AND r.closed_at IS NULL))
                   AND i.hidden_at IS NULL";
    let (total,): (i64,) = sqlx::query_as(&format!(
        "SELECT count(*) FROM teams t JOIN ideas i ON i.id = t.idea_id WHERE {filters}"
    ))
    .bind(sector)
    .bind(looking)
    .fetch_one(pool)
    .await?;
    type Row = (
        TeamId,
        String,
        IdeaId,
        String,
        i64,
        i64,
        Option<String>,
        String,
        String,
    );
    let rows: Vec<Row> = sqlx::query_as(&format!(
        "SELECT t.id, t.name, i.id, i.title,
                (SELECT count(*) FROM team_members m WHERE m.team_id = t.id AND m.role != 'mentor'),
                (SELECT count(*) FROM team_roles r WHERE r.team_id = t.id AND r.closed_at IS NULL),
                (SELECT group_concat(DISTINCT us.sector) FROM team_members m
                   JOIN user_sectors us ON us.user_id = m.user_id
                   JOIN users su ON su.id = m.user_id
                  WHERE m.team_id = t.id AND m.role != 'mentor' AND su.show_sectors = 1),
                t.lang, i.lang
           FROM teams t JOIN ideas i ON i.id = t.idea_id
          WHERE {filters}
          ORDER BY t.activity_at DESC, t.id DESC LIMIT ?3 OFFSET ?4"
    ))
    .bind(sector)
    .bind(looking)
    .bind(PAGE_SIZE)
    .bind((filter.page - 1) * PAGE_SIZE)
    .fetch_all(pool)
    .await?;
    Ok(TeamList {
        teams: rows
            .into_iter()
            .map(
                |(id, name, idea_id, idea_title, members, open_roles, sectors, lang, idea_lang)| {
                    TeamCard {
                        id,
                        name,
                        idea_id,
                        idea_title,
                        lang,
                        idea_lang,
                        members,
                        open_roles,
                        covered: sectors_of(sectors.as_deref()),
                    }
                },
            )
            .collect(),
        total,
        page: filter.page,
    })
}

pub(crate) async fn members_of(
    conn: &mut SqliteConnection,
    team_id: TeamId,
) -> Result<Vec<Member>, AppError> {
    type Row = (Option<i64>, Option<String>, bool, String, Option<String>);
    let rows: Vec<Row> = sqlx::query_as(&format!(
        "SELECT {PERSON}, m.role,
                (SELECT group_concat(us.sector) FROM user_sectors us
                  WHERE us.user_id = u.id AND u.show_sectors = 1)
           FROM team_members m JOIN users u ON u.id = m.user_id
          WHERE m.team_id = ?
          ORDER BY CASE m.role WHEN 'lead' THEN 0 WHEN 'member' THEN 1 ELSE 2 END, m.joined_at"
    ))
    .bind(team_id)
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(id, name, mentor, role, sectors)| Member {
            person: person(id, name, mentor),
            role: TeamRole::from_code(&role).unwrap_or(TeamRole::Member),
            sectors: sectors_of(sectors.as_deref()),
        })
        .collect())
}

/// The most people scored for one team page: the newest who are open to join (a page view
/// must not cost a pass over every account as the city signs up).
pub(crate) const CANDIDATES_MAX: i64 = 2_000;

/// The people open to join who could be suggested, with the skills and sectors they show on
/// their profile (what they hide is not matched on either), and their number of teams.
pub(crate) async fn candidates(conn: &mut SqliteConnection) -> Result<Vec<Candidate>, AppError> {
    type Row = (i64, String, Option<String>, Option<String>, i64);
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT u.id, u.display_name,
                (SELECT group_concat(s.name, char(31)) FROM user_skills k
                   JOIN skills s ON s.id = k.skill_id
                  WHERE k.user_id = u.id AND u.show_skills = 1),
                (SELECT group_concat(us.sector) FROM user_sectors us
                  WHERE us.user_id = u.id AND u.show_sectors = 1),
                (SELECT count(*) FROM team_members m WHERE m.user_id = u.id)
           FROM users u
          WHERE u.open_to_teams = 1 AND u.deleted_at IS NULL AND u.email_verified_at IS NOT NULL
            AND (u.guardian_email IS NULL OR u.guardian_confirmed_at IS NOT NULL)
            AND u.publishing_blocked_at IS NULL
          ORDER BY u.id DESC LIMIT ?",
    )
    .bind(CANDIDATES_MAX)
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(id, name, skills, sectors, teams)| Candidate {
            id,
            name,
            skills: skills
                .unwrap_or_default()
                .split('\u{1f}')
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect(),
            sectors: sectors_of(sectors.as_deref()),
            teams,
        })
        .collect())
}

/// People never suggested to the team: its people, anyone with a pending question, and anyone
/// who declined or was declined within the cool-off.
pub(crate) async fn excluded(
    conn: &mut SqliteConnection,
    team_id: TeamId,
) -> Result<Vec<i64>, AppError> {
    let rows: Vec<(i64,)> = sqlx::query_as(
        "SELECT user_id FROM team_members WHERE team_id = ?1
         UNION SELECT user_id FROM team_requests WHERE team_id = ?1
            AND (status = 'pending' OR (status = 'declined'
                 AND decided_at >= datetime('now', '-' || ?2 || ' days')))",
    )
    .bind(team_id)
    .bind(DECLINE_COOL_OFF_DAYS)
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows.into_iter().map(|(id,)| id).collect())
}

pub(crate) fn covered_by(members: &[Member]) -> Vec<Sector> {
    Sector::ALL
        .into_iter()
        .filter(|s| {
            members
                .iter()
                .any(|m| m.role.counts_for_sectors() && m.sectors.contains(s))
        })
        .collect()
}

/// The teams a person leads (of ideas not hidden), by name.
pub async fn led_teams(pool: &SqlitePool, user_id: i64) -> Result<Vec<LedTeam>, AppError> {
    let rows: Vec<(TeamId, String)> = sqlx::query_as(
        "SELECT t.id, t.name FROM team_members m
           JOIN teams t ON t.id = m.team_id JOIN ideas i ON i.id = t.idea_id
          WHERE m.user_id = ? AND m.role = 'lead' AND i.hidden_at IS NULL
          ORDER BY t.name",
    )
    .bind(user_id)
    .fetch_all(pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(id, name)| LedTeam { id, name })
        .collect())
}
