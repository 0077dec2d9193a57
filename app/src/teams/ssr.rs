//! SQL behind teams. Every write is one `BEGIN IMMEDIATE` transaction that checks the caller's
//! place in the team inside it (through `policy::authorize_team`), so two leads acting at once
//! or the same answer sent twice leave one consistent result. Notifications are made in the
//! same transaction; the live channel is told after it commits.
use super::matching::{rank, Candidate, Need, SHOWN};
use super::*;
use crate::common::error::AppError;
use crate::common::sectors::sectors_of;
use crate::common::{parse_tags, Role, Viewer};
use crate::common::{Kind, ACCEPTED, DECLINED};
use crate::ideas::stage::stage_of;
use crate::ideas::Stage;
use crate::server::db::begin_write;
use crate::server::lookups::{is_editor, visible_idea};
use crate::server::notify::{notify, Event, To};
use crate::server::people::PERSON;
use crate::server::policy::{authorize_team, role_in, TeamScope};
use sqlx::{SqliteConnection, SqlitePool};

/// People the matcher notifies when a role opens.
const ROLE_MATCH_NOTIFY_MAX: usize = 30;

pub(crate) fn person(
    id: Option<i64>,
    name: Option<String>,
    mentor: bool,
) -> crate::common::PersonRef {
    crate::common::PersonRef {
        id: id.unwrap_or(0),
        name,
        mentor,
    }
}

/// Tells open workspaces of the team that something changed. Call after committing.
pub fn announce(team_id: i64) {
    if let Ok(state) = crate::server::state::app_state() {
        // No receiver is fine: nobody has the workspace open.
        let _ = state.live.send(team_id);
    }
}

/// The team's name and idea; "not found" when there is no such team or a moderator hid its
/// idea (nobody joins or works in a hidden idea's team until it is restored).
async fn team_name(conn: &mut SqliteConnection, team_id: i64) -> Result<(String, i64), AppError> {
    sqlx::query_as(
        "SELECT t.name, t.idea_id FROM teams t JOIN ideas i ON i.id = t.idea_id
          WHERE t.id = ? AND i.hidden_at IS NULL",
    )
    .bind(team_id)
    .fetch_optional(&mut *conn)
    .await?
    .ok_or(AppError::NotFound)
}

async fn lead_ids(conn: &mut SqliteConnection, team_id: i64) -> Result<Vec<i64>, AppError> {
    let rows: Vec<(i64,)> =
        sqlx::query_as("SELECT user_id FROM team_members WHERE team_id = ? AND role = 'lead'")
            .bind(team_id)
            .fetch_all(&mut *conn)
            .await?;
    Ok(rows.into_iter().map(|(id,)| id).collect())
}

