//! The demo teams (`demo/teams.json`): about a dozen teams on demo ideas that are past the
//! shaping stage, with members, mentors, open roles, a working thread, tasks and a few join
//! requests waiting. Seeded once, into an empty teams table.
use crate::common::error::{internal, AppError};
use serde::Deserialize;
use sqlx::SqliteConnection;
use std::collections::HashMap;

const DEMO_TEAMS: &str = include_str!("../../demo/teams.json");
const DEMO_IDEAS: &str = include_str!("../../demo/ideas.json");

#[derive(Deserialize)]
struct File {
    teams: Vec<Team>,
}

#[derive(Deserialize)]
struct Team {
    idea: String,
    name: String,
    description: String,
    created_days_ago: i64,
    members: Vec<Member>,
    #[serde(default)]
    open_roles: Vec<Role>,
    #[serde(default)]
    messages: Vec<Message>,
    #[serde(default)]
    tasks: Vec<Task>,
    #[serde(default)]
    requests: Vec<Request>,
}

#[derive(Deserialize)]
struct Member {
    person: String,
    role: String,
}

#[derive(Deserialize)]
struct Role {
    title: String,
    skills: Vec<String>,
    sector: Option<String>,
    hours: i64,
    description: String,
}

#[derive(Deserialize)]
struct Message {
    person: String,
    days_ago: i64,
    text: String,
}

#[derive(Deserialize)]
struct Task {
    title: String,
    owner: Option<String>,
    due_in_days: Option<i64>,
    done: bool,
}

#[derive(Deserialize)]
struct Request {
    person: String,
    message: String,
    open_role: Option<usize>,
}

#[derive(Deserialize)]
struct IdeasFile {
    ideas: Vec<IdeaKey>,
}

#[derive(Deserialize)]
struct IdeaKey {
    key: String,
    title: String,
}

fn ago(days: i64) -> String {
    format!("-{days} days")
}

pub async fn seed_teams(conn: &mut SqliteConnection) -> Result<u64, AppError> {
    let (existing,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM teams")
        .fetch_one(&mut *conn)
        .await?;
    if existing > 0 {
        return Ok(0);
    }
    let file: File = serde_json::from_str(DEMO_TEAMS).map_err(internal)?;
    let ideas: IdeasFile = serde_json::from_str(DEMO_IDEAS).map_err(internal)?;
    let titles: HashMap<String, String> =
        ideas.ideas.into_iter().map(|i| (i.key, i.title)).collect();
    let people = crate::demo::ideas::demo_people(&mut *conn).await?;
    let person = |key: &str| {
        people
            .get(key)
            .copied()
            .ok_or_else(|| internal(format!("demo team names unknown person {key}")))
    };
    let mut written = 0;
    for team in &file.teams {
        let title = titles
            .get(&team.idea)
            .ok_or_else(|| internal(format!("demo team names unknown idea {}", team.idea)))?;
        let idea: Option<(i64,)> = sqlx::query_as("SELECT id FROM ideas WHERE title = ?")
            .bind(title)
            .fetch_optional(&mut *conn)
            .await?;
        // The demo ideas were not seeded (a database that had ideas already): no teams.
        let Some((idea_id,)) = idea else { continue };
        let lead = team
            .members
            .iter()
            .find(|m| m.role == "lead")
            .map(|m| person(&m.person))
            .transpose()?;
        let created = ago(team.created_days_ago);
        let last = team
            .messages
            .iter()
            .map(|m| m.days_ago)
            .min()
            .unwrap_or(team.created_days_ago);
        let (team_id,): (i64,) = sqlx::query_as(
            "INSERT INTO teams (idea_id, name, description, created_by, created_at, activity_at)
             VALUES (?, ?, ?, ?, datetime('now', ?), datetime('now', ?)) RETURNING id",
        )
        .bind(idea_id)
        .bind(&team.name)
        .bind(&team.description)
        .bind(lead)
        .bind(&created)
        .bind(ago(last))
        .fetch_one(&mut *conn)
        .await?;
        written += 1;
        for member in &team.members {
            sqlx::query(
                "INSERT INTO team_members (team_id, user_id, role, joined_at)
                 VALUES (?, ?, ?, datetime('now', ?))",
            )
            .bind(team_id)
            .bind(person(&member.person)?)
            .bind(&member.role)
            .bind(&created)
            .execute(&mut *conn)
            .await?;
        }
        let mut role_ids = Vec::new();
        for role in &team.open_roles {
            let (id,): (i64,) = sqlx::query_as(
                "INSERT INTO team_roles (team_id, title, skills, sector, hours, description, created_at)
                 VALUES (?, ?, ?, ?, ?, ?, datetime('now', ?)) RETURNING id",
            )
            .bind(team_id)
            .bind(&role.title)
            .bind(role.skills.join(", "))
            .bind(&role.sector)
            .bind(role.hours)
            .bind(&role.description)
            .bind(&created)
            .fetch_one(&mut *conn)
            .await?;
            role_ids.push(id);
        }
        for message in &team.messages {
            sqlx::query(
                "INSERT INTO team_messages (team_id, author_id, body, created_at)
                 VALUES (?, ?, ?, datetime('now', ?))",
            )
            .bind(team_id)
            .bind(person(&message.person)?)
            .bind(&message.text)
            .bind(ago(message.days_ago))
            .execute(&mut *conn)
            .await?;
        }
        for task in &team.tasks {
            let owner = task.owner.as_deref().map(person).transpose()?;
            sqlx::query(
                "INSERT INTO team_tasks (team_id, title, owner_id, due_on, done_at, created_by, created_at)
                 VALUES (?, ?, ?, CASE WHEN ? IS NOT NULL THEN date('now', ? || ' days') END,
                         CASE WHEN ? THEN datetime('now', '-1 days') END, ?, datetime('now', ?))",
            )
            .bind(team_id)
            .bind(&task.title)
            .bind(owner)
            .bind(task.due_in_days)
            .bind(task.due_in_days.map(|d| format!("{d:+}")))
            .bind(task.done)
            .bind(lead)
            .bind(&created)
            .execute(&mut *conn)
            .await?;
        }
        for request in &team.requests {
            sqlx::query(
                "INSERT INTO team_requests (team_id, user_id, kind, role_id, message, created_by, created_at)
                 VALUES (?, ?, 'request', ?, ?, ?, datetime('now', '-2 days'))",
            )
            .bind(team_id)
            .bind(person(&request.person)?)
            .bind(request.open_role.and_then(|i| role_ids.get(i).copied()))
            .bind(&request.message)
            .bind(person(&request.person)?)
            .execute(&mut *conn)
            .await?;
        }
    }
    Ok(written)
}
