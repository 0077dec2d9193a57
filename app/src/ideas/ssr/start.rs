//! What ideas put on a person's start page: their own ideas with the next step of each; for a
//! mentor the ideas that need her; for a partner the ideas that need what his organisation
//! has; for the steering group the reports waiting for a decision.
use crate::common::error::AppError;
use crate::common::start::{StartItem, StartList, StartNote, StartSection, START_ITEMS};
use crate::common::{Role, Viewer};
use crate::ideas::stage::{next_step, stage_of};
use sqlx::SqlitePool;

/// Ideas still on their way (not realised or archived) that the public sees.
const OPEN_IDEA: &str =
    "i.hidden_at IS NULL AND i.stage IN ('spark', 'shaping', 'team', 'workshop', 'ready')";

pub async fn start_sections(
    pool: &SqlitePool,
    viewer: &Viewer,
) -> Result<Vec<StartSection>, AppError> {
    let mut sections = vec![my_ideas(pool, viewer.id).await?];
    if viewer.has(Role::Mentor) {
        sections.push(needed(pool, viewer.id).await?);
    }
    if viewer.has(Role::Partner) {
        sections.push(partner_matches(pool, viewer.id).await?);
    }
    if viewer.has(Role::Steering) {
        sections.push(open_reports(pool).await?);
    }
    Ok(sections)
}

async fn my_ideas(pool: &SqlitePool, user_id: i64) -> Result<StartSection, AppError> {
    type Row = (i64, String, String, String, String, i64);
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT i.id, i.title, i.lang, i.stage, i.activity_at,
                (SELECT COUNT(*) FROM comments c
                  WHERE c.idea_id = i.id AND c.feedback_kind IS NOT NULL
                    AND c.addressed_at IS NULL AND c.hidden_at IS NULL)
           FROM ideas i
          WHERE i.author_id = ?1
             OR EXISTS (SELECT 1 FROM idea_coauthors a WHERE a.idea_id = i.id AND a.user_id = ?1)
          ORDER BY i.activity_at DESC, i.id DESC",
    )
    .bind(user_id)
    .fetch_all(pool)
    .await?;
    let items = rows
        .into_iter()
        .map(|(id, title, lang, stage, activity, open)| {
            let item = StartItem::link(title, format!("/ideas/{id}"))
                .lang(lang)
                .since(activity)
                .note(next_step(stage_of(&stage), open));
            if open > 0 {
                item.count(open)
            } else {
                item
            }
        })
        .collect();
    Ok(StartSection::new(StartList::MyIdeas, items))
}

/// Open ideas in the mentor's sectors or tagged with her fields of expertise that no mentor
/// has given feedback on yet, oldest first.
async fn needed(pool: &SqlitePool, user_id: i64) -> Result<StartSection, AppError> {
    let expertise: Option<String> =
        sqlx::query_scalar("SELECT expertise FROM mentor_profiles WHERE user_id = ?")
            .bind(user_id)
            .fetch_optional(pool)
            .await?;
    let fields: Vec<String> = expertise
        .unwrap_or_default()
        .split([',', ';', '\n'])
        .map(|field| field.trim().to_lowercase())
        .filter(|field| field.chars().count() >= 3)
        .collect();
    let fields = serde_json::to_string(&fields).unwrap_or_else(|_| "[]".to_owned());
    type Row = (i64, String, String, String, i64);
    let rows: Vec<Row> = sqlx::query_as(&format!(
        "SELECT i.id, i.title, i.lang, i.created_at, COUNT(*) OVER ()
           FROM ideas i
          WHERE {OPEN_IDEA} AND i.author_id <> ?1
            AND (EXISTS (SELECT 1 FROM idea_sectors s
                           JOIN user_sectors u ON u.sector = s.sector AND u.user_id = ?1
                          WHERE s.idea_id = i.id)
                 OR EXISTS (SELECT 1 FROM idea_tags t
                             WHERE t.idea_id = i.id
                               AND lower(t.tag) IN (SELECT value FROM json_each(?2))))
            AND NOT EXISTS (SELECT 1 FROM comments c
                             WHERE c.idea_id = i.id AND c.feedback_kind IS NOT NULL
                               AND c.hidden_at IS NULL)
          ORDER BY i.created_at, i.id
          LIMIT {START_ITEMS}"
    ))
    .bind(user_id)
    .bind(fields)
    .fetch_all(pool)
    .await?;
    Ok(counted(
        StartList::Needed,
        rows,
        StartNote::NoFeedbackYet,
        "/ideas",
    ))
}

