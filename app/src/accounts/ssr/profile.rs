//! Profile queries.
use crate::accounts::{
    Directory, MentorDetails, MyProfile, OrgKind, Organisation, OrganisationCard, PublicPerson,
};
use crate::common::error::{internal, AppError};
use crate::common::sectors::Sector;
use crate::common::{current_year, is_minor, parse_tags, Role};
use crate::server::people::roles_of;
use sqlx::{SqliteConnection, SqlitePool};

#[derive(sqlx::FromRow)]
struct UserRow {
    id: i64,
    email: Option<String>,
    display_name: Option<String>,
    bio: String,
    birth_year: Option<i64>,
    preferred_locale: String,
    open_to_teams: bool,
    show_email: bool,
    show_birth_year: bool,
    show_bio: bool,
    show_sectors: bool,
    show_skills: bool,
    email_verified: bool,
    guardian_pending: bool,
    has_guardian: bool,
}

const USER_COLUMNS: &str = "id, email, display_name, bio, birth_year, preferred_locale,
    open_to_teams, show_email, show_birth_year, show_bio, show_sectors, show_skills,
    email_verified_at IS NOT NULL AS email_verified,
    guardian_email IS NOT NULL AND guardian_confirmed_at IS NULL AS guardian_pending,
    guardian_email IS NOT NULL AS has_guardian";

async fn user_row(pool: &SqlitePool, user_id: i64) -> Result<UserRow, AppError> {
    sqlx::query_as::<_, UserRow>(&format!(
        "SELECT {USER_COLUMNS} FROM users WHERE id = ? AND deleted_at IS NULL"
    ))
    .bind(user_id)
    .fetch_optional(pool)
    .await?
    .ok_or(AppError::NotFound)
}

pub async fn sectors_of(pool: &SqlitePool, user_id: i64) -> Result<Vec<Sector>, AppError> {
    let rows: Vec<(String,)> = sqlx::query_as(
        "SELECT us.sector FROM user_sectors us JOIN sectors s ON s.code = us.sector
          WHERE us.user_id = ? ORDER BY s.position",
    )
    .bind(user_id)
    .fetch_all(pool)
    .await?;
    Ok(rows
        .iter()
        .filter_map(|(c,)| Sector::from_code(c))
        .collect())
}

pub async fn skills_of(pool: &SqlitePool, user_id: i64) -> Result<Vec<String>, AppError> {
    let rows: Vec<(String,)> = sqlx::query_as(
        "SELECT s.name FROM user_skills us JOIN skills s ON s.id = us.skill_id
          WHERE us.user_id = ? ORDER BY s.name",
    )
    .bind(user_id)
    .fetch_all(pool)
    .await?;
    Ok(rows.into_iter().map(|(n,)| n).collect())
}

pub async fn mentor_of(pool: &SqlitePool, user_id: i64) -> Result<Option<MentorDetails>, AppError> {
    let row: Option<(String, i64)> =
        sqlx::query_as("SELECT expertise, capacity FROM mentor_profiles WHERE user_id = ?")
            .bind(user_id)
            .fetch_optional(pool)
            .await?;
    Ok(row.map(|(expertise, capacity)| MentorDetails {
        expertise: parse_tags(&expertise),
        capacity,
    }))
}

#[derive(sqlx::FromRow)]
struct OrgRow {
    id: i64,
    name: String,
    sector: String,
    kind: String,
    website: String,
    description: String,
}

impl OrgRow {
    fn into_organisation(self) -> Result<Organisation, AppError> {
        Ok(Organisation {
            id: self.id,
            sector: Sector::from_code(&self.sector)
                .ok_or_else(|| internal(format!("unknown sector {}", self.sector)))?,
            kind: OrgKind::from_code(&self.kind)
                .ok_or_else(|| internal(format!("unknown organisation kind {}", self.kind)))?,
            name: self.name,
            website: self.website,
            description: self.description,
        })
    }
}

pub async fn organisation_of(
    pool: &SqlitePool,
    user_id: i64,
) -> Result<Option<Organisation>, AppError> {
    let row = sqlx::query_as::<_, OrgRow>(
        "SELECT o.id, o.name, o.sector, o.kind, o.website, o.description
           FROM partner_profiles p JOIN organisations o ON o.id = p.organisation_id
          WHERE p.user_id = ?",
    )
    .bind(user_id)
    .fetch_optional(pool)
    .await?;
    row.map(OrgRow::into_organisation).transpose()
}

