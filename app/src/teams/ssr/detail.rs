use super::candidates;
use super::covered_by;
use super::excluded;
use super::members_of;
use super::person;
use crate::common::error::AppError;
use crate::common::ids::IdeaId;
use crate::common::ids::TeamId;
use crate::common::{parse_tags, Role, Viewer};
use crate::server::people::PERSON;
use crate::teams::matching::{rank, Need, SHOWN};
use crate::teams::*;
use sqlx::SqlitePool;

pub async fn detail(
    pool: &SqlitePool,
    team_id: TeamId,
    viewer: Option<&Viewer>,
) -> Result<TeamDetail, AppError> {
    let mut conn = pool.acquire().await?;
    let steering = viewer.is_some_and(|v| v.has(Role::Steering));
    type TeamRow = (
        String,
        String,
        IdeaId,
        String,
        String,
        Option<String>,
        String,
        String,
    );
    let row: Option<TeamRow> = sqlx::query_as(
        "SELECT t.name, t.description, i.id, i.title, t.created_at, i.hidden_at, t.lang, i.lang
           FROM teams t JOIN ideas i ON i.id = t.idea_id WHERE t.id = ?",
    )
    .bind(team_id)
    .fetch_optional(&mut *conn)
    .await?;
    let Some((name, description, idea_id, idea_title, created_at, hidden, lang, idea_lang)) = row
    else {
        return Err(AppError::NotFound);
    };
    if hidden.is_some() && !steering {
        return Err(AppError::NotFound);
    }
    let members = members_of(&mut conn, team_id).await?;
    let covered = covered_by(&members);
    let (_, lacking) = sector_balance(&covered);
    let my_role = viewer.and_then(|v| members.iter().find(|m| m.person.id == v.id).map(|m| m.role));
    type RoleRow = (
        crate::common::ids::RoleId,
        String,
        String,
        Option<String>,
        i64,
        String,
    );
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
        crate::common::ids::RequestId,
        Option<i64>,
        Option<String>,
        bool,
        String,
        Option<crate::common::ids::RoleId>,
        Option<String>,
        bool,
        String,
        String,
    );
    let requests: Vec<ReqRow> = sqlx::query_as(&format!(
        "SELECT q.id, {PERSON}, q.kind, r.id, r.title, r.closed_at IS NOT NULL, q.message,
                q.created_at
           FROM team_requests q JOIN users u ON u.id = q.user_id
           LEFT JOIN team_roles r ON r.id = q.role_id
          WHERE q.team_id = ? AND q.status = 'pending' ORDER BY q.id"
    ))
    .bind(team_id)
    .fetch_all(&mut *conn)
    .await?;
    let to_pending = |row: ReqRow| {
        let (id, uid, name, mentor, kind, role_id, role_title, role_closed, message, created_at) =
            row;
        (
            uid,
            PendingRequest {
                id,
                person: person(uid, name, mentor),
                invite: kind == "invite",
                role_id,
                role_title,
                role_closed,
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
        lang,
        idea_lang,
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
            steering: viewer.is_some_and(|v| v.has(Role::Steering)),
        },
    })
}
