//! Demo ideas: about forty ideas for Kaunas with their versions, supporters, comments and
//! mentor feedback, and the people who wrote them (`app/demo/ideas.json`, written for
//! Santaka). Seeded once, into an empty idea table, inside the demo seed's transaction.
use crate::common::error::{internal, AppError};
use serde::Deserialize;
use sqlx::SqliteConnection;
use std::collections::HashMap;

const DEMO_IDEAS: &str = include_str!("../../demo/ideas.json");

#[derive(Deserialize)]
struct DemoFile {
    people: Vec<DemoPerson>,
    ideas: Vec<DemoIdea>,
}

#[derive(Deserialize)]
struct DemoPerson {
    key: String,
    display_name: String,
    bio: String,
    #[serde(default)]
    sectors: Vec<String>,
    #[serde(default)]
    skills: Vec<String>,
    age: Option<i32>,
    #[serde(default)]
    mentor: bool,
    #[serde(default)]
    mentor_expertise: Vec<String>,
}

#[derive(Deserialize)]
struct DemoIdea {
    author: String,
    #[serde(default)]
    coauthors: Vec<String>,
    lang: String,
    title: String,
    summary: String,
    description: String,
    sectors: Vec<String>,
    #[serde(default)]
    tags: Vec<String>,
    district: Option<String>,
    lat: Option<f64>,
    lng: Option<f64>,
    #[serde(default)]
    needs: DemoNeeds,
    stage: String,
    archived_reason: Option<String>,
    days_ago: i64,
    #[serde(default)]
    supporters: Vec<String>,
    #[serde(default)]
    followers: Vec<String>,
    #[serde(default)]
    revisions: Vec<DemoRevision>,
    #[serde(default)]
    comments: Vec<DemoComment>,
}

#[derive(Deserialize, Default)]
struct DemoNeeds {
    #[serde(default)]
    skills: Vec<String>,
    #[serde(default)]
    venue: bool,
    #[serde(default)]
    money: bool,
    #[serde(default)]
    materials: bool,
    #[serde(default)]
    note: String,
}

#[derive(Deserialize)]
struct DemoRevision {
    by: String,
    days_ago: i64,
    title: String,
    summary: String,
    description: String,
}

#[derive(Deserialize)]
struct DemoComment {
    by: String,
    days_ago: i64,
    body: String,
    feedback: Option<String>,
    #[serde(default)]
    addressed: bool,
    #[serde(default)]
    replies: Vec<DemoReply>,
}

#[derive(Deserialize)]
struct DemoReply {
    by: String,
    days_ago: i64,
    body: String,
}

fn ago(days: i64) -> String {
    format!("-{days} days")
}

/// The demo people who wrote the ideas. They have no known password (a hash of a random
/// secret), so nobody can sign in as them. Returns how many rows were written.
pub async fn seed_people(
    conn: &mut SqliteConnection,
    unusable_hash: &str,
) -> Result<u64, AppError> {
    let file: DemoFile = serde_json::from_str(DEMO_IDEAS).map_err(internal)?;
    let year = crate::common::current_year();
    let mut written = 0;
    for person in &file.people {
        let email = format!("{}@santaka.test", person.key);
        let inserted: Option<(i64,)> = sqlx::query_as(
            "INSERT INTO users (email, display_name, password_hash, email_verified_at,
                                birth_year, bio, open_to_teams, show_bio, show_sectors,
                                show_skills)
             VALUES (?, ?, ?, datetime('now'), ?, ?, ?, 1, 1, 1)
             ON CONFLICT DO NOTHING RETURNING id",
        )
        .bind(&email)
        .bind(&person.display_name)
        .bind(unusable_hash)
        .bind(person.age.map(|age| year - age))
        .bind(&person.bio)
        .bind(!person.mentor)
        .fetch_optional(&mut *conn)
        .await?;
        let Some((user_id,)) = inserted else {
            continue;
        };
        written += 1;
        let sectors: Vec<_> = person
            .sectors
            .iter()
            .filter_map(|s| crate::common::sectors::Sector::from_code(s))
            .collect();
        crate::accounts::ssr::set_sectors(conn, user_id, &sectors).await?;
        crate::accounts::ssr::set_skills(conn, user_id, &person.skills).await?;
        if person.mentor {
            sqlx::query!(
                "INSERT INTO user_roles (user_id, role) VALUES (?, 'mentor')",
                user_id
            )
            .execute(&mut *conn)
            .await?;
            sqlx::query(
                "INSERT INTO mentor_profiles (user_id, expertise, capacity) VALUES (?, ?, 3)",
            )
            .bind(user_id)
            .bind(person.mentor_expertise.join(", "))
            .execute(&mut *conn)
            .await?;
        }
    }
    Ok(written)
}

