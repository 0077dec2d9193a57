//! What teams put on a person's start page: their teams, their own requests and invitations;
//! for a lead the requests waiting for an answer (oldest first) and the open roles with the
//! people who applied.
use crate::common::error::AppError;
use crate::common::ids::{RequestId, TeamId};
use crate::common::start::{StartItem, StartList, StartNote, StartSection};
use crate::common::{TeamRole, Viewer};
use crate::server::db::begin_write;
use sqlx::SqlitePool;

pub async fn start_sections(
    pool: &SqlitePool,
    viewer: &Viewer,
) -> Result<Vec<StartSection>, AppError> {
    let mut sections = vec![
        my_teams(pool, viewer).await?,
        my_requests(pool, viewer.id).await?,
    ];
    let leads: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM team_members WHERE user_id = ? AND role = 'lead'")
            .bind(viewer.id)
            .fetch_one(pool)
            .await?;
    if leads > 0 {
        sections.push(lead_requests(pool, viewer.id).await?);
        sections.push(open_roles(pool, viewer.id).await?);
    }
    let questions = mentor_questions(pool, viewer.id).await?;
    if !questions.items.is_empty() {
        sections.push(questions);
    }
    Ok(sections)
}

/// For a team's mentor: teams where someone asked a question (a message with "?") after the
/// mentor last wrote, each since its oldest such question.
async fn mentor_questions(pool: &SqlitePool, user_id: i64) -> Result<StartSection, AppError> {
    let rows: Vec<(i64, String, String, String, i64)> = sqlx::query_as(
        "SELECT t.id, t.name, t.lang, min(q.created_at), count(*)
           FROM team_members m JOIN teams t ON t.id = m.team_id
           JOIN team_messages q ON q.team_id = t.id
          WHERE m.user_id = ?1 AND m.role = 'mentor'
            AND q.author_id IS NOT ?1 AND instr(q.body, '?') > 0
            AND q.id > COALESCE((SELECT max(a.id) FROM team_messages a
                                  WHERE a.team_id = t.id AND a.author_id = ?1), 0)
          GROUP BY t.id, t.name, t.lang",
    )
    .bind(user_id)
    .fetch_all(pool)
    .await?;
    let items = rows
        .into_iter()
        .map(|(id, name, lang, since, count)| {
            StartItem::link(name, format!("/teams/{id}/workspace"))
                .since(since)
                .note(StartNote::QuestionsWaiting)
                .count(count)
                .lang(lang)
        })
        .collect();
    Ok(StartSection::new(StartList::TeamQuestions, items))
}

async fn my_teams(pool: &SqlitePool, viewer: &Viewer) -> Result<StartSection, AppError> {
    let user_id = viewer.id;
    let rows: Vec<(i64, String, String, String, String)> = sqlx::query_as(
        "SELECT t.id, t.name, m.role, t.activity_at, t.lang
           FROM team_members m JOIN teams t ON t.id = m.team_id
          WHERE m.user_id = ?
          ORDER BY t.activity_at DESC, t.id DESC",
    )
    .bind(user_id)
    .fetch_all(pool)
    .await?;
    let items = rows
        .into_iter()
        .map(|(id, name, role, activity, lang)| {
            let note = match TeamRole::from_code(&role) {
                Some(TeamRole::Lead) => StartNote::Lead,
                Some(TeamRole::Mentor) => StartNote::Mentor,
                _ => StartNote::Member,
            };
            StartItem::link(name, format!("/teams/{id}/workspace"))
                .since(activity)
                .note(note)
                .lang(lang)
        })
        .collect();
    let mut section = StartSection::new(StartList::MyTeams, items);
    // A mentor's teams against their capacity are on the mentors' page.
    if viewer.has(crate::common::Role::Mentor) {
        section.all = Some("/mentors".to_owned());
    }
    Ok(section)
}

