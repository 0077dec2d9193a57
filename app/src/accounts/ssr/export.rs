use super::my_profile;
use crate::common::error::{internal, AppError};
use sqlx::SqlitePool;

/// Everything the platform holds about a person, for "download my data".
pub async fn export(pool: &SqlitePool, user_id: i64) -> Result<serde_json::Value, AppError> {
    let profile = my_profile(pool, user_id).await?;
    type AccountDates = (String, Option<String>, Option<String>, Option<String>);
    let account: Option<AccountDates> = sqlx::query_as(
        "SELECT created_at, email_verified_at, guardian_email, guardian_confirmed_at
           FROM users WHERE id = ?",
    )
    .bind(user_id)
    .fetch_optional(pool)
    .await?;
    let (created_at, email_verified_at, guardian_email, guardian_confirmed_at) =
        account.ok_or(AppError::NotFound)?;
    type SentMail = (String, String, String, String, Option<String>);
    let emails: Vec<SentMail> = sqlx::query_as(
        "SELECT kind, recipient, subject, created_at, sent_at FROM outbox
          WHERE user_id = ? ORDER BY id",
    )
    .bind(user_id)
    .fetch_all(pool)
    .await?;
    let roles: Vec<(String, String)> =
        sqlx::query_as("SELECT role, granted_at FROM user_roles WHERE user_id = ? ORDER BY role")
            .bind(user_id)
            .fetch_all(pool)
            .await?;
    // What the person published: their ideas and comments (public anyway, listed for them).
    let ideas: Vec<(i64, String, String, String)> = sqlx::query_as(
        "SELECT id, title, summary, created_at FROM ideas WHERE author_id = ? ORDER BY id",
    )
    .bind(user_id)
    .fetch_all(pool)
    .await?;
    let comments: Vec<(i64, i64, String, String)> = sqlx::query_as(
        "SELECT id, idea_id, body, created_at FROM comments WHERE author_id = ? ORDER BY id",
    )
    .bind(user_id)
    .fetch_all(pool)
    .await?;
    let supports: Vec<(i64, String)> = sqlx::query_as(
        "SELECT idea_id, created_at FROM idea_supports WHERE user_id = ? ORDER BY idea_id",
    )
    .bind(user_id)
    .fetch_all(pool)
    .await?;
    let teams: Vec<(i64, String, String, String)> = sqlx::query_as(
        "SELECT t.id, t.name, m.role, m.joined_at FROM team_members m
           JOIN teams t ON t.id = m.team_id WHERE m.user_id = ? ORDER BY t.id",
    )
    .bind(user_id)
    .fetch_all(pool)
    .await?;
    let festival: Vec<(i64, String, String)> = sqlx::query_as(
        "SELECT x.id, x.title, 'taking_part' FROM intervention_people p
           JOIN interventions x ON x.id = p.intervention_id WHERE p.user_id = ?
         UNION ALL
         SELECT x.id, x.title, 'starred' FROM festival_stars s
           JOIN interventions x ON x.id = s.intervention_id WHERE s.user_id = ?
         ORDER BY 1",
    )
    .bind(user_id)
    .bind(user_id)
    .fetch_all(pool)
    .await?;
    let team_messages: Vec<(i64, i64, String, String)> = sqlx::query_as(
        "SELECT id, team_id, body, created_at FROM team_messages WHERE author_id = ? ORDER BY id",
    )
    .bind(user_id)
    .fetch_all(pool)
    .await?;
    let forums: Vec<(i64, String, String, String)> = sqlx::query_as(
        "SELECT f.id, f.title, s.status, s.sectors FROM forum_seats s
           JOIN forums f ON f.id = s.forum_id WHERE s.user_id = ? ORDER BY s.id",
    )
    .bind(user_id)
    .fetch_all(pool)
    .await?;
    let forum_writing: Vec<(i64, String, String, String)> = sqlx::query_as(
        "SELECT forum_id, 'harvest_note', body, created_at FROM harvest_notes WHERE author_id = ?
         UNION ALL
         SELECT forum_id, 'reflection', body, updated_at FROM forum_reflections WHERE user_id = ?
         UNION ALL
         SELECT g.forum_id, 'open_space_session', s.title || ' — ' || s.what, s.created_at
           FROM forum_sessions s JOIN forum_segments g ON g.id = s.segment_id
          WHERE s.convener_id = ?
         UNION ALL
         SELECT g.forum_id, 'pro_action_case', c.quest || coalesce(char(10) || c.next_steps, ''),
                c.created_at
           FROM forum_cases c JOIN forum_segments g ON g.id = c.segment_id
          WHERE c.holder_id = ?
         ORDER BY 1, 4",
    )
    .bind(user_id)
    .bind(user_id)
    .bind(user_id)
    .bind(user_id)
    .fetch_all(pool)
    .await?;
    let mut value = serde_json::to_value(&profile).map_err(internal)?;
    if let Some(object) = value.as_object_mut() {
        object.insert(
            "ideas".into(),
            ideas
                .into_iter()
                .map(|(id, title, summary, at)| {
                    serde_json::json!({ "id": id, "title": title, "summary": summary, "created_at": at })
                })
                .collect(),
        );
        object.insert(
            "comments".into(),
            comments
                .into_iter()
                .map(|(id, idea, body, at)| {
                    serde_json::json!({ "id": id, "idea_id": idea, "body": body, "created_at": at })
                })
                .collect(),
        );
        object.insert(
            "supported_ideas".into(),
            supports
                .into_iter()
                .map(|(idea, at)| serde_json::json!({ "idea_id": idea, "at": at }))
                .collect(),
        );
        object.insert(
            "teams".into(),
            teams
                .into_iter()
                .map(|(id, name, role, at)| {
                    serde_json::json!({ "team_id": id, "name": name, "role": role, "joined_at": at })
                })
                .collect(),
        );
        object.insert(
            "forums".into(),
            forums
                .into_iter()
                .map(|(id, title, status, sectors)| {
                    serde_json::json!({ "forum_id": id, "title": title, "status": status, "sectors": sectors })
                })
                .collect(),
        );
        object.insert(
            "forum_writing".into(),
            forum_writing
                .into_iter()
                .map(|(id, kind, body, at)| {
                    serde_json::json!({ "forum_id": id, "kind": kind, "body": body, "at": at })
                })
                .collect(),
        );
        object.insert(
            "team_messages".into(),
            team_messages
                .into_iter()
                .map(|(id, team, body, at)| {
                    serde_json::json!({ "id": id, "team_id": team, "body": body, "created_at": at })
                })
                .collect(),
        );
        object.insert(
            "festival".into(),
            festival
                .into_iter()
                .map(|(id, title, how)| {
                    serde_json::json!({ "intervention_id": id, "title": title, "as": how })
                })
                .collect(),
        );
        object.remove("popular_skills");
        object.insert("created_at".into(), created_at.into());
        object.insert("email_verified_at".into(), email_verified_at.into());
        object.insert("guardian_email".into(), guardian_email.into());
        object.insert("guardian_confirmed_at".into(), guardian_confirmed_at.into());
        object.insert(
            "role_grants".into(),
            roles
                .into_iter()
                .map(|(role, at)| serde_json::json!({ "role": role, "granted_at": at }))
                .collect(),
        );
        object.insert(
            "emails_sent_to_me".into(),
            emails
                .into_iter()
                .map(|(kind, to, subject, created, sent)| {
                    serde_json::json!({
                        "kind": kind, "to": to, "subject": subject,
                        "queued_at": created, "sent_at": sent,
                    })
                })
                .collect(),
        );
    }
    if let Some(object) = value.as_object_mut() {
        super::export_more::export_more(pool, user_id, object).await?;
    }
    Ok(serde_json::json!({
        "platform": "Santaka",
        "exported_at": chrono::Utc::now().to_rfc3339(),
        "account": value,
    }))
}