async fn touch(conn: &mut SqliteConnection, team_id: i64) -> Result<(), AppError> {
    sqlx::query("UPDATE teams SET activity_at = datetime('now') WHERE id = ?")
        .bind(team_id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// The title of an open role of the team, for a request or invitation that names one; a role
/// of another team, or one filled or closed meanwhile, is refused.
async fn open_role_title(
    conn: &mut SqliteConnection,
    team_id: i64,
    role_id: Option<i64>,
) -> Result<Option<String>, AppError> {
    let Some(role_id) = role_id else {
        return Ok(None);
    };
    let (title,): (String,) = sqlx::query_as(
        "SELECT title FROM team_roles WHERE id = ? AND team_id = ? AND closed_at IS NULL",
    )
    .bind(role_id)
    .bind(team_id)
    .fetch_optional(&mut *conn)
    .await?
    .ok_or_else(|| AppError::field("form", "role_closed"))?;
    Ok(Some(title))
}

/// Whether a person may join teams now: a live account with a confirmed email, a guardian's
/// consent when under 14, and not blocked.
async fn may_join(conn: &mut SqliteConnection, user_id: i64) -> Result<bool, AppError> {
    let row: Option<(i64,)> = sqlx::query_as(
        "SELECT 1 FROM users WHERE id = ? AND deleted_at IS NULL AND email_verified_at IS NOT NULL
            AND (guardian_email IS NULL OR guardian_confirmed_at IS NOT NULL)
            AND publishing_blocked_at IS NULL",
    )
    .bind(user_id)
    .fetch_optional(&mut *conn)
    .await?;
    Ok(row.is_some())
}

/// The team of an idea, and whether the viewer may form one.
pub async fn idea_team(
    pool: &SqlitePool,
    idea_id: i64,
    viewer: Option<&Viewer>,
) -> Result<IdeaTeam, AppError> {
    let mut conn = pool.acquire().await?;
    let idea_title: Option<(String,)> =
        sqlx::query_as("SELECT title FROM ideas WHERE id = ? AND hidden_at IS NULL")
            .bind(idea_id)
            .fetch_optional(&mut *conn)
            .await?;
    let team: Option<(i64, String)> = sqlx::query_as(
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

/// Forms the team of an idea with its first lead, the person forming it; an idea still in
/// spark or shaping moves to the team stage. The idea's authors (or the steering group) do it.
pub async fn create(
    pool: &SqlitePool,
    viewer: &Viewer,
    idea_id: i64,
    name: &str,
    description: &str,
) -> Result<i64, AppError> {
    check_team(name, description)?;
    let steering = viewer.has(Role::Steering);
    let mut tx = begin_write(pool).await?;
    visible_idea(&mut tx, idea_id, steering).await?;
    if !steering && !is_editor(&mut tx, idea_id, viewer.id).await? {
        return Err(AppError::Forbidden);
    }
    let (stage, title): (String, String) =
        sqlx::query_as("SELECT stage, title FROM ideas WHERE id = ?")
            .bind(idea_id)
            .fetch_one(&mut *tx)
            .await?;
    let stage = stage_of(&stage);
    if stage == Stage::Archived {
        return Err(AppError::field("form", "idea_archived"));
    }
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO teams (idea_id, name, description, created_by) VALUES (?, ?, ?, ?)
         ON CONFLICT (idea_id) DO NOTHING RETURNING id",
    )
    .bind(idea_id)
    .bind(name.trim())
    .bind(description.trim())
    .bind(viewer.id)
    .fetch_optional(&mut *tx)
    .await?
    .ok_or_else(|| AppError::field("form", "team_exists"))?;
    sqlx::query("INSERT INTO team_members (team_id, user_id, role) VALUES (?, ?, 'lead')")
        .bind(id)
        .bind(viewer.id)
        .execute(&mut *tx)
        .await?;
    if let Some(next) = crate::ideas::stage::on_team_formed(stage) {
        sqlx::query("UPDATE ideas SET stage = ?, activity_at = datetime('now') WHERE id = ?")
            .bind(next.code())
            .bind(idea_id)
            .execute(&mut *tx)
            .await?;
    }
    notify(
        &mut tx,
        To::FollowersOf {
            idea_id,
            except: &[],
        },
        &Event {
            kind: Kind::FollowedActivity,
            actor: Some((viewer.id, &viewer.display_name)),
            subject: &title,
            detail: "team",
            link: &format!("/teams/{id}"),
        },
    )
    .await?;
    tx.commit().await?;
    crate::server::mail::wake_sender();
    Ok(id)
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
    type Row = (i64, String, i64, String, i64, i64, Option<String>);
    let rows: Vec<Row> = sqlx::query_as(&format!(
        "SELECT t.id, t.name, i.id, i.title,
                (SELECT count(*) FROM team_members m WHERE m.team_id = t.id AND m.role != 'mentor'),
                (SELECT count(*) FROM team_roles r WHERE r.team_id = t.id AND r.closed_at IS NULL),
                (SELECT group_concat(DISTINCT us.sector) FROM team_members m
                   JOIN user_sectors us ON us.user_id = m.user_id
                   JOIN users su ON su.id = m.user_id
                  WHERE m.team_id = t.id AND m.role != 'mentor' AND su.show_sectors = 1)
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
                |(id, name, idea_id, idea_title, members, open_roles, sectors)| TeamCard {
                    id,
                    name,
                    idea_id,
                    idea_title,
                    members,
                    open_roles,
                    covered: sectors_of(sectors.as_deref()),
                },
            )
            .collect(),
        total,
        page: filter.page,
    })
}

async fn members_of(conn: &mut SqliteConnection, team_id: i64) -> Result<Vec<Member>, AppError> {
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

/// The people open to join who could be suggested, with the skills and sectors they show on
/// their profile (what they hide is not matched on either), and their number of teams.
async fn candidates(conn: &mut SqliteConnection) -> Result<Vec<Candidate>, AppError> {
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
            AND u.publishing_blocked_at IS NULL",
    )
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
async fn excluded(conn: &mut SqliteConnection, team_id: i64) -> Result<Vec<i64>, AppError> {
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

fn covered_by(members: &[Member]) -> Vec<Sector> {
    Sector::ALL
        .into_iter()
        .filter(|s| {
            members
                .iter()
                .any(|m| m.role.counts_for_sectors() && m.sectors.contains(s))
        })
        .collect()
}

pub async fn detail(
    pool: &SqlitePool,
    team_id: i64,
    viewer: Option<&Viewer>,
) -> Result<TeamDetail, AppError> {
    let mut conn = pool.acquire().await?;
    let steering = viewer.is_some_and(|v| v.has(Role::Steering));
    let row: Option<(String, String, i64, String, String, Option<String>)> = sqlx::query_as(
        "SELECT t.name, t.description, i.id, i.title, t.created_at, i.hidden_at
           FROM teams t JOIN ideas i ON i.id = t.idea_id WHERE t.id = ?",
    )
    .bind(team_id)
    .fetch_optional(&mut *conn)
    .await?;
    let Some((name, description, idea_id, idea_title, created_at, hidden)) = row else {
        return Err(AppError::NotFound);
    };
    if hidden.is_some() && !steering {
        return Err(AppError::NotFound);
    }
    let members = members_of(&mut conn, team_id).await?;
    let covered = covered_by(&members);
    let (_, lacking) = sector_balance(&covered);
    let my_role = viewer.and_then(|v| members.iter().find(|m| m.person.id == v.id).map(|m| m.role));
    type RoleRow = (i64, String, String, Option<String>, i64, String);
    let role_rows: Vec<RoleRow> = sqlx::query_as(
        "SELECT id, title, skills, sector, hours, description FROM team_roles
          WHERE team_id = ? AND closed_at IS NULL ORDER BY id",
    )
    .bind(team_id)
    .fetch_all(&mut *conn)
    .await?;
    let lead = my_role == Some(TeamRole::Lead);
    let (people, excluded) = if lead && !role_rows.is_empty() {
        (
            candidates(&mut conn).await?,
            excluded(&mut conn, team_id).await?,
        )
    } else {
        (Vec::new(), Vec::new())
    };
    let roles = role_rows
        .into_iter()
        .map(|(id, title, skills, sector, hours, description)| {
            let skills = parse_tags(&skills);
            let sector = sector.as_deref().and_then(Sector::from_code);
            let suggestions = if lead {
                rank(
                    &Need {
                        skills: &skills,
                        sector,
                    },
                    &lacking,
                    &excluded,
                    &people,
                    SHOWN,
                )
            } else {
                Vec::new()
            };
            OpenRole {
                id,
                title,
                skills,
                sector,
                hours,
                description,
                suggestions,
            }
        })
        .collect();
    type ReqRow = (
        i64,
        Option<i64>,
        Option<String>,
        bool,
        String,
        Option<String>,
        String,
        String,
    );
    let requests: Vec<ReqRow> = sqlx::query_as(&format!(
        "SELECT q.id, {PERSON}, q.kind, r.title, q.message, q.created_at
           FROM team_requests q JOIN users u ON u.id = q.user_id
           LEFT JOIN team_roles r ON r.id = q.role_id
          WHERE q.team_id = ? AND q.status = 'pending' ORDER BY q.id"
    ))
    .bind(team_id)
    .fetch_all(&mut *conn)
    .await?;
    let to_pending = |(id, uid, name, mentor, kind, role_title, message, created_at): ReqRow| {
        (
            uid,
            PendingRequest {
                id,
                person: person(uid, name, mentor),
                invite: kind == "invite",
                role_title,
                message,
                created_at,
            },
        )
    };
    let all: Vec<(Option<i64>, PendingRequest)> = requests.into_iter().map(to_pending).collect();
    let me_id = viewer.map(|v| v.id);
    let my_request = all
        .iter()
        .find(|(uid, p)| *uid == me_id && me_id.is_some() && !p.invite)
        .map(|(_, p)| p.id);
    let my_invite = all
        .iter()
        .find(|(uid, p)| *uid == me_id && me_id.is_some() && p.invite)
        .map(|(_, p)| p.clone());
    let pending = if lead {
        all.into_iter().map(|(_, p)| p).collect()
    } else {
        Vec::new()
    };
    Ok(TeamDetail {
        id: team_id,
        name,
        description,
        idea_id,
        idea_title,
        created_at,
        members,
        covered,
        roles,
        pending,
        me: TeamViewer {
            signed_in: viewer.is_some(),
            may_publish: viewer.is_some_and(Viewer::may_publish),
            role: my_role,
            my_request,
            my_invite,
            mentor: viewer.is_some_and(|v| v.has(Role::Mentor)),
        },
    })
}

/// Asks to join, perhaps answering an open role of the team.
pub async fn request_join(
    pool: &SqlitePool,
    viewer: &Viewer,
    team_id: i64,
    role_id: Option<i64>,
    as_mentor: bool,
    message: &str,
) -> Result<i64, AppError> {
    check_message(message)?;
    // A mentor may offer to guide the team instead of joining it as a member.
    if as_mentor && !viewer.has(Role::Mentor) {
        return Err(AppError::field("form", "not_a_mentor"));
    }
    let mut tx = begin_write(pool).await?;
    let (name, _) = team_name(&mut tx, team_id).await?;
    if role_in(&mut tx, team_id, viewer.id).await?.is_some() {
        return Err(AppError::field("form", "already_member"));
    }
    let role_title = open_role_title(&mut tx, team_id, role_id).await?;
    let id: Option<(i64,)> = sqlx::query_as(
        "INSERT INTO team_requests (team_id, user_id, kind, role_id, joins_as, message, created_by)
         VALUES (?, ?, 'request', ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id",
    )
    .bind(team_id)
    .bind(viewer.id)
    .bind(role_id)
    .bind(if as_mentor { "mentor" } else { "member" })
    .bind(message.trim())
    .bind(viewer.id)
    .fetch_optional(&mut *tx)
    .await?;
    let (id,) = id.ok_or_else(|| AppError::field("form", "already_asked"))?;
    let leads = lead_ids(&mut tx, team_id).await?;
    notify(
        &mut tx,
        To::People(&leads),
        &Event {
            kind: Kind::JoinRequest,
            actor: Some((viewer.id, &viewer.display_name)),
            subject: &name,
            detail: role_title.as_deref().unwrap_or_default(),
            link: &format!("/teams/{team_id}#requests"),
        },
    )
    .await?;
    tx.commit().await?;
    crate::server::mail::wake_sender();
    Ok(id)
}

/// Accepts or declines a pending question: a lead answers a request, the invited person an
/// invitation. Only the first answer counts; a second one is refused as a conflict. Returns
/// the team's id.
pub async fn answer(
    pool: &SqlitePool,
    viewer: &Viewer,
    request_id: i64,
    accept: bool,
) -> Result<i64, AppError> {
    let mut tx = begin_write(pool).await?;
    type Row = (i64, i64, String, Option<i64>, String, String);
    let row: Option<Row> = sqlx::query_as(
        "SELECT team_id, user_id, kind, role_id, joins_as, status FROM team_requests WHERE id = ?",
    )
    .bind(request_id)
    .fetch_optional(&mut *tx)
    .await?;
    let Some((team_id, user_id, kind, role_id, joins_as, status)) = row else {
        return Err(AppError::NotFound);
    };
    let invite = kind == "invite";
    if invite {
        if user_id != viewer.id {
            return Err(AppError::NotFound);
        }
    } else {
        authorize_team(&mut tx, viewer, team_id, TeamScope::Lead).await?;
    }
    if status != "pending" {
        return Err(AppError::Conflict);
    }
    if accept && !may_join(&mut tx, user_id).await? {
        return Err(AppError::field("form", "cannot_join"));
    }
    let changed = sqlx::query(
        "UPDATE team_requests SET status = ?, decided_by = ?, decided_at = datetime('now')
          WHERE id = ? AND status = 'pending'",
    )
    .bind(if accept { "accepted" } else { "declined" })
    .bind(viewer.id)
    .bind(request_id)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if changed == 0 {
        return Err(AppError::Conflict);
    }
    if accept {
        sqlx::query(
            "INSERT INTO team_members (team_id, user_id, role) VALUES (?, ?, ?)
             ON CONFLICT DO NOTHING",
        )
        .bind(team_id)
        .bind(user_id)
        .bind(&joins_as)
        .execute(&mut *tx)
        .await?;
        if let Some(role_id) = role_id {
            sqlx::query(
                "UPDATE team_roles SET closed_at = datetime('now'), filled_by = ?
                  WHERE id = ? AND closed_at IS NULL",
            )
            .bind(user_id)
            .bind(role_id)
            .execute(&mut *tx)
            .await?;
        }
        touch(&mut tx, team_id).await?;
    }
    let (name, _) = team_name(&mut tx, team_id).await?;
    let to = if invite {
        lead_ids(&mut tx, team_id).await?
    } else {
        vec![user_id]
    };
    notify(
        &mut tx,
        To::People(&to),
        &Event {
            kind: Kind::JoinAnswer,
            actor: Some((viewer.id, &viewer.display_name)),
            subject: &name,
            detail: if accept { ACCEPTED } else { DECLINED },
            link: &format!("/teams/{team_id}"),
        },
    )
    .await?;
    tx.commit().await?;
    crate::server::mail::wake_sender();
    announce(team_id);
    Ok(team_id)
}

/// A lead invites a person (as a member, for an open role, or a mentor as the team's mentor).
pub async fn invite(
    pool: &SqlitePool,
    viewer: &Viewer,
    team_id: i64,
    user_id: i64,
    role_id: Option<i64>,
    as_mentor: bool,
    message: &str,
) -> Result<(), AppError> {
    let mut tx = begin_write(pool).await?;
    authorize_team(&mut tx, viewer, team_id, TeamScope::Lead).await?;
    check_message(message)?;
    if !may_join(&mut tx, user_id).await? {
        return Err(AppError::field("form", "cannot_join"));
    }
    if role_in(&mut tx, team_id, user_id).await?.is_some() {
        return Err(AppError::field("form", "already_member"));
    }
    if as_mentor {
        let mentor: Option<(i64,)> =
            sqlx::query_as("SELECT 1 FROM user_roles WHERE user_id = ? AND role = 'mentor'")
                .bind(user_id)
                .fetch_optional(&mut *tx)
                .await?;
        if mentor.is_none() {
            return Err(AppError::field("form", "not_a_mentor"));
        }
    }
    let role_title = open_role_title(&mut tx, team_id, role_id).await?;
    let made: Option<(i64,)> = sqlx::query_as(
        "INSERT INTO team_requests (team_id, user_id, kind, role_id, joins_as, message, created_by)
         VALUES (?, ?, 'invite', ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id",
    )
    .bind(team_id)
    .bind(user_id)
    .bind(role_id)
    .bind(if as_mentor { "mentor" } else { "member" })
    .bind(message.trim())
    .bind(viewer.id)
    .fetch_optional(&mut *tx)
    .await?;
    if made.is_none() {
        return Err(AppError::field("form", "already_asked"));
    }
    let (name, _) = team_name(&mut tx, team_id).await?;
    notify(
        &mut tx,
        To::People(&[user_id]),
        &Event {
            kind: Kind::TeamInvite,
            actor: Some((viewer.id, &viewer.display_name)),
            subject: &name,
            detail: role_title.as_deref().unwrap_or_default(),
            link: &format!("/teams/{team_id}"),
        },
    )
    .await?;
    tx.commit().await?;
    crate::server::mail::wake_sender();
    Ok(())
}

/// Leaves a team. The last lead hands the lead over first.
pub async fn leave(pool: &SqlitePool, viewer: &Viewer, team_id: i64) -> Result<(), AppError> {
    let mut tx = begin_write(pool).await?;
    let role = authorize_team(&mut tx, viewer, team_id, TeamScope::Workspace).await?;
    if role == TeamRole::Lead && lead_ids(&mut tx, team_id).await?.len() <= 1 {
        return Err(AppError::field("form", "last_lead"));
    }
    sqlx::query("DELETE FROM team_members WHERE team_id = ? AND user_id = ?")
        .bind(team_id)
        .bind(viewer.id)
        .execute(&mut *tx)
        .await?;
    touch(&mut tx, team_id).await?;
    tx.commit().await?;
    announce(team_id);
    Ok(())
}

/// A lead makes a member a lead too and, with `step_down`, becomes a member: handing over.
pub async fn make_lead(
    pool: &SqlitePool,
    viewer: &Viewer,
    team_id: i64,
    user_id: i64,
    step_down: bool,
) -> Result<(), AppError> {
    let mut tx = begin_write(pool).await?;
    authorize_team(&mut tx, viewer, team_id, TeamScope::Lead).await?;
    if user_id == viewer.id || role_in(&mut tx, team_id, user_id).await? != Some(TeamRole::Member) {
        return Err(AppError::field("user_id", "choice_invalid"));
    }
    sqlx::query("UPDATE team_members SET role = 'lead' WHERE team_id = ? AND user_id = ?")
        .bind(team_id)
        .bind(user_id)
        .execute(&mut *tx)
        .await?;
    if step_down {
        sqlx::query("UPDATE team_members SET role = 'member' WHERE team_id = ? AND user_id = ?")
            .bind(team_id)
            .bind(viewer.id)
            .execute(&mut *tx)
            .await?;
    }
    touch(&mut tx, team_id).await?;
    tx.commit().await?;
    announce(team_id);
    Ok(())
}

/// Opens a role and notifies the people who are open to join and fit it best. The role's fields
/// arrive as typed in the form.
#[allow(clippy::too_many_arguments)]
pub async fn add_role(
    pool: &SqlitePool,
    viewer: &Viewer,
    team_id: i64,
    title: &str,
    skills: &str,
    sector: &str,
    hours: &str,
    description: &str,
) -> Result<i64, AppError> {
    let mut tx = begin_write(pool).await?;
    authorize_team(&mut tx, viewer, team_id, TeamScope::Lead).await?;
    let (sector, hours) = check_role(title, skills, sector, hours, description)?;
    let skills = parse_tags(skills);
    if skills.join(", ").chars().count() > SKILLS_MAX {
        return Err(AppError::field("skills", "too_long"));
    }
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO team_roles (team_id, title, skills, sector, hours, description)
         VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(team_id)
    .bind(title.trim())
    .bind(skills.join(", "))
    .bind(sector.map(Sector::code))
    .bind(hours)
    .bind(description.trim())
    .fetch_one(&mut *tx)
    .await?;
    let members = members_of(&mut tx, team_id).await?;
    let (_, lacking) = sector_balance(&covered_by(&members));
    let people = candidates(&mut tx).await?;
    let excluded = excluded(&mut tx, team_id).await?;
    let fits: Vec<i64> = rank(
        &Need {
            skills: &skills,
            sector,
        },
        &lacking,
        &excluded,
        &people,
        ROLE_MATCH_NOTIFY_MAX,
    )
    .into_iter()
    .map(|s| s.id)
    .collect();
    let (name, _) = team_name(&mut tx, team_id).await?;
    notify(
        &mut tx,
        To::People(&fits),
        &Event {
            kind: Kind::RoleMatch,
            actor: Some((viewer.id, &viewer.display_name)),
            subject: &name,
            detail: title.trim(),
            link: &format!("/teams/{team_id}#role-{id}"),
        },
    )
    .await?;
    touch(&mut tx, team_id).await?;
    tx.commit().await?;
    crate::server::mail::wake_sender();
    Ok(id)
}

/// Closes an open role. Returns the team's id.
pub async fn close_role(pool: &SqlitePool, viewer: &Viewer, role_id: i64) -> Result<i64, AppError> {
    let mut tx = begin_write(pool).await?;
    let (team_id,): (i64,) = sqlx::query_as("SELECT team_id FROM team_roles WHERE id = ?")
        .bind(role_id)
        .fetch_optional(&mut *tx)
        .await?
        .ok_or(AppError::NotFound)?;
    authorize_team(&mut tx, viewer, team_id, TeamScope::Lead).await?;
    sqlx::query(
        "UPDATE team_roles SET closed_at = datetime('now') WHERE id = ? AND closed_at IS NULL",
    )
    .bind(role_id)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(team_id)
}

/// The workspace, for the team's people only.
pub async fn workspace(
    pool: &SqlitePool,
    viewer: &Viewer,
    team_id: i64,
) -> Result<Workspace, AppError> {
    let mut conn = pool.acquire().await?;
    authorize_team(&mut conn, viewer, team_id, TeamScope::Workspace).await?;
    let (name, _) = team_name(&mut conn, team_id).await?;
    let members = members_of(&mut conn, team_id).await?;
    type PostRow = (i64, Option<i64>, Option<String>, bool, String, String);
    let mut posts: Vec<PostRow> = sqlx::query_as(&format!(
        "SELECT p.id, {PERSON}, p.body, p.created_at
           FROM team_messages p LEFT JOIN users u ON u.id = p.author_id
          WHERE p.team_id = ? ORDER BY p.id DESC LIMIT 200"
    ))
    .bind(team_id)
    .fetch_all(&mut *conn)
    .await?;
    posts.reverse();
    type TaskRow = (
        i64,
        String,
        Option<i64>,
        Option<String>,
        Option<bool>,
        Option<String>,
        bool,
    );
    let tasks: Vec<TaskRow> = sqlx::query_as(&format!(
        "SELECT t.id, t.title, {PERSON}, t.due_on, t.done_at IS NOT NULL
           FROM team_tasks t LEFT JOIN users u ON u.id = t.owner_id
          WHERE t.team_id = ?
          ORDER BY t.done_at IS NOT NULL, t.due_on IS NULL, t.due_on, t.id"
    ))
    .bind(team_id)
    .fetch_all(&mut *conn)
    .await?;
    Ok(Workspace {
        team_id,
        name,
        members,
        posts: posts
            .into_iter()
            .map(|(id, uid, uname, mentor, body, created_at)| TeamPost {
                id,
                author: person(uid, uname, mentor),
                body,
                created_at,
            })
            .collect(),
        tasks: tasks
            .into_iter()
            .map(|(id, title, uid, uname, mentor, due_on, done)| TeamTask {
                id,
                title,
                owner: uid.map(|uid| person(Some(uid), uname, mentor.unwrap_or(false))),
                due_on,
                done,
            })
            .collect(),
    })
}

pub async fn post_message(
    pool: &SqlitePool,
    viewer: &Viewer,
    team_id: i64,
    body: &str,
) -> Result<i64, AppError> {
    let mut tx = begin_write(pool).await?;
    authorize_team(&mut tx, viewer, team_id, TeamScope::WorkspaceWrite).await?;
    check_post(body)?;
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO team_messages (team_id, author_id, body) VALUES (?, ?, ?) RETURNING id",
    )
    .bind(team_id)
    .bind(viewer.id)
    .bind(body.trim())
    .fetch_one(&mut *tx)
    .await?;
    touch(&mut tx, team_id).await?;
    tx.commit().await?;
    announce(team_id);
    Ok(id)
}

pub async fn add_task(
    pool: &SqlitePool,
    viewer: &Viewer,
    team_id: i64,
    title: &str,
    owner: Option<i64>,
    due_on: &str,
) -> Result<i64, AppError> {
    let mut tx = begin_write(pool).await?;
    authorize_team(&mut tx, viewer, team_id, TeamScope::WorkspaceWrite).await?;
    let due_on = check_task(title, due_on)?;
    if let Some(owner) = owner {
        if role_in(&mut tx, team_id, owner).await?.is_none() {
            return Err(AppError::field("owner", "choice_invalid"));
        }
    }
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO team_tasks (team_id, title, owner_id, due_on, created_by)
         VALUES (?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(team_id)
    .bind(title.trim())
    .bind(owner)
    .bind(due_on)
    .bind(viewer.id)
    .fetch_one(&mut *tx)
    .await?;
    touch(&mut tx, team_id).await?;
    tx.commit().await?;
    announce(team_id);
    Ok(id)
}

/// Ticks a task done or open again. Returns the team's id.
pub async fn set_task_done(
    pool: &SqlitePool,
    viewer: &Viewer,
    task_id: i64,
    done: bool,
) -> Result<i64, AppError> {
    let mut tx = begin_write(pool).await?;
    let (team_id,): (i64,) = sqlx::query_as("SELECT team_id FROM team_tasks WHERE id = ?")
        .bind(task_id)
        .fetch_optional(&mut *tx)
        .await?
        .ok_or(AppError::NotFound)?;
    authorize_team(&mut tx, viewer, team_id, TeamScope::WorkspaceWrite).await?;
    sqlx::query(
        "UPDATE team_tasks SET done_at = CASE WHEN ? THEN coalesce(done_at, datetime('now')) END,
                updated_at = datetime('now') WHERE id = ?",
    )
    .bind(done)
    .bind(task_id)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    announce(team_id);
    Ok(team_id)
}

/// The teams a person leads (of ideas not hidden), by name.
pub async fn led_teams(pool: &SqlitePool, user_id: i64) -> Result<Vec<LedTeam>, AppError> {
    let rows: Vec<(i64, String)> = sqlx::query_as(
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
