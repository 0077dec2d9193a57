//! Reading the audit log (every feature writes to it through `server::audit::record`).
use crate::common::error::AppError;
pub use crate::server::audit::record;
use crate::steering::audit::*;
use sqlx::{QueryBuilder, Sqlite, SqlitePool};

/// The filter of `/steering/audit`: an area, a person, a first and a last day, and the page.
#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    pub area: Option<AuditArea>,
    pub actor: Option<i64>,
    pub from: Option<String>,
    pub to: Option<String>,
    pub before: Option<i64>,
}

/// The name and page of an entry's subject, as they are now (hidden ideas keep their title
/// here: the log is the steering group's own).
const SUBJECT: &str = "CASE a.subject_kind
    WHEN 'person' THEN (SELECT coalesce(display_name, '') FROM users WHERE id = a.subject_id)
    WHEN 'idea' THEN (SELECT title FROM ideas WHERE id = a.subject_id)
    WHEN 'comment' THEN (SELECT i.title FROM comments c JOIN ideas i ON i.id = c.idea_id
                          WHERE c.id = a.subject_id)
    WHEN 'intervention' THEN (SELECT title FROM interventions WHERE id = a.subject_id)
    WHEN 'edition' THEN (SELECT title FROM festival_editions WHERE id = a.subject_id)
    WHEN 'decision' THEN (SELECT substr(text, 1, 80) FROM decisions WHERE id = a.subject_id)
    WHEN 'import' THEN (SELECT file_name FROM steering_imports WHERE id = a.subject_id)
  END";

type Row = (
    i64,
    String,
    Option<String>,
    String,
    String,
    Option<i64>,
    Option<String>,
    String,
    Option<i64>,
);

/// A page of the log, newest first.
pub async fn list(pool: &SqlitePool, filter: &AuditFilter) -> Result<AuditPage, AppError> {
    let mut query: QueryBuilder<Sqlite> = QueryBuilder::new(format!(
        "SELECT a.id, a.at, u.display_name, a.action, a.subject_kind, a.subject_id, {SUBJECT},
                a.detail,
                (SELECT c.idea_id FROM comments c WHERE a.subject_kind = 'comment' AND c.id = a.subject_id)
           FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id WHERE 1 = 1"
    ));
    if let Some(area) = filter.area {
        query.push(" AND a.action IN (");
        let mut list = query.separated(", ");
        for action in area.actions() {
            list.push_bind(action.code());
        }
        query.push(")");
    }
    if let Some(actor) = filter.actor {
        query.push(" AND a.actor_id = ").push_bind(actor);
    }
    if let Some(from) = &filter.from {
        query.push(" AND a.at >= ").push_bind(from.clone());
    }
    if let Some(to) = &filter.to {
        query
            .push(" AND a.at < date(")
            .push_bind(to.clone())
            .push(", '+1 day')");
    }
    if let Some(before) = filter.before {
        query.push(" AND a.id < ").push_bind(before);
    }
    query
        .push(" ORDER BY a.id DESC LIMIT ")
        .push_bind(AUDIT_PAGE + 1);
    let mut rows: Vec<Row> = query.build_query_as().fetch_all(pool).await?;
    let older = (rows.len() as i64 > AUDIT_PAGE).then(|| {
        rows.truncate(AUDIT_PAGE as usize);
        rows.last().map(|r| r.0).unwrap_or_default()
    });
    let entries = rows
        .into_iter()
        .filter_map(
            |(id, at, actor, action, subject, subject_id, name, detail, comment_idea)| {
                let action = AuditAction::from_code(&action)?;
                let subject = AuditSubject::from_code(&subject)?;
                let subject_path = subject_id.and_then(|sid| match subject {
                    AuditSubject::Person => Some(format!("/people/{sid}")),
                    AuditSubject::Idea => Some(format!("/ideas/{sid}")),
                    AuditSubject::Comment => {
                        comment_idea.map(|i| crate::common::ids::comment_link(i, sid))
                    }
                    AuditSubject::Intervention => Some(format!("/festival/i/{sid}")),
                    AuditSubject::Edition => Some("/festival/manage".to_owned()),
                    AuditSubject::Decision => Some(format!("/steering/decisions/{sid}")),
                    AuditSubject::Import => Some(format!("/steering/import/{sid}")),
                });
                Some(AuditEntry {
                    id,
                    at,
                    actor,
                    action,
                    subject,
                    subject_id,
                    subject_name: name.filter(|n| !n.is_empty()),
                    subject_path,
                    detail,
                })
            },
        )
        .collect();
    let actors: Vec<(i64, String)> = sqlx::query_as(
        "SELECT u.id, u.display_name FROM users u
          WHERE u.display_name IS NOT NULL
            AND (EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND r.role = 'steering')
                 OR EXISTS (SELECT 1 FROM audit_log a WHERE a.actor_id = u.id))
          ORDER BY u.display_name",
    )
    .fetch_all(pool)
    .await?;
    Ok(AuditPage {
        entries,
        older,
        actors,
    })
}
