use super::announce;
use super::members_of;
use super::person;
use super::team_name;
use super::touch;
use crate::common::error::AppError;
use crate::common::ids::TaskId;
use crate::common::ids::TeamId;
use crate::common::Viewer;
use crate::server::db::begin_write;
use crate::server::people::PERSON;
use crate::server::policy::{authorize_team, role_in, TeamScope};
use crate::teams::*;
use sqlx::SqlitePool;

/// The workspace, for the team's people only.
pub async fn workspace(
    pool: &SqlitePool,
    viewer: &Viewer,
    team_id: TeamId,
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
        crate::common::ids::TaskId,
        String,
        Option<i64>,
        Option<String>,
        Option<bool>,
        Option<String>,
        bool,
    );
    // Open tasks (the team's own forms stop at TASKS_OPEN_MAX; a forum's or workshop's
    // outcomes may add more), the soonest due first, then the most recently done; the rest
    // are counted, not sent.
    // The owner as `PERSON` has it, with names the outer query can pick.
    const OWNER: &str = "u.id AS uid, u.display_name AS uname, \
        EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND r.role = 'mentor') AS mentor";
    let tasks: Vec<TaskRow> = sqlx::query_as(&format!(
        "SELECT id, title, uid, uname, mentor, due_on, done FROM (
             SELECT * FROM (
                 SELECT t.id AS id, t.title AS title, {OWNER}, t.due_on AS due_on, 0 AS done,
                        row_number() OVER (ORDER BY t.due_on IS NULL, t.due_on, t.id) AS k
                   FROM team_tasks t LEFT JOIN users u ON u.id = t.owner_id
                  WHERE t.team_id = ?1 AND t.done_at IS NULL)
              WHERE k <= ?2
             UNION ALL
             SELECT * FROM (
                 SELECT t.id AS id, t.title AS title, {OWNER}, t.due_on AS due_on, 1 AS done,
                        ?2 + row_number() OVER (ORDER BY t.done_at DESC, t.id DESC) AS k
                   FROM team_tasks t LEFT JOIN users u ON u.id = t.owner_id
                  WHERE t.team_id = ?1 AND t.done_at IS NOT NULL)
              WHERE k <= ?2 + ?3)
         ORDER BY k"
    ))
    .bind(team_id)
    .bind(TASKS_OPEN_MAX as i64)
    .bind(TASKS_DONE_SHOWN as i64)
    .fetch_all(&mut *conn)
    .await?;
    let (open_total, done_total): (i64, i64) = sqlx::query_as(
        "SELECT count(*) FILTER (WHERE done_at IS NULL), count(*) FILTER (WHERE done_at IS NOT NULL)
           FROM team_tasks WHERE team_id = ?",
    )
    .bind(team_id)
    .fetch_one(&mut *conn)
    .await?;
    Ok(Workspace {
        team_id,
        name,
        members,
        today: crate::server::time::in_vilnius(chrono::Utc::now())
            .format("%Y-%m-%d")
            .to_string(),
        posts: posts
            .into_iter()
            .map(|(id, uid, uname, mentor, body, created_at)| TeamPost {
                id,
                author: person(uid, uname, mentor),
                body,
                created_at,
            })
            .collect(),
        done_not_shown: (done_total - TASKS_DONE_SHOWN as i64).max(0),
        open_not_shown: (open_total - TASKS_OPEN_MAX as i64).max(0),
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
    team_id: TeamId,
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
    team_id: TeamId,
    title: &str,
    owner: Option<i64>,
    due_on: &str,
) -> Result<i64, AppError> {
    let mut tx = begin_write(pool).await?;
    authorize_team(&mut tx, viewer, team_id, TeamScope::WorkspaceWrite).await?;
    let due_on = check_task(title, due_on)?;
    room_for_open_task(&mut tx, team_id, "title").await?;
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
    task_id: TaskId,
    done: bool,
) -> Result<TeamId, AppError> {
    let mut tx = begin_write(pool).await?;
    let (team_id,): (TeamId,) = sqlx::query_as("SELECT team_id FROM team_tasks WHERE id = ?")
        .bind(task_id)
        .fetch_optional(&mut *tx)
        .await?
        .ok_or(AppError::NotFound)?;
    authorize_team(&mut tx, viewer, team_id, TeamScope::WorkspaceWrite).await?;
    if !done {
        // The reopen button's form has no field of its own: the message is the form's.
        room_for_open_task(&mut tx, team_id, "form").await?;
    }
    sqlx::query!(
        "UPDATE team_tasks SET done_at = CASE WHEN ? THEN coalesce(done_at, datetime('now')) END,
                updated_at = datetime('now') WHERE id = ?",
        done,
        task_id
    )
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    announce(team_id);
    Ok(team_id)
}

/// Refuses a new or reopened task when the team already has [`TASKS_OPEN_MAX`] open ones.
async fn room_for_open_task(
    conn: &mut sqlx::SqliteConnection,
    team_id: TeamId,
    field: &str,
) -> Result<(), AppError> {
    let (open,): (i64,) =
        sqlx::query_as("SELECT count(*) FROM team_tasks WHERE team_id = ? AND done_at IS NULL")
            .bind(team_id)
            .fetch_one(&mut *conn)
            .await?;
    if open >= TASKS_OPEN_MAX as i64 {
        return Err(AppError::field(field, "tasks_too_many"));
    }
    Ok(())
}
