//! SQL behind ideas. Every write runs in one `BEGIN IMMEDIATE` transaction, together with the
//! full-text index (kept by triggers) and the counters; every page reads what it shows in a
//! fixed number of queries.
use super::markdown::{render, Flavour};
use super::stage::{may_move, Mover};
use super::*;
use crate::common::error::AppError;
use crate::common::sectors::sectors_of;
use crate::common::sectors::Sector;
use crate::common::Kind as NotifyKind;
use crate::common::PersonRef;
use crate::common::{parse_tags, Role, Viewer};
use crate::ideas::stage::stage_of;
use crate::server::db::begin_write;
use crate::server::lookups::{is_editor, visible_idea};
use crate::server::notify::{notify, Event, To};
use crate::server::people::PERSON;
use sqlx::{QueryBuilder, Sqlite, SqliteConnection, SqlitePool};

fn tags_of(text: &str) -> Vec<String> {
    parse_tags(text)
}

async fn set_idea_sectors(
    conn: &mut SqliteConnection,
    idea_id: i64,
    sectors: &[Sector],
) -> Result<(), AppError> {
    sqlx::query("DELETE FROM idea_sectors WHERE idea_id = ?")
        .bind(idea_id)
        .execute(&mut *conn)
        .await?;
    for sector in sectors {
        sqlx::query("INSERT OR IGNORE INTO idea_sectors (idea_id, sector) VALUES (?, ?)")
            .bind(idea_id)
            .bind(sector.code())
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

async fn set_idea_tags(
    conn: &mut SqliteConnection,
    idea_id: i64,
    tags: &[String],
) -> Result<(), AppError> {
    sqlx::query("DELETE FROM idea_tags WHERE idea_id = ?")
        .bind(idea_id)
        .execute(&mut *conn)
        .await?;
    for tag in tags {
        sqlx::query("INSERT OR IGNORE INTO idea_tags (idea_id, tag) VALUES (?, ?)")
            .bind(idea_id)
            .bind(tag)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

/// Records the idea's current state as its next version (or version 1).
async fn snapshot(conn: &mut SqliteConnection, idea_id: i64, editor: i64) -> Result<(), AppError> {
    sqlx::query(
        "INSERT INTO idea_versions (idea_id, version, editor_id, title, summary, description,
                tags, sectors, district, lat, lng, need_skills, need_venue, need_money,
                need_materials, needs_note)
         SELECT id, version, ?, title, summary, description, tags,
                COALESCE((SELECT group_concat(sector, ',') FROM
                    (SELECT s.sector FROM idea_sectors s JOIN sectors x ON x.code = s.sector
                      WHERE s.idea_id = ideas.id ORDER BY x.position)), ''),
                district, lat, lng, need_skills, need_venue, need_money, need_materials,
                needs_note
           FROM ideas WHERE id = ?",
    )
    .bind(editor)
    .bind(idea_id)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

fn sector_list(codes: &[String]) -> Vec<Sector> {
    let mut sectors: Vec<Sector> = codes.iter().filter_map(|c| Sector::from_code(c)).collect();
    sectors.sort_by_key(|s| Sector::ALL.iter().position(|x| x == s));
    sectors.dedup();
    sectors
}

/// Shares a new idea (the short step) and records version 1. Returns its id.
pub async fn share(
    pool: &SqlitePool,
    author: i64,
    title: &str,
    summary: &str,
    sectors: &[String],
    lang: &str,
) -> Result<i64, AppError> {
    check_share(title, summary, sectors).map_err(AppError::invalid)?;
    let lang = if lang == "en" { "en" } else { "lt" };
    let mut tx = begin_write(pool).await?;
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO ideas (author_id, title, summary, lang) VALUES (?, ?, ?, ?) RETURNING id",
    )
    .bind(author)
    .bind(title.trim())
    .bind(summary.trim())
    .bind(lang)
    .fetch_one(&mut *tx)
    .await?;
    set_idea_sectors(&mut tx, id, &sector_list(sectors)).await?;
    snapshot(&mut tx, id, author).await?;
    tx.commit().await?;
    Ok(id)
}

/// Saves an edit as a new version. `base_version` is the version the editor started from: if
/// someone saved in between, the edit is refused as a conflict rather than silently undoing
/// theirs.
pub async fn update(
    pool: &SqlitePool,
    editor: i64,
    idea_id: i64,
    base_version: i64,
    fields: &IdeaFields<'_>,
    needs: (bool, bool, bool),
) -> Result<i64, AppError> {
    check_idea(fields).map_err(AppError::invalid)?;
    let point = parse_point(fields.lat, fields.lng).unwrap_or(None);
    let district = District::from_code(fields.district).map(District::code);
    let tags: Vec<String> = parse_tags(fields.tags)
        .into_iter()
        .map(|t| t.to_lowercase())
        .collect();
    let need_skills = parse_tags(fields.need_skills);
    let mut tx = begin_write(pool).await?;
    visible_idea(&mut tx, idea_id, false).await?;
    if !is_editor(&mut tx, idea_id, editor).await? {
        return Err(AppError::Forbidden);
    }
    let (version,): (i64,) = sqlx::query_as("SELECT version FROM ideas WHERE id = ?")
        .bind(idea_id)
        .fetch_one(&mut *tx)
        .await?;
    if version != base_version {
        return Err(AppError::Conflict);
    }
    sqlx::query(
        "UPDATE ideas SET title = ?, summary = ?, description = ?, tags = ?, district = ?,
                lat = ?, lng = ?, need_skills = ?, need_venue = ?, need_money = ?,
                need_materials = ?, needs_note = ?, version = version + 1,
                updated_at = datetime('now'), activity_at = datetime('now')
          WHERE id = ?",
    )
    .bind(fields.title.trim())
    .bind(fields.summary.trim())
    .bind(fields.description.trim_end())
    .bind(tags.join(", "))
    .bind(district)
    .bind(point.map(|p| p.0))
    .bind(point.map(|p| p.1))
    .bind(need_skills.join(", "))
    .bind(needs.0)
    .bind(needs.1)
    .bind(needs.2)
    .bind(fields.needs_note.trim())
    .bind(idea_id)
    .execute(&mut *tx)
    .await?;
    set_idea_sectors(&mut tx, idea_id, &sector_list(fields.sectors)).await?;
    set_idea_tags(&mut tx, idea_id, &tags).await?;
    snapshot(&mut tx, idea_id, editor).await?;
    tx.commit().await?;
    Ok(version + 1)
}

/// Moves an idea to another stage, if the stage rule lets `viewer` open that gate.
pub async fn set_stage(
    pool: &SqlitePool,
    viewer: &Viewer,
    idea_id: i64,
    to: Stage,
    reason: &str,
) -> Result<(), AppError> {
    let reason = reason.trim();
    if to == Stage::Archived && reason.is_empty() {
        return Err(AppError::field("reason", "missing"));
    }
    if reason.chars().count() > REASON_MAX {
        return Err(AppError::field("reason", "too_long"));
    }
    let steering = viewer.has(Role::Steering);
    let mut tx = begin_write(pool).await?;
    visible_idea(&mut tx, idea_id, steering).await?;
    let (from,): (String,) = sqlx::query_as("SELECT stage FROM ideas WHERE id = ?")
        .bind(idea_id)
        .fetch_one(&mut *tx)
        .await?;
    let mover = Mover {
        editor: is_editor(&mut tx, idea_id, viewer.id).await? && viewer.may_publish(),
        steering,
    };
    if !mover.editor && !mover.steering {
        return Err(AppError::Forbidden);
    }
    if !may_move(stage_of(&from), to, mover) {
        return Err(AppError::field("stage", "stage_not_allowed"));
    }
    sqlx::query(
        "UPDATE ideas SET stage = ?, archived_reason = ?, activity_at = datetime('now')
          WHERE id = ?",
    )
    .bind(to.code())
    .bind((to == Stage::Archived).then_some(reason))
    .bind(idea_id)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Adds or removes the person's support. One per person per idea: the primary key turns a
/// repeated or parallel support into a no-op, and the counter moves only when a row did.
pub async fn support(
    pool: &SqlitePool,
    user_id: i64,
    idea_id: i64,
    on: bool,
) -> Result<(), AppError> {
    let mut tx = begin_write(pool).await?;
    visible_idea(&mut tx, idea_id, false).await?;
    let changed = if on {
        sqlx::query(
            "INSERT INTO idea_supports (idea_id, user_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
        )
    } else {
        sqlx::query("DELETE FROM idea_supports WHERE idea_id = ? AND user_id = ?")
    }
    .bind(idea_id)
    .bind(user_id)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if changed > 0 {
        sqlx::query(
            "UPDATE ideas SET support_count = support_count + ?,
                    activity_at = CASE WHEN ? > 0 THEN datetime('now') ELSE activity_at END
              WHERE id = ?",
        )
        .bind(if on { 1 } else { -1 })
        .bind(if on { 1 } else { 0 })
        .bind(idea_id)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Starts or stops following an idea.
pub async fn follow(
    pool: &SqlitePool,
    user_id: i64,
    idea_id: i64,
    on: bool,
) -> Result<(), AppError> {
    let mut tx = begin_write(pool).await?;
    visible_idea(&mut tx, idea_id, false).await?;
    if on {
        sqlx::query(
            "INSERT INTO idea_follows (idea_id, user_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
        )
    } else {
        sqlx::query("DELETE FROM idea_follows WHERE idea_id = ? AND user_id = ?")
    }
    .bind(idea_id)
    .bind(user_id)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Posts a comment or a reply (to a top-level comment of the same idea). Feedback kinds are
/// for mentors. Returns the comment's id.
pub async fn post_comment(
    pool: &SqlitePool,
    viewer: &Viewer,
    idea_id: i64,
    parent_id: Option<i64>,
    body: &str,
    feedback: &str,
) -> Result<i64, AppError> {
    check_comment(body, feedback).map_err(AppError::invalid)?;
    let feedback = FeedbackKind::from_code(feedback);
    if feedback.is_some() && !viewer.has(Role::Mentor) {
        return Err(AppError::field("feedback", "feedback_mentors_only"));
    }
    // Feedback is a comment of its own, not a reply (the feedback filter lists comments).
    if feedback.is_some() && parent_id.is_some() {
        return Err(AppError::field("feedback", "choice_invalid"));
    }
    let mut tx = begin_write(pool).await?;
    visible_idea(&mut tx, idea_id, false).await?;
    if let Some(parent) = parent_id {
        let top: Option<(i64,)> = sqlx::query_as(
            "SELECT id FROM comments
              WHERE id = ? AND idea_id = ? AND parent_id IS NULL AND hidden_at IS NULL",
        )
        .bind(parent)
        .bind(idea_id)
        .fetch_optional(&mut *tx)
        .await?;
        if top.is_none() {
            return Err(AppError::NotFound);
        }
    }
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO comments (idea_id, parent_id, author_id, body, feedback_kind)
         VALUES (?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(idea_id)
    .bind(parent_id)
    .bind(viewer.id)
    .bind(body.trim())
    .bind(feedback.map(FeedbackKind::code))
    .fetch_one(&mut *tx)
    .await?;
    sqlx::query(
        "UPDATE ideas SET comment_count = comment_count + 1, activity_at = datetime('now')
          WHERE id = ?",
    )
    .bind(idea_id)
    .execute(&mut *tx)
    .await?;
    // The idea's authors hear of a comment (a mentor's feedback as such); its followers hear
    // of activity. One statement each, however many people follow.
    let (title,): (String,) = sqlx::query_as("SELECT title FROM ideas WHERE id = ?")
        .bind(idea_id)
        .fetch_one(&mut *tx)
        .await?;
    let authors: Vec<i64> = sqlx::query_as::<_, (i64,)>(
        "SELECT author_id FROM ideas WHERE id = ?1
         UNION SELECT user_id FROM idea_coauthors WHERE idea_id = ?1",
    )
    .bind(idea_id)
    .fetch_all(&mut *tx)
    .await?
    .into_iter()
    .map(|(id,)| id)
    .collect();
    let link = format!("/ideas/{idea_id}#comment-{id}");
    let kind = if feedback.is_some() {
        NotifyKind::MentorFeedback
    } else {
        NotifyKind::IdeaComment
    };
    for (to, kind, detail) in [
        (To::People(&authors), kind, ""),
        (
            To::FollowersOf {
                idea_id,
                except: &authors,
            },
            NotifyKind::FollowedActivity,
            "comment",
        ),
    ] {
        notify(
            &mut tx,
            to,
            &Event {
                kind,
                actor: Some((viewer.id, &viewer.display_name)),
                subject: &title,
                detail,
                link: &link,
            },
        )
        .await?;
    }
    tx.commit().await?;
    crate::server::mail::wake_sender();
    Ok(id)
}

/// The idea's authors mark a mentor's feedback as addressed (or not). Returns the idea's id.
pub async fn set_addressed(
    pool: &SqlitePool,
    viewer: &Viewer,
    comment_id: i64,
    addressed: bool,
) -> Result<i64, AppError> {
    let mut tx = begin_write(pool).await?;
    let row: Option<(i64, bool)> = sqlx::query_as(
        "SELECT idea_id, feedback_kind IS NOT NULL FROM comments
          WHERE id = ? AND hidden_at IS NULL",
    )
    .bind(comment_id)
    .fetch_optional(&mut *tx)
    .await?;
    let Some((idea_id, is_feedback)) = row else {
        return Err(AppError::NotFound);
    };
    visible_idea(&mut tx, idea_id, false).await?;
    if !is_editor(&mut tx, idea_id, viewer.id).await? {
        return Err(AppError::Forbidden);
    }
    if !is_feedback {
        return Err(AppError::NotFound);
    }
    sqlx::query(
        "UPDATE comments SET addressed_at = CASE WHEN ? THEN datetime('now') END,
                addressed_by = CASE WHEN ? THEN ? END
          WHERE id = ?",
    )
    .bind(addressed)
    .bind(addressed)
    .bind(viewer.id)
    .bind(comment_id)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(idea_id)
}

/// A report of an idea (no comment) or of one of its comments. Reporting the same open thing
/// twice is a no-op.
pub async fn report(
    pool: &SqlitePool,
    reporter: i64,
    idea_id: i64,
    comment_id: Option<i64>,
    reason: ReportReason,
    note: &str,
) -> Result<(), AppError> {
    if note.chars().count() > NOTE_MAX {
        return Err(AppError::field("note", "too_long"));
    }
    let mut tx = begin_write(pool).await?;
    visible_idea(&mut tx, idea_id, false).await?;
    if let Some(comment) = comment_id {
        let found: Option<(i64,)> =
            sqlx::query_as("SELECT id FROM comments WHERE id = ? AND idea_id = ?")
                .bind(comment)
                .bind(idea_id)
                .fetch_optional(&mut *tx)
                .await?;
        if found.is_none() {
            return Err(AppError::NotFound);
        }
    }
    sqlx::query(
        "INSERT INTO reports (idea_id, comment_id, reporter_id, reason, note)
         VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
    )
    .bind(idea_id)
    .bind(comment_id)
    .bind(reporter)
    .bind(reason.code())
    .bind(note.trim())
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(())
}

crate::coded! {
    /// What a moderator does to an idea or a comment.
    pub enum Moderation {
        Hide = "hide",
        Restore = "restore",
        /// Closes the open reports without hiding anything.
        Dismiss = "dismiss",
    }
}

/// Hides, restores or clears the reports of an idea or a comment, closing its open reports,
/// and logs who did it.
pub async fn moderate(
    pool: &SqlitePool,
    actor: i64,
    idea_id: i64,
    comment_id: Option<i64>,
    action: Moderation,
) -> Result<(), AppError> {
    let mut tx = begin_write(pool).await?;
    let changed = match (action, comment_id) {
        (Moderation::Dismiss, _) => {
            let found: Option<(i64,)> = sqlx::query_as(
                "SELECT 1 FROM ideas i WHERE i.id = ?1 AND (?2 IS NULL OR EXISTS
                   (SELECT 1 FROM comments c WHERE c.id = ?2 AND c.idea_id = i.id))",
            )
            .bind(idea_id)
            .bind(comment_id)
            .fetch_optional(&mut *tx)
            .await?;
            u64::from(found.is_some())
        }
        (_, Some(comment)) => sqlx::query(
            "UPDATE comments SET hidden_at = CASE WHEN ? THEN datetime('now') END,
                    hidden_by = CASE WHEN ? THEN ? END
              WHERE id = ? AND idea_id = ?",
        )
        .bind(action == Moderation::Hide)
        .bind(action == Moderation::Hide)
        .bind(actor)
        .bind(comment)
        .bind(idea_id)
        .execute(&mut *tx)
        .await?
        .rows_affected(),
        (_, None) => sqlx::query(
            "UPDATE ideas SET hidden_at = CASE WHEN ? THEN datetime('now') END,
                    hidden_by = CASE WHEN ? THEN ? END
              WHERE id = ?",
        )
        .bind(action == Moderation::Hide)
        .bind(action == Moderation::Hide)
        .bind(actor)
        .bind(idea_id)
        .execute(&mut *tx)
        .await?
        .rows_affected(),
    };
    if changed == 0 {
        return Err(AppError::NotFound);
    }
    if action != Moderation::Restore {
        let resolution = if action == Moderation::Hide {
            "hidden"
        } else {
            "dismissed"
        };
        sqlx::query(
            "UPDATE reports SET resolved_at = datetime('now'), resolved_by = ?, resolution = ?
              WHERE resolved_at IS NULL AND idea_id = ? AND comment_id IS ?",
        )
        .bind(actor)
        .bind(resolution)
        .bind(idea_id)
        .bind(comment_id)
        .execute(&mut *tx)
        .await?;
    }
    sqlx::query(
        "INSERT INTO moderation_log (actor_id, action, idea_id, comment_id) VALUES (?, ?, ?, ?)",
    )
    .bind(actor)
    .bind(action.code())
    .bind(idea_id)
    .bind(comment_id)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Stops a person from publishing, or lets them again.
pub async fn set_block(
    pool: &SqlitePool,
    actor: i64,
    user_id: i64,
    blocked: bool,
) -> Result<(), AppError> {
    if actor == user_id {
        return Err(AppError::field("form", "block_self"));
    }
    let mut tx = begin_write(pool).await?;
    let changed = sqlx::query(
        "UPDATE users SET publishing_blocked_at = CASE WHEN ? THEN datetime('now') END
          WHERE id = ? AND deleted_at IS NULL",
    )
    .bind(blocked)
    .bind(user_id)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if changed == 0 {
        return Err(AppError::NotFound);
    }
    sqlx::query("INSERT INTO moderation_log (actor_id, action, user_id) VALUES (?, ?, ?)")
        .bind(actor)
        .bind(if blocked { "block" } else { "unblock" })
        .bind(user_id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(())
}

type ReportRow = (
    i64,
    i64,
    String,
    Option<i64>,
    String,
    i64,
    Option<String>,
    bool,
    bool,
    bool,
    String,
    String,
    Option<String>,
    String,
);

/// The open reports, oldest first, with what was reported (one query).
pub async fn open_reports(pool: &SqlitePool) -> Result<Vec<ReportItem>, AppError> {
    let rows: Vec<ReportRow> = sqlx::query_as(
        "SELECT r.id, i.id, i.title, c.id, COALESCE(c.body, i.summary),
                u.id, u.display_name,
                EXISTS (SELECT 1 FROM user_roles x WHERE x.user_id = u.id AND x.role = 'mentor'),
                u.publishing_blocked_at IS NOT NULL,
                CASE WHEN r.comment_id IS NULL THEN i.hidden_at ELSE c.hidden_at END IS NOT NULL,
                r.reason, r.note, reporter.display_name, r.created_at
           FROM reports r
           JOIN ideas i ON i.id = r.idea_id
           LEFT JOIN comments c ON c.id = r.comment_id
           JOIN users u ON u.id = COALESCE(c.author_id, i.author_id)
           JOIN users reporter ON reporter.id = r.reporter_id
          WHERE r.resolved_at IS NULL
          ORDER BY r.created_at, r.id
          LIMIT 200",
    )
    .fetch_all(pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|row| ReportItem {
            id: row.0,
            idea_id: row.1,
            idea_title: row.2,
            comment_id: row.3,
            excerpt: super::markdown::plain_excerpt(&row.4, 400),
            author: PersonRef {
                id: row.5,
                name: row.6,
                mentor: row.7,
            },
            author_blocked: row.8,
            hidden: row.9,
            reason: ReportReason::from_code(&row.10).unwrap_or(ReportReason::Other),
            note: row.11,
            reporter: row.12.unwrap_or_default(),
            created_at: row.13,
        })
        .collect())
}

type CardRow = (
    i64,
    String,
    String,
    String,
    Option<String>,
    String,
    i64,
    i64,
    String,
    i64,
    Option<String>,
    bool,
    Option<String>,
);

/// The list's search join and conditions, shared by the page and its count. For the page,
/// `+` keeps SQLite from answering "not hidden" with the `ideas_visible` index and then
/// sorting every idea: walking the order's own index stops after twenty rows (25 ms → 1 ms
/// with 10,000 ideas). The count wants that index.
fn push_filters(query: &mut QueryBuilder<'_, Sqlite>, filter: &IdeaFilter, page: bool) {
    if let Some(search) = fts_all_words(&filter.q) {
        query.push(" JOIN ideas_fts f ON f.rowid = i.id AND ideas_fts MATCH ");
        query.push_bind(search);
    }
    query.push(if page {
        " WHERE +i.hidden_at IS NULL"
    } else {
        " WHERE i.hidden_at IS NULL"
    });
    match filter.stage {
        Some(stage) => {
            query.push(" AND i.stage = ").push_bind(stage.code());
        }
        // Archived ideas are out of the way unless asked for.
        None => {
            query.push(" AND i.stage <> 'archived'");
        }
    }
    if let Some(district) = filter.district {
        query.push(" AND i.district = ").push_bind(district.code());
    }
    if let Some(sector) = filter.sector {
        query
            .push(" AND i.id IN (SELECT idea_id FROM idea_sectors WHERE sector = ")
            .push_bind(sector.code())
            .push(")");
    }
    if let Some(tag) = &filter.tag {
        query
            .push(" AND i.id IN (SELECT idea_id FROM idea_tags WHERE tag = ")
            .push_bind(tag.clone())
            .push(")");
    }
}

/// One page of the public list in two queries: the page's rows (with author and sectors, so
/// the per-row work is done for twenty rows only) and the number of matches.
pub async fn list(pool: &SqlitePool, filter: &IdeaFilter) -> Result<IdeaList, AppError> {
    let mut count: QueryBuilder<Sqlite> = QueryBuilder::new("SELECT COUNT(*) FROM ideas i");
    push_filters(&mut count, filter, false);
    let (total,): (i64,) = count.build_query_as().fetch_one(pool).await?;
    let mut query: QueryBuilder<Sqlite> = QueryBuilder::new(format!(
        "SELECT i.id, i.title, i.summary, i.stage, i.district, i.tags, i.support_count,
                i.comment_count, i.created_at, {PERSON},
                (SELECT group_concat(s.sector) FROM idea_sectors s WHERE s.idea_id = i.id)
           FROM ideas i JOIN users u ON u.id = i.author_id"
    ));
    push_filters(&mut query, filter, true);
    query.push(match filter.sort {
        SortOrder::Newest => " ORDER BY i.created_at DESC, i.id DESC",
        SortOrder::Supported => " ORDER BY i.support_count DESC, i.id DESC",
        SortOrder::Discussed => " ORDER BY i.comment_count DESC, i.id DESC",
        SortOrder::Active => " ORDER BY i.activity_at DESC, i.id DESC",
    });
    query
        .push(" LIMIT ")
        .push_bind(PAGE_SIZE)
        .push(" OFFSET ")
        .push_bind((filter.page - 1) * PAGE_SIZE);
    let rows: Vec<CardRow> = query.build_query_as().fetch_all(pool).await?;
    let items = rows
        .into_iter()
        .map(|r| IdeaCard {
            id: r.0,
            title: r.1,
            summary: r.2,
            stage: stage_of(&r.3),
            district: r.4.as_deref().and_then(District::from_code),
            tags: tags_of(&r.5),
            support_count: r.6,
            comment_count: r.7,
            created_at: r.8,
            author: PersonRef {
                id: r.9,
                name: r.10,
                mentor: r.11,
            },
            sectors: sectors_of(r.12.as_deref()),
        })
        .collect();
    Ok(IdeaList {
        items,
        total,
        page: filter.page,
        pages: (total + PAGE_SIZE - 1) / PAGE_SIZE,
    })
}

/// Up to five visible ideas whose words resemble `title`.
pub async fn similar(pool: &SqlitePool, title: &str) -> Result<Vec<SimilarIdea>, AppError> {
    let Some(search) = fts_any_word(title) else {
        return Ok(Vec::new());
    };
    let rows: Vec<(i64, String, String)> = sqlx::query_as(
        "SELECT i.id, i.title, i.stage FROM ideas_fts f JOIN ideas i ON i.id = f.rowid
          WHERE ideas_fts MATCH ? AND i.hidden_at IS NULL
          ORDER BY bm25(ideas_fts, 10.0, 4.0, 1.0, 3.0) LIMIT 5",
    )
    .bind(search)
    .fetch_all(pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(id, title, stage)| SimilarIdea {
            id,
            title,
            stage: stage_of(&stage),
        })
        .collect())
}

/// An idea's page in three queries: the idea with its author, sectors and the viewer's
/// support and follow; the co-authors; the comments with their authors.
pub async fn detail(
    pool: &SqlitePool,
    idea_id: i64,
    viewer: Option<&Viewer>,
) -> Result<IdeaDetail, AppError> {
    let viewer_id = viewer.map(|v| v.id).unwrap_or(0);
    let steering = viewer.is_some_and(|v| v.has(Role::Steering));
    let mut conn = pool.acquire().await?;
    let first = sqlx::query(&format!(
        "SELECT i.id, i.title, i.summary, i.description, i.tags, i.district, i.lat, i.lng,
                i.need_skills, i.need_venue, i.need_money, i.need_materials, i.needs_note,
                i.lang, i.stage, i.archived_reason, i.version, i.support_count, i.comment_count,
                i.created_at, i.updated_at, i.hidden_at IS NOT NULL AS hidden, {PERSON},
                (SELECT group_concat(s.sector) FROM idea_sectors s WHERE s.idea_id = i.id),
                EXISTS (SELECT 1 FROM idea_supports WHERE idea_id = i.id AND user_id = ?1),
                EXISTS (SELECT 1 FROM idea_follows WHERE idea_id = i.id AND user_id = ?1)
           FROM ideas i JOIN users u ON u.id = i.author_id
          WHERE i.id = ?2"
    ))
    .bind(viewer_id)
    .bind(idea_id)
    .fetch_optional(&mut *conn)
    .await?
    .ok_or(AppError::NotFound)?;
    use sqlx::Row;
    let hidden: bool = first.try_get("hidden")?;
    let show_text = !hidden || steering;
    let author = PersonRef {
        id: first.try_get(22)?,
        name: first.try_get(23)?,
        mentor: first.try_get(24)?,
    };
    let coauthor_rows: Vec<(i64, Option<String>, bool)> = sqlx::query_as(&format!(
        "SELECT {PERSON} FROM idea_coauthors c JOIN users u ON u.id = c.user_id
          WHERE c.idea_id = ? ORDER BY c.added_at, u.id"
    ))
    .bind(idea_id)
    .fetch_all(&mut *conn)
    .await?;
    let coauthors: Vec<PersonRef> = coauthor_rows
        .into_iter()
        .map(|(id, name, mentor)| PersonRef { id, name, mentor })
        .collect();
    let editor =
        viewer.is_some_and(|v| v.id == author.id || coauthors.iter().any(|c| c.id == v.id));
    let comments = if show_text {
        comments_of(&mut conn, idea_id, steering).await?
    } else {
        Vec::new()
    };
    let text = |s: String| if show_text { s } else { String::new() };
    let description: String = first.try_get(3)?;
    let description_html = if show_text {
        render(&description, Flavour::Full)
    } else {
        String::new()
    };
    let need_skills: String = first.try_get(8)?;
    let needs_note: String = first.try_get(12)?;
    let tags: String = first.try_get(4)?;
    let district: Option<String> = first.try_get(5)?;
    let stage: String = first.try_get(14)?;
    let sectors: Option<String> = first.try_get(25)?;
    Ok(IdeaDetail {
        id: first.try_get(0)?,
        title: if show_text {
            first.try_get(1)?
        } else {
            String::new()
        },
        summary: text(first.try_get(2)?),
        description: text(description),
        description_html,
        tags: if show_text {
            tags_of(&tags)
        } else {
            Vec::new()
        },
        sectors: sectors_of(sectors.as_deref()),
        district: district.as_deref().and_then(District::from_code),
        lat: if show_text { first.try_get(6)? } else { None },
        lng: if show_text { first.try_get(7)? } else { None },
        needs: if show_text {
            Needs {
                skills: tags_of(&need_skills),
                venue: first.try_get(9)?,
                money: first.try_get(10)?,
                materials: first.try_get(11)?,
                note: needs_note,
            }
        } else {
            Needs::default()
        },
        lang: first.try_get(13)?,
        stage: stage_of(&stage),
        archived_reason: if show_text { first.try_get(15)? } else { None },
        version: first.try_get(16)?,
        support_count: first.try_get(17)?,
        comment_count: first.try_get(18)?,
        created_at: first.try_get(19)?,
        updated_at: first.try_get(20)?,
        author,
        coauthors,
        hidden,
        comments,
        me: ViewerState {
            signed_in: viewer.is_some(),
            may_publish: viewer.is_some_and(Viewer::may_publish),
            supported: first.try_get(26)?,
            following: first.try_get(27)?,
            editor,
            mentor: viewer.is_some_and(|v| v.has(Role::Mentor)),
            steering,
        },
    })
}

type CommentRow = (
    i64,
    Option<i64>,
    i64,
    Option<String>,
    bool,
    String,
    Option<String>,
    bool,
    String,
    bool,
);

/// The comments of an idea, replies under their comment, oldest first (one query).
async fn comments_of(
    conn: &mut SqliteConnection,
    idea_id: i64,
    steering: bool,
) -> Result<Vec<CommentView>, AppError> {
    let rows: Vec<CommentRow> = sqlx::query_as(&format!(
        "SELECT c.id, c.parent_id, {PERSON}, c.body, c.feedback_kind,
                c.addressed_at IS NOT NULL, c.created_at, c.hidden_at IS NOT NULL
           FROM comments c JOIN users u ON u.id = c.author_id
          WHERE c.idea_id = ? ORDER BY c.created_at, c.id"
    ))
    .bind(idea_id)
    .fetch_all(&mut *conn)
    .await?;
    let mut top: Vec<CommentView> = Vec::new();
    let mut replies: Vec<(i64, CommentView)> = Vec::new();
    for row in rows {
        let hidden = row.9;
        let view = CommentView {
            id: row.0,
            author: PersonRef {
                id: row.2,
                name: row.3,
                mentor: row.4,
            },
            body_html: if hidden && !steering {
                String::new()
            } else {
                render(&row.5, Flavour::Lite)
            },
            feedback: row.6.as_deref().and_then(FeedbackKind::from_code),
            addressed: row.7,
            created_at: row.8,
            hidden,
            replies: Vec::new(),
        };
        match row.1 {
            Some(parent) => replies.push((parent, view)),
            None => top.push(view),
        }
    }
    for (parent, reply) in replies {
        if let Some(comment) = top.iter_mut().find(|c| c.id == parent) {
            comment.replies.push(reply);
        }
    }
    Ok(top)
}

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
    idea_id: i64,
    from: Option<i64>,
    to: Option<i64>,
    steering: bool,
) -> Result<History, AppError> {
    let mut conn = pool.acquire().await?;
    visible_idea(&mut conn, idea_id, steering).await?;
    let (title, latest): (String, i64) =
        sqlx::query_as("SELECT title, version FROM ideas WHERE id = ?")
            .bind(idea_id)
            .fetch_one(&mut *conn)
            .await?;
    let rows: Vec<(i64, String, i64, Option<String>, bool)> = sqlx::query_as(&format!(
        "SELECT v.version, v.created_at, {PERSON} FROM idea_versions v
           JOIN users u ON u.id = v.editor_id
          WHERE v.idea_id = ? ORDER BY v.version DESC"
    ))
    .bind(idea_id)
    .fetch_all(&mut *conn)
    .await?;
    let versions: Vec<VersionInfo> = rows
        .into_iter()
        .map(|(version, created_at, id, name, mentor)| VersionInfo {
            version,
            created_at,
            editor: PersonRef { id, name, mentor },
        })
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
    })
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

/// Invites `email` to co-author: records the invitation and queues the email with the link.
pub async fn invite(
    pool: &SqlitePool,
    viewer: &Viewer,
    idea_id: i64,
    email: &str,
    public_url: &str,
) -> Result<(), AppError> {
    let email = email.trim().to_lowercase();
    if !crate::common::valid_email(&email) {
        return Err(AppError::field("email", "email_invalid"));
    }
    let mut tx = begin_write(pool).await?;
    visible_idea(&mut tx, idea_id, false).await?;
    if !is_editor(&mut tx, idea_id, viewer.id).await? {
        return Err(AppError::Forbidden);
    }
    let token = crate::server::secrets::random_token();
    sqlx::query(
        "INSERT INTO idea_invites (idea_id, email, token_hash, invited_by, expires_at)
         VALUES (?, ?, ?, ?, datetime('now', '+14 days'))",
    )
    .bind(idea_id)
    .bind(&email)
    .bind(crate::server::secrets::token_hash(&token))
    .bind(viewer.id)
    .execute(&mut *tx)
    .await?;
    let (title,): (String,) = sqlx::query_as("SELECT title FROM ideas WHERE id = ?")
        .bind(idea_id)
        .fetch_one(&mut *tx)
        .await?;
    let recipient: Option<(i64, String)> = sqlx::query_as(
        "SELECT id, preferred_locale FROM users WHERE email = ? AND deleted_at IS NULL",
    )
    .bind(&email)
    .fetch_optional(&mut *tx)
    .await?;
    let (user_id, locale) = match recipient {
        Some((id, locale)) => (Some(id), locale),
        None => (None, "lt".to_owned()),
    };
    let link = format!("{public_url}/ideas/invite?token={token}");
    let mail = crate::server::mail::coauthor_invite(
        &locale,
        user_id,
        &email,
        &viewer.display_name,
        &title,
        &link,
    );
    crate::server::mail::enqueue(&mut tx, &mail).await?;
    tx.commit().await?;
    crate::server::mail::wake_sender();
    Ok(())
}

/// What an invitation link offers, if it is still valid.
pub async fn invite_info(pool: &SqlitePool, token: &str) -> Result<InviteInfo, AppError> {
    let row: Option<(i64, String, Option<String>)> = sqlx::query_as(
        "SELECT i.id, i.title, u.display_name FROM idea_invites v
           JOIN ideas i ON i.id = v.idea_id JOIN users u ON u.id = v.invited_by
          WHERE v.token_hash = ? AND v.used_at IS NULL AND v.expires_at > datetime('now')
            AND i.hidden_at IS NULL",
    )
    .bind(crate::server::secrets::token_hash(token.trim()))
    .fetch_optional(pool)
    .await?;
    let (idea_id, idea_title, invited_by) =
        row.ok_or_else(|| AppError::field("token", "token_invalid"))?;
    Ok(InviteInfo {
        idea_id,
        idea_title,
        invited_by: invited_by.unwrap_or_default(),
    })
}

/// Accepts an invitation: the signed-in person becomes a co-author. Returns the idea's id.
pub async fn accept_invite(pool: &SqlitePool, user_id: i64, token: &str) -> Result<i64, AppError> {
    let mut tx = begin_write(pool).await?;
    let row: Option<(i64,)> = sqlx::query_as(
        "UPDATE idea_invites SET used_at = datetime('now'), used_by = ?
          WHERE token_hash = ? AND used_at IS NULL AND expires_at > datetime('now')
          RETURNING idea_id",
    )
    .bind(user_id)
    .bind(crate::server::secrets::token_hash(token.trim()))
    .fetch_optional(&mut *tx)
    .await?;
    let (idea_id,) = row.ok_or_else(|| AppError::field("token", "token_invalid"))?;
    visible_idea(&mut tx, idea_id, false).await?;
    if !is_editor(&mut tx, idea_id, user_id).await? {
        sqlx::query("INSERT INTO idea_coauthors (idea_id, user_id) VALUES (?, ?)")
            .bind(idea_id)
            .bind(user_id)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(idea_id)
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
