//! What the gates put on a person's start page: for a mentor, the requests for sign-off from
//! the teams they guide; for the steering group, every open request.
use crate::common::error::AppError;
use crate::common::start::{StartItem, StartList, StartNote, StartSection};
use crate::common::{Role, Viewer};
use sqlx::SqlitePool;

pub async fn start_sections(
    pool: &SqlitePool,
    viewer: &Viewer,
) -> Result<Vec<StartSection>, AppError> {
    let steering = viewer.has(Role::Steering);
    if !steering && !viewer.has(Role::Mentor) {
        return Ok(Vec::new());
    }
    // Oldest first: they have waited longest.
    let rows: Vec<(i64, String, String, String)> = sqlx::query_as(
        "SELECT i.id, i.title, i.lang, g.asked_at
           FROM gate_requests g JOIN ideas i ON i.id = g.idea_id AND i.hidden_at IS NULL
           LEFT JOIN teams t ON t.idea_id = i.id
          WHERE g.status = 'requested'
            AND (?1 OR (g.to_stage = 'ready' AND EXISTS (
                   SELECT 1 FROM team_members m
                    WHERE m.team_id = t.id AND m.user_id = ?2 AND m.role = 'mentor')))
          ORDER BY g.asked_at, g.id",
    )
    .bind(steering)
    .bind(viewer.id)
    .fetch_all(pool)
    .await?;
    let items = rows
        .into_iter()
        .map(|(id, title, lang, since)| {
            StartItem::link(title, format!("/ideas/{id}#gate"))
                .lang(lang)
                .since(since)
                .note(StartNote::SignOffAsked)
        })
        .collect();
    Ok(vec![StartSection::new(StartList::SignOffs, items)])
}