pub async fn popular_skills(pool: &SqlitePool) -> Result<Vec<String>, AppError> {
    let rows: Vec<(String,)> = sqlx::query_as(
        "SELECT s.name FROM skills s JOIN user_skills us ON us.skill_id = s.id
           JOIN users u ON u.id = us.user_id AND u.deleted_at IS NULL
          GROUP BY s.id ORDER BY COUNT(*) DESC, s.name LIMIT 24",
    )
    .fetch_all(pool)
    .await?;
    Ok(rows.into_iter().map(|(n,)| n).collect())
}

pub async fn my_profile(pool: &SqlitePool, user_id: i64) -> Result<MyProfile, AppError> {
    let row = user_row(pool, user_id).await?;
    let roles = roles_of(pool, user_id).await?;
    let birth_year = row.birth_year.map(|y| y as i32);
    Ok(MyProfile {
        id: row.id,
        email: row.email.unwrap_or_default(),
        display_name: row.display_name.unwrap_or_default(),
        bio: row.bio,
        birth_year,
        preferred_locale: row.preferred_locale,
        open_to_teams: row.open_to_teams,
        sectors: sectors_of(pool, user_id).await?,
        skills: skills_of(pool, user_id).await?,
        show_email: row.show_email,
        show_birth_year: row.show_birth_year,
        show_bio: row.show_bio,
        show_sectors: row.show_sectors,
        show_skills: row.show_skills,
        minor: row.has_guardian || is_minor(birth_year, current_year()),
        email_verified: row.email_verified,
        guardian_pending: row.guardian_pending,
        mentor: if roles.contains(&Role::Mentor) {
            mentor_of(pool, user_id).await?
        } else {
            None
        },
        organisation: if roles.contains(&Role::Partner) {
            organisation_of(pool, user_id).await?
        } else {
            None
        },
        roles,
        popular_skills: popular_skills(pool).await?,
    })
}

/// A profile within its owner's choices. Under 18, email and birth year are never shown.
/// A child registered with a guardian stays protected whatever birth year is stored later, and
/// has no public profile at all until the guardian has consented. An email shows only once
/// confirmed, so nobody can publish someone else's address.
pub async fn public_person(pool: &SqlitePool, user_id: i64) -> Result<PublicPerson, AppError> {
    let row = user_row(pool, user_id).await?;
    if row.guardian_pending {
        return Err(AppError::NotFound);
    }
    let roles = roles_of(pool, user_id).await?;
    let birth_year = row.birth_year.map(|y| y as i32);
    let minor = row.has_guardian || is_minor(birth_year, current_year());
    Ok(PublicPerson {
        id: row.id,
        display_name: row.display_name.unwrap_or_default(),
        open_to_teams: row.open_to_teams,
        bio: (row.show_bio && !row.bio.is_empty()).then_some(row.bio),
        sectors: if row.show_sectors {
            Some(sectors_of(pool, user_id).await?)
        } else {
            None
        },
        skills: if row.show_skills {
            Some(skills_of(pool, user_id).await?)
        } else {
            None
        },
        email: if row.show_email && !minor && row.email_verified {
            row.email
        } else {
            None
        },
        birth_year: if row.show_birth_year && !minor {
            birth_year
        } else {
            None
        },
        mentor: if roles.contains(&Role::Mentor) {
            mentor_of(pool, user_id).await?
        } else {
            None
        },
        organisation: if roles.contains(&Role::Partner) {
            organisation_of(pool, user_id).await?
        } else {
            None
        },
        roles,
    })
}

pub async fn directory(pool: &SqlitePool) -> Result<Directory, AppError> {
    let mentor_ids: Vec<(i64,)> = sqlx::query_as(
        "SELECT u.id FROM users u JOIN user_roles r ON r.user_id = u.id AND r.role = 'mentor'
          WHERE u.deleted_at IS NULL ORDER BY u.display_name",
    )
    .fetch_all(pool)
    .await?;
    let mut mentors = Vec::with_capacity(mentor_ids.len());
    for (id,) in mentor_ids {
        mentors.push(public_person(pool, id).await?);
    }
    let orgs = sqlx::query_as::<_, OrgRow>(
        "SELECT id, name, sector, kind, website, description FROM organisations ORDER BY name",
    )
    .fetch_all(pool)
    .await?;
    let mut organisations = Vec::with_capacity(orgs.len());
    for org in orgs {
        let members: Vec<(i64, String)> = sqlx::query_as(
            "SELECT u.id, u.display_name FROM partner_profiles p
               JOIN users u ON u.id = p.user_id AND u.deleted_at IS NULL
               JOIN user_roles r ON r.user_id = u.id AND r.role = 'partner'
              WHERE p.organisation_id = ? ORDER BY u.display_name",
        )
        .bind(org.id)
        .fetch_all(pool)
        .await?;
        organisations.push(OrganisationCard {
            organisation: org.into_organisation()?,
            members,
        });
    }
    Ok(Directory {
        mentors,
        organisations,
    })
}

