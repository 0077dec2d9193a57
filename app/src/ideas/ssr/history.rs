use crate::common::error::AppError;
use crate::common::ids::IdeaId;
use crate::common::PersonRef;
use crate::ideas::*;
use crate::server::lookups::visible_idea;
use crate::server::people::PERSON;
use sqlx::SqlitePool;

type VersionRow = (
    i64,
    String,
    String,
    String,
    String,
    String,
    Option<String>,
    Option<f64>,
    Option<f64>,
    String,
    bool,
    bool,
    bool,
    String,
);

/// The versions of an idea and what changed between `from` and `to` (by default the latest
/// and the one before it).
pub async fn history(
    pool: &SqlitePool,
    idea_id: IdeaId,
    from: Option<i64>,
    to: Option<i64>,
    viewer: Option<&crate::common::Viewer>,
) -> Result<History, AppError> {
    let steering = viewer.is_some_and(|v| v.has(crate::common::Role::Steering));
    let mut conn = pool.acquire().await?;
    visible_idea(&mut conn, idea_id, steering).await?;
    let may_redact = steering
        || match viewer {
            Some(v) => crate::server::lookups::is_editor(&mut conn, idea_id, v.id).await?,
            None => false,
        };
    let (title, latest): (String, i64) =
        sqlx::query_as("SELECT title, version FROM ideas WHERE id = ?")
            .bind(idea_id)
            .fetch_one(&mut *conn)
            .await?;
    let rows: Vec<(i64, String, i64, Option<String>, bool, bool)> = sqlx::query_as(&format!(
        "SELECT v.version, v.created_at, {PERSON}, v.redacted_at IS NOT NULL FROM idea_versions v
           JOIN users u ON u.id = v.editor_id
          WHERE v.idea_id = ? ORDER BY v.version DESC"
    ))
    .bind(idea_id)
    .fetch_all(&mut *conn)
    .await?;
    let versions: Vec<VersionInfo> = rows
        .into_iter()
        .map(
            |(version, created_at, id, name, mentor, redacted)| VersionInfo {
                version,
                created_at,
                editor: PersonRef { id, name, mentor },
                redacted,
            },
        )
        .collect();
    let to = to.filter(|v| (1..=latest).contains(v)).unwrap_or(latest);
    let from = from
        .filter(|v| (1..=latest).contains(v))
        .unwrap_or((to - 1).max(1));
    let snapshots: Vec<VersionRow> = sqlx::query_as(
        "SELECT version, title, summary, description, tags, sectors, district, lat, lng,
                need_skills, need_venue, need_money, need_materials, needs_note
           FROM idea_versions WHERE idea_id = ? AND version IN (?, ?)",
    )
    .bind(idea_id)
    .bind(from)
    .bind(to)
    .fetch_all(&mut *conn)
    .await?;
    let find = |v: i64| snapshots.iter().find(|row| row.0 == v).map(fields_of);
    let changes = match (find(from), find(to)) {
        (Some(old), Some(new)) if from != to => diff_fields(&old, &new),
        _ => Vec::new(),
    };
    Ok(History {
        idea_id,
        title,
        versions,
        from,
        to,
        changes,
        may_redact,
    })
}

/// Redacts an earlier version of an idea: its texts are emptied for good (the current version
/// is changed by editing instead). For the idea's authors and the steering group.
pub async fn redact_version(
    pool: &SqlitePool,
    viewer: &crate::common::Viewer,
    idea_id: IdeaId,
    version: i64,
) -> Result<(), AppError> {
    let steering = viewer.has(crate::common::Role::Steering);
    let mut tx = crate::server::db::begin_write(pool).await?;
    visible_idea(&mut tx, idea_id, steering).await?;
    let latest: i64 = sqlx::query_scalar("SELECT version FROM ideas WHERE id = ?")
        .bind(idea_id)
        .fetch_one(&mut *tx)
        .await?;
    if !(1..latest).contains(&version) {
        return Err(AppError::field(
            "version",
            if version == latest {
                "redact_latest"
            } else {
                "out_of_range"
            },
        ));
    }
    if !steering && !crate::server::lookups::is_editor(&mut tx, idea_id, viewer.id).await? {
        return Err(AppError::Forbidden);
    }
    sqlx::query(
        "UPDATE idea_versions
            SET title = '', summary = '', description = '', tags = '', need_skills = '',
                needs_note = '', district = NULL, lat = NULL, lng = NULL,
                redacted_at = COALESCE(redacted_at, datetime('now')),
                redacted_by = COALESCE(redacted_by, ?)
          WHERE idea_id = ? AND version = ?",
    )
    .bind(viewer.id)
    .bind(idea_id)
    .bind(version)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(())
}

