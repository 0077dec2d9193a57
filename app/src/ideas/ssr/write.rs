use crate::common::error::AppError;
use crate::common::ids::IdeaId;
use crate::common::sectors::Sector;
use crate::common::{parse_tags, Role, Viewer};
use crate::ideas::stage::stage_of;
use crate::ideas::stage::{may_move, Mover};
use crate::ideas::*;
use crate::server::db::begin_write;
use crate::server::lookups::{is_editor, visible_idea};
use sqlx::{SqliteConnection, SqlitePool};

pub(crate) fn tags_of(text: &str) -> Vec<String> {
    parse_tags(text)
}

async fn set_idea_sectors(
    conn: &mut SqliteConnection,
    idea_id: IdeaId,
    sectors: &[Sector],
) -> Result<(), AppError> {
    sqlx::query!("DELETE FROM idea_sectors WHERE idea_id = ?", idea_id)
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
    idea_id: IdeaId,
    tags: &[String],
) -> Result<(), AppError> {
    sqlx::query!("DELETE FROM idea_tags WHERE idea_id = ?", idea_id)
        .execute(&mut *conn)
        .await?;
    for tag in tags {
        sqlx::query!(
            "INSERT OR IGNORE INTO idea_tags (idea_id, tag) VALUES (?, ?)",
            idea_id,
            tag
        )
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// Records the idea's current state as its next version (or version 1).
async fn snapshot(
    conn: &mut SqliteConnection,
    idea_id: IdeaId,
    editor: i64,
) -> Result<(), AppError> {
    sqlx::query!(
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
        editor,
        idea_id
    )
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
    born_in: Option<crate::ideas::BornIn>,
) -> Result<IdeaId, AppError> {
    check_share(title, summary, sectors).map_err(AppError::invalid)?;
    // What the text says, else the language of the page it was written on.
    let lang = crate::common::lang::detect_lang(&format!("{title} {summary}"), lang);
    let mut tx = begin_write(pool).await?;
    let today = crate::server::time::in_vilnius(chrono::Utc::now())
        .format("%Y-%m-%d")
        .to_string();
    let (workshop, forum) = match born_in {
        Some(crate::ideas::BornIn::Workshop(w)) => (Some(w), None),
        Some(crate::ideas::BornIn::Forum(f)) => (None, Some(f)),
        None => (None, None),
    };
    if let Some(workshop) = workshop {
        // Born in a workshop one took part in (a seat) or led, once it has begun.
        let (took_part,): (bool,) = sqlx::query_as(
            "SELECT EXISTS (SELECT 1 FROM workshops w WHERE w.id = ?1 AND w.day <= ?3
                 AND (EXISTS (SELECT 1 FROM workshop_seats s WHERE s.workshop_id = w.id
                               AND s.user_id = ?2 AND s.status = 'registered')
                      OR EXISTS (SELECT 1 FROM workshop_facilitators f
                                  WHERE f.workshop_id = w.id AND f.user_id = ?2)))",
        )
        .bind(workshop)
        .bind(author)
        .bind(&today)
        .fetch_one(&mut *tx)
        .await?;
        if !took_part {
            return Err(AppError::field("workshop", "choice_invalid"));
        }
    }
    if let Some(forum) = forum {
        // Born in a forum one took part in (a seat) or hosted, once it has begun (its day has
        // come, or its hosts started it early).
        let (took_part,): (bool,) = sqlx::query_as(
            "SELECT EXISTS (SELECT 1 FROM forums f
                 WHERE f.id = ?1 AND (f.day <= ?3 OR f.live_segment IS NOT NULL)
                 AND (EXISTS (SELECT 1 FROM forum_seats s WHERE s.forum_id = f.id
                               AND s.user_id = ?2 AND s.status = 'registered')
                      OR EXISTS (SELECT 1 FROM forum_hosts h
                                  WHERE h.forum_id = f.id AND h.user_id = ?2)))",
        )
        .bind(forum)
        .bind(author)
        .bind(&today)
        .fetch_one(&mut *tx)
        .await?;
        if !took_part {
            return Err(AppError::field("forum", "choice_invalid"));
        }
    }
    let (id,): (IdeaId,) = sqlx::query_as(
        "INSERT INTO ideas (author_id, title, summary, lang, born_in_workshop, born_in_forum)
         VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(author)
    .bind(title.trim())
    .bind(summary.trim())
    .bind(lang)
    .bind(workshop)
    .bind(forum)
    .fetch_one(&mut *tx)
    .await?;
    set_idea_sectors(&mut tx, id, &sector_list(sectors)).await?;
    snapshot(&mut tx, id, author).await?;
    // Shared at last: the private draft it grew from is done.
    sqlx::query("DELETE FROM idea_drafts WHERE user_id = ?")
        .bind(author)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(id)
}

/// Saves an edit as a new version. `base_version` is the version the editor started from: if
/// someone saved in between, the edit is refused as a conflict rather than silently undoing
/// theirs.
pub async fn update(
    pool: &SqlitePool,
    editor: i64,
    idea_id: IdeaId,
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
    idea_id: IdeaId,
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
        ..Mover::default()
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