/// Replaces a person's skills, creating tags that do not exist yet.
pub async fn set_skills(
    conn: &mut SqliteConnection,
    user_id: i64,
    skills: &[String],
) -> Result<(), AppError> {
    sqlx::query("DELETE FROM user_skills WHERE user_id = ?")
        .bind(user_id)
        .execute(&mut *conn)
        .await?;
    for skill in skills {
        sqlx::query("INSERT INTO skills (name) VALUES (?) ON CONFLICT (name) DO NOTHING")
            .bind(skill)
            .execute(&mut *conn)
            .await?;
        sqlx::query(
            "INSERT OR IGNORE INTO user_skills (user_id, skill_id)
             SELECT ?, id FROM skills WHERE name = ?",
        )
        .bind(user_id)
        .bind(skill)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

pub async fn set_sectors(
    conn: &mut SqliteConnection,
    user_id: i64,
    sectors: &[Sector],
) -> Result<(), AppError> {
    sqlx::query("DELETE FROM user_sectors WHERE user_id = ?")
        .bind(user_id)
        .execute(&mut *conn)
        .await?;
    for sector in sectors {
        sqlx::query("INSERT OR IGNORE INTO user_sectors (user_id, sector) VALUES (?, ?)")
            .bind(user_id)
            .bind(sector.code())
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

/// Erases everything personal about an account; the row stays so content keeps an author
/// ("former member"). Every session of the account ends through the epoch.
pub async fn erase_account(conn: &mut SqliteConnection, user_id: i64) -> Result<(), AppError> {
    for statement in [
        "DELETE FROM user_sectors WHERE user_id = ?",
        "DELETE FROM user_skills WHERE user_id = ?",
        "DELETE FROM user_roles WHERE user_id = ?",
        "DELETE FROM mentor_profiles WHERE user_id = ?",
        "DELETE FROM partner_profiles WHERE user_id = ?",
        "DELETE FROM email_tokens WHERE user_id = ?",
        "DELETE FROM outbox WHERE user_id = ?",
        // Supports and follows are personal choices: they go, and the counters with them.
        "UPDATE ideas SET support_count = support_count - 1
          WHERE id IN (SELECT idea_id FROM idea_supports WHERE user_id = ?)",
        "DELETE FROM idea_supports WHERE user_id = ?",
        "DELETE FROM idea_follows WHERE user_id = ?",
        // Invitations to this address, and unused ones this person sent.
        "DELETE FROM idea_invites WHERE email = (SELECT email FROM users WHERE id = ?)",
        "DELETE FROM idea_invites WHERE invited_by = ? AND used_at IS NULL",
        // Teams: a team whose only lead leaves gets its longest-standing member as lead; the
        // person's memberships, questions, notifications and choices go. Their workspace
        // messages stay, signed "former member", like comments.
        "UPDATE team_members SET role = 'lead' WHERE rowid IN (
            SELECT (SELECT o.rowid FROM team_members o
                     WHERE o.team_id = m.team_id AND o.role = 'member' AND o.user_id != m.user_id
                     ORDER BY o.joined_at, o.user_id LIMIT 1)
              FROM team_members m
             WHERE m.user_id = ? AND m.role = 'lead'
               AND NOT EXISTS (SELECT 1 FROM team_members l WHERE l.team_id = m.team_id
                                  AND l.role = 'lead' AND l.user_id != m.user_id))",
        "DELETE FROM team_members WHERE user_id = ?",
        "DELETE FROM team_requests WHERE user_id = ?",
        "DELETE FROM notifications WHERE user_id = ?",
        "DELETE FROM notification_prefs WHERE user_id = ?",
        "DELETE FROM digests WHERE user_id = ?",
        "DELETE FROM intervention_people WHERE user_id = ?",
        "DELETE FROM festival_stars WHERE user_id = ?",
        "UPDATE users SET email = NULL, display_name = NULL, password_hash = NULL,
                email_verified_at = NULL, birth_year = NULL, bio = '', open_to_teams = 0,
                show_email = 0, show_birth_year = 0, show_bio = 0, show_sectors = 0,
                show_skills = 0, guardian_email = NULL, guardian_confirmed_at = NULL,
                session_epoch = session_epoch + 1, deleted_at = datetime('now')
          WHERE id = ?",
    ] {
        sqlx::query(statement)
            .bind(user_id)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

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
    Ok(serde_json::json!({
        "platform": "Santaka",
        "exported_at": chrono::Utc::now().to_rfc3339(),
        "account": value,
    }))
}
