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
    offers_venue: bool,
    offers_money: bool,
    offers_materials: bool,
    offers_mentoring: bool,
    offers_expertise: bool,
    contact_name: String,
    contact_email: String,
    contact_phone: String,
}

/// The columns an [`OrgRow`] reads, from `organisations o`.
const ORG_COLUMNS: &str = "o.id, o.name, o.sector, o.kind, o.website, o.description,
     o.offers_venue, o.offers_money, o.offers_materials, o.offers_mentoring, o.offers_expertise,
     o.contact_name, o.contact_email, o.contact_phone";

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
            offers: crate::accounts::Offers {
                venue: self.offers_venue,
                money: self.offers_money,
                materials: self.offers_materials,
                mentoring: self.offers_mentoring,
                expertise: self.offers_expertise,
            },
            contact: (self.contact_name, self.contact_email, self.contact_phone),
        })
    }
}

pub async fn organisation_of(
    pool: &SqlitePool,
    user_id: i64,
) -> Result<Option<Organisation>, AppError> {
    let row = sqlx::query_as::<_, OrgRow>(&format!(
        "SELECT {ORG_COLUMNS}
           FROM partner_profiles p JOIN organisations o ON o.id = p.organisation_id
          WHERE p.user_id = ?"
    ))
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
    let orgs = sqlx::query_as::<_, OrgRow>(&format!(
        "SELECT {ORG_COLUMNS} FROM organisations o ORDER BY o.name"
    ))
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
    sqlx::query!("DELETE FROM user_skills WHERE user_id = ?", user_id)
        .execute(&mut *conn)
        .await?;
    for skill in skills {
        sqlx::query!(
            "INSERT INTO skills (name) VALUES (?) ON CONFLICT (name) DO NOTHING",
            skill
        )
        .execute(&mut *conn)
        .await?;
        sqlx::query!(
            "INSERT OR IGNORE INTO user_skills (user_id, skill_id)
             SELECT ?, id FROM skills WHERE name = ?",
            user_id,
            skill
        )
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
    sqlx::query!("DELETE FROM user_sectors WHERE user_id = ?", user_id)
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