/// A version as comparable text, field by field.
fn fields_of(row: &VersionRow) -> Vec<(&'static str, String)> {
    let point = match (row.7, row.8) {
        (Some(lat), Some(lng)) => format!("{lat:.5}, {lng:.5}"),
        _ => String::new(),
    };
    let needs: Vec<&str> = [(row.10, "venue"), (row.11, "money"), (row.12, "materials")]
        .into_iter()
        .filter_map(|(on, name)| on.then_some(name))
        .collect();
    vec![
        ("title", row.1.clone()),
        ("summary", row.2.clone()),
        ("description", row.3.clone()),
        ("tags", row.4.clone()),
        ("sectors", row.5.clone()),
        (
            "district",
            row.6
                .as_deref()
                .and_then(District::from_code)
                .map(|d| d.name().to_owned())
                .unwrap_or_default(),
        ),
        ("point", point),
        ("need_skills", row.9.clone()),
        ("needs", needs.join(", ")),
        ("needs_note", row.13.clone()),
    ]
}

/// The fields that differ, each as runs of kept, removed and added text: words for short
/// fields, lines for the description.
pub fn diff_fields(
    old: &[(&'static str, String)],
    new: &[(&'static str, String)],
) -> Vec<FieldChange> {
    use similar::{ChangeTag, TextDiff};
    old.iter()
        .zip(new)
        .filter(|((_, a), (_, b))| a != b)
        .map(|((field, a), (_, b))| {
            let diff = if *field == "description" {
                TextDiff::from_lines(a.as_str(), b.as_str())
            } else {
                TextDiff::from_words(a.as_str(), b.as_str())
            };
            let mut parts: Vec<(DiffKind, String)> = Vec::new();
            for change in diff.iter_all_changes() {
                let kind = match change.tag() {
                    ChangeTag::Equal => DiffKind::Same,
                    ChangeTag::Insert => DiffKind::Added,
                    ChangeTag::Delete => DiffKind::Removed,
                };
                match parts.last_mut() {
                    Some((last, text)) if *last == kind => text.push_str(change.value()),
                    _ => parts.push((kind, change.value().to_owned())),
                }
            }
            FieldChange {
                field: (*field).to_owned(),
                parts,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(title: &str, description: &str) -> Vec<(&'static str, String)> {
        vec![
            ("title", title.to_owned()),
            ("description", description.to_owned()),
        ]
    }

    #[test]
    fn only_changed_fields_are_compared() {
        let old = fields("Kiemų kinas", "Pirma eilutė\nAntra eilutė\n");
        let new = fields("Kiemų kinas", "Pirma eilutė\nNauja eilutė\n");
        let changes = diff_fields(&old, &new);
        assert_eq!(changes.len(), 1);
        assert_eq!(changes[0].field, "description");
        assert_eq!(
            changes[0].parts,
            vec![
                (DiffKind::Same, "Pirma eilutė\n".to_owned()),
                (DiffKind::Removed, "Antra eilutė\n".to_owned()),
                (DiffKind::Added, "Nauja eilutė\n".to_owned()),
            ]
        );
    }

    #[test]
    fn short_fields_differ_by_words() {
        let changes = diff_fields(
            &fields("Kino vakarai kieme", ""),
            &fields("Kino naktys kieme", ""),
        );
        assert_eq!(
            changes[0].parts,
            vec![
                (DiffKind::Same, "Kino ".to_owned()),
                (DiffKind::Removed, "vakarai".to_owned()),
                (DiffKind::Added, "naktys".to_owned()),
                (DiffKind::Same, " kieme".to_owned()),
            ]
        );
    }
}