/// Open ideas that need something the partner's organisation offers (a venue, money,
/// materials), those in its sector first, each with what it needs of that; or, while the
/// organisation offers nothing yet, the way to say what it offers.
async fn partner_matches(pool: &SqlitePool, user_id: i64) -> Result<StartSection, AppError> {
    let offers: Option<(bool, bool, bool)> = sqlx::query_as(
        "SELECT o.offers_venue, o.offers_money, o.offers_materials
           FROM partner_profiles p JOIN organisations o ON o.id = p.organisation_id
          WHERE p.user_id = ?",
    )
    .bind(user_id)
    .fetch_optional(pool)
    .await?;
    if !offers.is_some_and(|(venue, money, materials)| venue || money || materials) {
        let ask = StartItem::link("", "/profile#partner-title").note(StartNote::SayOffers);
        let mut section = StartSection::new(StartList::PartnerMatches, vec![ask]);
        section.total = 0;
        return Ok(section);
    }
    type Row = (i64, String, String, String, bool, bool, bool, i64);
    let rows: Vec<Row> = sqlx::query_as(&format!(
        "SELECT i.id, i.title, i.lang, i.activity_at,
                i.need_venue AND o.offers_venue, i.need_money AND o.offers_money,
                i.need_materials AND o.offers_materials, COUNT(*) OVER ()
           FROM ideas i
           JOIN partner_profiles p ON p.user_id = ?1
           JOIN organisations o ON o.id = p.organisation_id
          WHERE {OPEN_IDEA}
            AND ((i.need_venue AND o.offers_venue) OR (i.need_money AND o.offers_money)
                 OR (i.need_materials AND o.offers_materials))
          ORDER BY EXISTS (SELECT 1 FROM idea_sectors s
                            WHERE s.idea_id = i.id AND s.sector = o.sector) DESC,
                   i.activity_at DESC, i.id DESC
          LIMIT {START_ITEMS}"
    ))
    .bind(user_id)
    .fetch_all(pool)
    .await?;
    let total = rows.first().map(|row| row.7).unwrap_or(0);
    let items = rows
        .into_iter()
        .map(|(id, title, lang, since, venue, money, materials, _)| {
            let wanted = [
                (venue, StartNote::OfferVenue),
                (money, StartNote::OfferMoney),
                (materials, StartNote::OfferMaterials),
            ];
            wanted.into_iter().filter(|(wanted, _)| *wanted).fold(
                StartItem::link(title, format!("/ideas/{id}"))
                    .lang(lang)
                    .since(since)
                    .note(StartNote::Needs),
                |item, (_, tag)| item.tag(tag),
            )
        })
        .collect();
    let mut section = StartSection::new(StartList::PartnerMatches, items);
    section.total = total;
    if total > START_ITEMS as i64 {
        section.all = Some("/ideas".to_owned());
    }
    Ok(section)
}

async fn open_reports(pool: &SqlitePool) -> Result<StartSection, AppError> {
    let (count, oldest): (i64, Option<String>) =
        sqlx::query_as("SELECT COUNT(*), MIN(created_at) FROM reports WHERE resolved_at IS NULL")
            .fetch_one(pool)
            .await?;
    let items = if count > 0 {
        let mut item = StartItem::link("", "/moderation")
            .note(StartNote::Reports)
            .count(count);
        item.since = oldest;
        vec![item]
    } else {
        Vec::new()
    };
    Ok(StartSection::new(StartList::Steering, items))
}

/// A list of ideas with the number of them all (the window count of each row).
fn counted(
    list: StartList,
    rows: Vec<(i64, String, String, String, i64)>,
    note: StartNote,
    all: &str,
) -> StartSection {
    let total = rows.first().map(|row| row.4).unwrap_or(0);
    let items = rows
        .into_iter()
        .map(|(id, title, lang, since, _)| {
            StartItem::link(title, format!("/ideas/{id}"))
                .lang(lang)
                .since(since)
                .note(note)
        })
        .collect();
    let mut section = StartSection::new(list, items);
    section.total = total;
    if total > START_ITEMS as i64 {
        section.all = Some(all.to_owned());
    }
    section
}