/// The ideas, when the idea table is empty. Returns how many ideas were written.
/// The demo people by their key (the part of `key@santaka.test` before the `@`).
pub async fn demo_people(conn: &mut SqliteConnection) -> Result<HashMap<String, i64>, AppError> {
    let rows: Vec<(i64, String)> = sqlx::query_as(
        "SELECT id, email FROM users WHERE email LIKE '%@santaka.test' AND deleted_at IS NULL",
    )
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(id, email)| {
            email
                .strip_suffix("@santaka.test")
                .map(|k| (k.to_owned(), id))
        })
        .collect())
}

pub async fn seed_ideas(conn: &mut SqliteConnection) -> Result<u64, AppError> {
    let (existing,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM ideas")
        .fetch_one(&mut *conn)
        .await?;
    if existing > 0 {
        return Ok(0);
    }
    let file: DemoFile = serde_json::from_str(DEMO_IDEAS).map_err(internal)?;
    let people = demo_people(&mut *conn).await?;
    let person = |key: &str| {
        people
            .get(key)
            .copied()
            .ok_or_else(|| internal(format!("demo idea names unknown person {key}")))
    };
    let mut written = 0;
    for idea in &file.ideas {
        let author = person(&idea.author)?;
        let tags: Vec<String> = idea.tags.iter().map(|t| t.to_lowercase()).collect();
        let last_comment = idea
            .comments
            .iter()
            .flat_map(|c| std::iter::once(c.days_ago).chain(c.replies.iter().map(|r| r.days_ago)))
            .min()
            .unwrap_or(idea.days_ago);
        let comment_count: usize = idea.comments.iter().map(|c| 1 + c.replies.len()).sum();
        let version = idea.revisions.len() as i64 + 1;
        // The current version was saved halfway between the last revision and today.
        let updated = idea
            .revisions
            .last()
            .map(|r| r.days_ago / 2)
            .unwrap_or(idea.days_ago);
        let (idea_id,): (i64,) = sqlx::query_as(
            "INSERT INTO ideas (author_id, title, summary, description, tags, district, lat, lng,
                                need_skills, need_venue, need_money, need_materials, needs_note,
                                lang, stage, archived_reason, version, support_count,
                                comment_count, created_at, updated_at, activity_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                     datetime('now', ?), datetime('now', ?), datetime('now', ?))
             RETURNING id",
        )
        .bind(author)
        .bind(&idea.title)
        .bind(&idea.summary)
        .bind(&idea.description)
        .bind(tags.join(", "))
        .bind(&idea.district)
        .bind(idea.lat)
        .bind(idea.lng)
        .bind(idea.needs.skills.join(", "))
        .bind(idea.needs.venue)
        .bind(idea.needs.money)
        .bind(idea.needs.materials)
        .bind(&idea.needs.note)
        .bind(&idea.lang)
        .bind(&idea.stage)
        .bind(&idea.archived_reason)
        .bind(version)
        .bind(idea.supporters.len() as i64)
        .bind(comment_count as i64)
        .bind(ago(idea.days_ago))
        .bind(ago(updated))
        .bind(ago(last_comment.min(updated)))
        .fetch_one(&mut *conn)
        .await?;
        written += 1;
        for sector in &idea.sectors {
            sqlx::query!(
                "INSERT OR IGNORE INTO idea_sectors (idea_id, sector) VALUES (?, ?)",
                idea_id,
                sector
            )
            .execute(&mut *conn)
            .await?;
        }
        for tag in &tags {
            sqlx::query!(
                "INSERT OR IGNORE INTO idea_tags (idea_id, tag) VALUES (?, ?)",
                idea_id,
                tag
            )
            .execute(&mut *conn)
            .await?;
        }
        for key in &idea.coauthors {
            sqlx::query(
                "INSERT OR IGNORE INTO idea_coauthors (idea_id, user_id, added_at)
                 VALUES (?, ?, datetime('now', ?))",
            )
            .bind(idea_id)
            .bind(person(key)?)
            .bind(ago(idea.days_ago))
            .execute(&mut *conn)
            .await?;
        }
        // Earlier versions: their own title, summary and description, the rest as now.
        // In the sectors' own order, as every later version stores them.
        let sectors = crate::common::sectors::Sector::ALL
            .iter()
            .filter(|s| idea.sectors.iter().any(|c| c == s.code()))
            .map(|s| s.code())
            .collect::<Vec<_>>()
            .join(",");
        let mut versions: Vec<(i64, String, &str, &str, &str)> = idea
            .revisions
            .iter()
            .enumerate()
            .map(|(i, r)| {
                let when = if i == 0 { idea.days_ago } else { r.days_ago };
                (
                    person(&r.by).unwrap_or(author),
                    ago(when),
                    r.title.as_str(),
                    r.summary.as_str(),
                    r.description.as_str(),
                )
            })
            .collect();
        versions.push((
            if idea.revisions.is_empty() {
                author
            } else {
                idea.coauthors
                    .first()
                    .map(|k| person(k))
                    .transpose()?
                    .unwrap_or(author)
            },
            ago(updated),
            &idea.title,
            &idea.summary,
            &idea.description,
        ));
        for (number, (editor, when, title, summary, description)) in versions.iter().enumerate() {
            sqlx::query(
                "INSERT INTO idea_versions (idea_id, version, editor_id, title, summary,
                        description, tags, sectors, district, lat, lng, need_skills, need_venue,
                        need_money, need_materials, needs_note, created_at)
                 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, datetime('now', ?))",
            )
            .bind(idea_id)
            .bind(number as i64 + 1)
            .bind(editor)
            .bind(title)
            .bind(summary)
            .bind(description)
            .bind(tags.join(", "))
            .bind(&sectors)
            .bind(&idea.district)
            .bind(idea.lat)
            .bind(idea.lng)
            .bind(idea.needs.skills.join(", "))
            .bind(idea.needs.venue)
            .bind(idea.needs.money)
            .bind(idea.needs.materials)
            .bind(&idea.needs.note)
            .bind(when)
            .execute(&mut *conn)
            .await?;
        }
        for (keys, table) in [
            (&idea.supporters, "idea_supports"),
            (&idea.followers, "idea_follows"),
        ] {
            for key in keys {
                sqlx::query(&format!(
                    "INSERT OR IGNORE INTO {table} (idea_id, user_id) VALUES (?, ?)"
                ))
                .bind(idea_id)
                .bind(person(key)?)
                .execute(&mut *conn)
                .await?;
            }
        }
        for comment in &idea.comments {
            let (comment_id,): (i64,) = sqlx::query_as(
                "INSERT INTO comments (idea_id, author_id, body, feedback_kind, addressed_at,
                                       addressed_by, created_at)
                 VALUES (?, ?, ?, ?, CASE WHEN ? THEN datetime('now', ?) END,
                         CASE WHEN ? THEN ? END, datetime('now', ?))
                 RETURNING id",
            )
            .bind(idea_id)
            .bind(person(&comment.by)?)
            .bind(&comment.body)
            .bind(&comment.feedback)
            .bind(comment.addressed && comment.feedback.is_some())
            .bind(ago((comment.days_ago - 1).max(0)))
            .bind(comment.addressed && comment.feedback.is_some())
            .bind(author)
            .bind(ago(comment.days_ago))
            .fetch_one(&mut *conn)
            .await?;
            for reply in &comment.replies {
                sqlx::query(
                    "INSERT INTO comments (idea_id, parent_id, author_id, body, created_at)
                     VALUES (?, ?, ?, ?, datetime('now', ?))",
                )
                .bind(idea_id)
                .bind(comment_id)
                .bind(person(&reply.by)?)
                .bind(&reply.body)
                .bind(ago(reply.days_ago))
                .execute(&mut *conn)
                .await?;
            }
        }
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_demo_file_reads_and_names_only_known_people() {
        let file: DemoFile = serde_json::from_str(DEMO_IDEAS).expect("demo ideas parse");
        assert!(file.ideas.len() >= 35, "about forty ideas");
        let mut known: Vec<&str> = vec!["ruta", "aiste", "mindaugas", "egle"];
        known.extend(file.people.iter().map(|p| p.key.as_str()));
        let mentors: Vec<&str> = file
            .people
            .iter()
            .filter(|p| p.mentor)
            .map(|p| p.key.as_str())
            .chain(["aiste"])
            .collect();
        for idea in &file.ideas {
            assert!(known.contains(&idea.author.as_str()), "{}", idea.author);
            assert!(
                crate::ideas::check_share(&idea.title, &idea.summary, &idea.sectors).is_ok(),
                "{}",
                idea.title
            );
            assert!(
                crate::ideas::Stage::from_code(&idea.stage).is_some(),
                "{}",
                idea.stage
            );
            for comment in &idea.comments {
                assert!(known.contains(&comment.by.as_str()), "{}", comment.by);
                if comment.feedback.is_some() {
                    assert!(
                        mentors.contains(&comment.by.as_str()),
                        "feedback by a mentor: {}",
                        comment.by
                    );
                }
            }
        }
    }
}
