use crate::common::error::AppError;
use crate::common::ids::RoleId;
use crate::common::ids::TeamId;
use sqlx::SqliteConnection;

/// People the matcher notifies when a role opens.
pub(crate) const ROLE_MATCH_NOTIFY_MAX: usize = 30;

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
pub fn announce(team_id: TeamId) {
    crate::server::live::announce(crate::server::live::Topic::Team(team_id));
}

/// The team's name and idea; "not found" when there is no such team or a moderator hid its
/// idea (nobody joins or works in a hidden idea's team until it is restored).
pub(crate) async fn team_name(
    conn: &mut SqliteConnection,
    team_id: TeamId,
) -> Result<(String, i64), AppError> {
    sqlx::query_as(
        "SELECT t.name, t.idea_id FROM teams t JOIN ideas i ON i.id = t.idea_id
          WHERE t.id = ? AND i.hidden_at IS NULL",
    )
    .bind(team_id)
    .fetch_optional(&mut *conn)
    .await?
    .ok_or(AppError::NotFound)
}

pub(crate) async fn lead_ids(
    conn: &mut SqliteConnection,
    team_id: TeamId,
) -> Result<Vec<i64>, AppError> {
    let rows: Vec<(i64,)> =
        sqlx::query_as("SELECT user_id FROM team_members WHERE team_id = ? AND role = 'lead'")
            .bind(team_id)
            .fetch_all(&mut *conn)
            .await?;
    Ok(rows.into_iter().map(|(id,)| id).collect())
}

pub(crate) async fn touch(conn: &mut SqliteConnection, team_id: TeamId) -> Result<(), AppError> {
    sqlx::query!(
        "UPDATE teams SET activity_at = datetime('now') WHERE id = ?",
        team_id
    )
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// The title of an open role of the team, for a request or invitation that names one; a role
/// of another team, or one filled or closed meanwhile, is refused.
pub(crate) async fn open_role_title(
    conn: &mut SqliteConnection,
    team_id: TeamId,
    role_id: Option<RoleId>,
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
pub(crate) async fn may_join(conn: &mut SqliteConnection, user_id: i64) -> Result<bool, AppError> {
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
