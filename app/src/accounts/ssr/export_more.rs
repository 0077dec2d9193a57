//! The rest of "download my data": every other table that holds something of the person, as
//! plain rows (column name → value), so nothing kept about them is left out of the export.
use crate::common::error::AppError;
use sqlx::sqlite::SqliteRow;
use sqlx::{Column, Row, SqlitePool};

/// (section in the export, query with the person's id as `?1`).
const SECTIONS: &[(&str, &str)] = &[
    (
        "notifications",
        "SELECT kind, subject, detail, link, delivery, created_at, read_at
           FROM notifications WHERE user_id = ?1 ORDER BY id",
    ),
    (
        "notification_preferences",
        "SELECT kind, mode FROM notification_prefs WHERE user_id = ?1 ORDER BY kind",
    ),
    (
        "digests",
        "SELECT day, items FROM digests WHERE user_id = ?1 ORDER BY day",
    ),
    (
        "follows",
        "SELECT idea_id, created_at FROM idea_follows WHERE user_id = ?1 ORDER BY idea_id",
    ),
    (
        "coauthorships",
        "SELECT idea_id, added_at FROM idea_coauthors WHERE user_id = ?1 ORDER BY idea_id",
    ),
    (
        "coauthor_invitations_sent",
        "SELECT idea_id, email, created_at, expires_at, used_at
           FROM idea_invites WHERE invited_by = ?1 ORDER BY id",
    ),
    (
        "idea_versions_written",
        "SELECT idea_id, version, title, summary, description, tags, needs_note, created_at
           FROM idea_versions WHERE editor_id = ?1 ORDER BY idea_id, version",
    ),
    (
        "idea_draft",
        "SELECT title, summary, updated_at FROM idea_drafts WHERE user_id = ?1",
    ),
    (
        "reports_made",
        "SELECT idea_id, comment_id, reason, note, created_at, resolution
           FROM reports WHERE reporter_id = ?1 ORDER BY id",
    ),
    (
        "team_join_requests",
        "SELECT team_id, kind, role_id, message, status, created_at
           FROM team_requests WHERE user_id = ?1 OR created_by = ?1 ORDER BY id",
    ),
    (
        "team_tasks",
        "SELECT team_id, title, due_on, done_at, created_at,
                owner_id = ?1 AS mine, created_by = ?1 AS written_by_me
           FROM team_tasks WHERE owner_id = ?1 OR created_by = ?1 ORDER BY id",
    ),
    (
        "festival_proposals",
        "SELECT id, title, status, created_at FROM interventions WHERE proposed_by = ?1 ORDER BY id",
    ),
    (
        "workshop_places",
        "SELECT workshop_id, team_id, status, attended, created_at
           FROM workshop_seats WHERE user_id = ?1 ORDER BY id",
    ),
    (
        "stage_requests",
        "SELECT idea_id, to_stage, status, note, asked_at FROM gate_requests
          WHERE asked_by = ?1 ORDER BY id",
    ),
    (
        "pledges_offered",
        "SELECT idea_id, kind, amount_eur, hours, dates, note, status, offered_at
           FROM pledges WHERE offered_by = ?1 ORDER BY id",
    ),
    (
        "decision_answers",
        "SELECT decision_id, answer, reason, answered_at FROM decision_answers
          WHERE member_id = ?1 ORDER BY decision_id",
    ),
    (
        "known_browsers",
        "SELECT created_at, last_used_at FROM known_devices WHERE user_id = ?1
          ORDER BY created_at",
    ),
];

/// A row as a JSON object: integers, reals and texts as they are stored.
fn row_json(row: &SqliteRow) -> serde_json::Value {
    let mut object = serde_json::Map::new();
    for (i, column) in row.columns().iter().enumerate() {
        let value = if let Ok(v) = row.try_get::<Option<i64>, _>(i) {
            serde_json::json!(v)
        } else if let Ok(v) = row.try_get::<Option<f64>, _>(i) {
            serde_json::json!(v)
        } else {
            serde_json::json!(row.try_get::<Option<String>, _>(i).ok().flatten())
        };
        object.insert(column.name().to_owned(), value);
    }
    serde_json::Value::Object(object)
}

/// Adds every section of [`SECTIONS`] to `account`.
pub async fn export_more(
    pool: &SqlitePool,
    user_id: i64,
    account: &mut serde_json::Map<String, serde_json::Value>,
) -> Result<(), AppError> {
    for (name, sql) in SECTIONS {
        let rows = sqlx::query(sql).bind(user_id).fetch_all(pool).await?;
        account.insert(
            (*name).to_owned(),
            serde_json::Value::Array(rows.iter().map(row_json).collect()),
        );
    }
    Ok(())
}
