use super::tags_of;
use crate::common::error::AppError;
use crate::common::ids::{CommentId, IdeaId};
use crate::common::sectors::sectors_of;
use crate::common::PersonRef;
use crate::common::{Role, Viewer};
use crate::ideas::markdown::{render, Flavour};
use crate::ideas::stage::stage_of;
use crate::ideas::*;
use crate::server::people::PERSON;
use sqlx::{SqliteConnection, SqlitePool};

/// An idea's page in three queries: the idea with its author, sectors and the viewer's
/// support and follow; the co-authors; the comments with their authors.
pub async fn detail(
    pool: &SqlitePool,
    idea_id: IdeaId,
    viewer: Option<&Viewer>,
    page: CommentPage,
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
    // A hidden idea shows nobody who wrote it, where, or for which sectors, except to the
    // steering group.
    let author = if show_text {
        PersonRef {
            id: first.try_get(22)?,
            name: first.try_get(23)?,
            mentor: first.try_get(24)?,
        }
    } else {
        PersonRef {
            id: 0,
            name: None,
            mentor: false,
        }
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
        .filter(|_| show_text)
        .map(|(id, name, mentor)| PersonRef { id, name, mentor })
        .collect();
    let editor =
        viewer.is_some_and(|v| v.id == author.id || coauthors.iter().any(|c| c.id == v.id));
    let is_author = viewer.is_some_and(|v| v.id == author.id);
    let invites: Vec<(i64, String)> = if editor {
        sqlx::query_as(
            "SELECT id, email FROM idea_invites
              WHERE idea_id = ? AND used_at IS NULL AND expires_at > datetime('now')
              ORDER BY id",
        )
        .bind(idea_id)
        .fetch_all(&mut *conn)
        .await?
    } else {
        Vec::new()
    };
    let (comments, comments_earlier, page) = if show_text {
        comments_of(&mut conn, idea_id, steering, page).await?
    } else {
        (Vec::new(), None, CommentPage::default())
    };
    let (feedback_count,): (i64,) = sqlx::query_as(
        "SELECT count(*) FROM comments
          WHERE idea_id = ? AND parent_id IS NULL AND feedback_kind IS NOT NULL",
    )
    .bind(idea_id)
    .fetch_one(&mut *conn)
    .await?;
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
    let sectors: Option<String> = first
        .try_get::<Option<String>, _>(25)?
        .filter(|_| show_text);
    let born_in = sqlx::query_as(
        "SELECT w.id, w.title FROM ideas i JOIN workshops w ON w.id = i.born_in_workshop
          WHERE i.id = ?",
    )
    .bind(idea_id)
    .fetch_optional(&mut *conn)
    .await?;
    let born_in_forum = sqlx::query_as(
        "SELECT f.id, f.title FROM ideas i JOIN forums f ON f.id = i.born_in_forum
          WHERE i.id = ?",
    )
    .bind(idea_id)
    .fetch_optional(&mut *conn)
    .await?;
    Ok(IdeaDetail {
        born_in: born_in.filter(|_| show_text),
        born_in_forum: born_in_forum.filter(|_| show_text),
        invites,
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
        district: district
            .as_deref()
            .filter(|_| show_text)
            .and_then(District::from_code),
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
        comments_earlier,
        comments_page: page,
        feedback_count: if show_text { feedback_count } else { 0 },
        me: ViewerState {
            signed_in: viewer.is_some(),
            may_publish: viewer.is_some_and(Viewer::may_publish),
            supported: first.try_get(26)?,
            following: first.try_get(27)?,
            editor,
            author: is_author,
            mentor: viewer.is_some_and(|v| v.has(Role::Mentor)),
            steering,
        },
    })
}

type CommentRow = (
    CommentId,
    Option<CommentId>,
    i64,
    i64,
    Option<String>,
    bool,
    String,
    Option<String>,
    bool,
    String,
    bool,
    String,
);

/// One page of an idea's discussion: up to [`THREADS_PER_PAGE`] comments (the newest, those
/// before `page.before`, or those ending with the thread of `page.at`), oldest first, each with
/// its newest [`REPLIES_PER_THREAD`] replies under it (one query). Also returns the cursor for
/// the page before, when there are earlier comments, and the page as shown (`at` is dropped
/// when its comment is on the newest page anyway).
async fn comments_of(
    conn: &mut SqliteConnection,
    idea_id: IdeaId,
    steering: bool,
    mut page: CommentPage,
) -> Result<(Vec<CommentView>, Option<CommentId>, CommentPage), AppError> {
    if let (Some(at), None) = (page.at, page.before) {
        // How many threads are newer than the one holding the comment.
        let newer: Option<i64> = sqlx::query_scalar(
            "SELECT (SELECT count(*) FROM comments c
                      WHERE c.idea_id = ?1 AND c.parent_id IS NULL
                        AND (?2 = 0 OR c.feedback_kind IS NOT NULL)
                        AND (c.created_at, c.id) > (r.created_at, r.id))
               FROM comments a JOIN comments r ON r.id = coalesce(a.parent_id, a.id)
              WHERE a.id = ?3 AND a.idea_id = ?1",
        )
        .bind(idea_id)
        .bind(page.feedback)
        .bind(at)
        .fetch_optional(&mut *conn)
        .await?;
        if newer.is_none_or(|n| n < THREADS_PER_PAGE as i64) {
            page.at = None;
        }
    } else {
        page.at = None;
    }
    let rows: Vec<CommentRow> = sqlx::query_as(&format!(
        "WITH threads AS (
             SELECT c.id FROM comments c
              WHERE c.idea_id = ?1 AND c.parent_id IS NULL
                AND (?2 = 0 OR c.feedback_kind IS NOT NULL)
                AND (?3 IS NULL OR (c.created_at, c.id) <
                     (SELECT b.created_at, b.id FROM comments b WHERE b.id = ?3 AND b.idea_id = ?1))
                AND (?6 IS NULL OR (c.created_at, c.id) <=
                     (SELECT r.created_at, r.id FROM comments a
                        JOIN comments r ON r.id = coalesce(a.parent_id, a.id)
                       WHERE a.id = ?6 AND a.idea_id = ?1))
              ORDER BY c.created_at DESC, c.id DESC LIMIT ?4),
         replies AS (
             SELECT r.id, row_number() OVER (PARTITION BY r.parent_id
                                             ORDER BY r.created_at DESC, r.id DESC) AS n
               FROM comments r WHERE r.parent_id IN (SELECT id FROM threads))
         SELECT c.id, c.parent_id,
                CASE WHEN c.parent_id IS NULL
                     THEN (SELECT count(*) FROM comments x WHERE x.parent_id = c.id) ELSE 0 END,
                {PERSON}, c.body, c.feedback_kind,
                c.addressed_at IS NOT NULL, c.created_at, c.hidden_at IS NOT NULL, c.lang
           FROM comments c JOIN users u ON u.id = c.author_id
          WHERE c.id IN (SELECT id FROM threads)
             OR c.id IN (SELECT id FROM replies WHERE n <= ?5)
          ORDER BY c.created_at, c.id"
    ))
    .bind(idea_id)
    .bind(page.feedback)
    .bind(page.before)
    .bind(THREADS_PER_PAGE as i64 + 1)
    .bind(REPLIES_PER_THREAD as i64)
    .bind(page.at)
    .fetch_all(&mut *conn)
    .await?;
    let mut top: Vec<CommentView> = Vec::new();
    let mut replies: Vec<(CommentId, CommentView)> = Vec::new();
    for row in rows {
        let (id, parent, reply_total, author_id, name, mentor, body) =
            (row.0, row.1, row.2, row.3, row.4, row.5, row.6);
        let (feedback, addressed, created_at, hidden, lang) = (row.7, row.8, row.9, row.10, row.11);
        let view = CommentView {
            id,
            author: PersonRef {
                id: author_id,
                name,
                mentor,
            },
            body_html: if hidden && !steering {
                String::new()
            } else {
                render(&body, Flavour::Lite)
            },
            feedback: feedback.as_deref().and_then(FeedbackKind::from_code),
            addressed,
            created_at,
            hidden,
            lang,
            replies: Vec::new(),
            earlier_replies: reply_total,
        };
        match parent {
            Some(parent) => replies.push((parent, view)),
            None => top.push(view),
        }
    }
    // One thread more than a page was read only to learn whether earlier ones exist.
    let earlier = if top.len() > THREADS_PER_PAGE {
        top.remove(0);
        top.first().map(|c| c.id)
    } else {
        None
    };
    for (parent, reply) in replies {
        if let Some(comment) = top.iter_mut().find(|c| c.id == parent) {
            comment.replies.push(reply);
        }
    }
    // Each thread counted all its replies; those not shown are the earlier ones.
    for comment in &mut top {
        comment.earlier_replies = (comment.earlier_replies - comment.replies.len() as i64).max(0);
        for reply in &mut comment.replies {
            reply.earlier_replies = 0;
        }
    }
    Ok((top, earlier, page))
}