/// The person's pending requests to join (which they may withdraw) and the invitations
/// waiting for their answer.
async fn my_requests(pool: &SqlitePool, user_id: i64) -> Result<StartSection, AppError> {
    let rows: Vec<(RequestId, i64, String, String, String)> = sqlx::query_as(
        "SELECT r.id, t.id, t.name, r.kind, r.created_at
           FROM team_requests r JOIN teams t ON t.id = r.team_id
          WHERE r.user_id = ? AND r.status = 'pending'
          ORDER BY r.created_at, r.id",
    )
    .bind(user_id)
    .fetch_all(pool)
    .await?;
    let items = rows
        .into_iter()
        .map(|(request, team, name, kind, created)| {
            let item = StartItem::link(name, format!("/teams/{team}")).since(created);
            if kind == "invite" {
                item.note(StartNote::InvitedYou)
            } else {
                let mut item = item.note(StartNote::AskedToJoin);
                item.withdraw = Some(request);
                item
            }
        })
        .collect();
    Ok(StartSection::new(StartList::MyRequests, items))
}

/// Requests to join the teams the person leads, oldest first.
async fn lead_requests(pool: &SqlitePool, user_id: i64) -> Result<StartSection, AppError> {
    let rows: Vec<(i64, String, String, String)> = sqlx::query_as(
        "SELECT t.id, t.name, COALESCE(u.display_name, ''), r.created_at
           FROM team_requests r
           JOIN teams t ON t.id = r.team_id
           JOIN team_members m ON m.team_id = t.id AND m.user_id = ? AND m.role = 'lead'
           JOIN users u ON u.id = r.user_id
          WHERE r.kind = 'request' AND r.status = 'pending'
          ORDER BY r.created_at, r.id",
    )
    .bind(user_id)
    .fetch_all(pool)
    .await?;
    let items = rows
        .into_iter()
        .map(|(team, name, person, created)| {
            StartItem::link(
                format!("{person} → {name}"),
                format!("/teams/{team}#requests"),
            )
            .since(created)
            .note(StartNote::AskedToJoin)
        })
        .collect();
    Ok(StartSection::new(StartList::LeadRequests, items))
}

/// The open roles of the person's teams, each with the number of people who applied for it.
async fn open_roles(pool: &SqlitePool, user_id: i64) -> Result<StartSection, AppError> {
    let rows: Vec<(i64, String, String, String, i64)> = sqlx::query_as(
        "SELECT t.id, t.name, o.title, o.created_at,
                (SELECT COUNT(*) FROM team_requests r
                  WHERE r.role_id = o.id AND r.status = 'pending' AND r.kind = 'request')
           FROM team_roles o
           JOIN teams t ON t.id = o.team_id
           JOIN team_members m ON m.team_id = t.id AND m.user_id = ? AND m.role = 'lead'
          WHERE o.closed_at IS NULL
          ORDER BY o.created_at, o.id",
    )
    .bind(user_id)
    .fetch_all(pool)
    .await?;
    let items = rows
        .into_iter()
        .map(|(team, name, role, created, applicants)| {
            let item = StartItem::link(format!("{role} · {name}"), format!("/teams/{team}#roles"))
                .since(created);
            if applicants > 0 {
                item.note(StartNote::Applicants).count(applicants)
            } else {
                item.note(StartNote::NobodyYet)
            }
        })
        .collect();
    Ok(StartSection::new(StartList::OpenRoles, items))
}

/// Withdraws the person's own pending request to join a team. Someone else's request or an
/// invitation is "not found"; one already answered is a conflict.
pub async fn withdraw_request(
    pool: &SqlitePool,
    viewer: &Viewer,
    request_id: RequestId,
) -> Result<TeamId, AppError> {
    let mut tx = begin_write(pool).await?;
    let row: Option<(TeamId, i64, String, String)> =
        sqlx::query_as("SELECT team_id, user_id, kind, status FROM team_requests WHERE id = ?")
            .bind(request_id)
            .fetch_optional(&mut *tx)
            .await?;
    let Some((team_id, user_id, kind, status)) = row else {
        return Err(AppError::NotFound);
    };
    if user_id != viewer.id || kind != "request" {
        return Err(AppError::NotFound);
    }
    if status != "pending" {
        return Err(AppError::Conflict);
    }
    sqlx::query!(
        "UPDATE team_requests SET status = 'withdrawn', decided_by = ?, decided_at = datetime('now')
          WHERE id = ?",
        viewer.id,
        request_id
    )
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(team_id)
}
