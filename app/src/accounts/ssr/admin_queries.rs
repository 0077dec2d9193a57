//! What the steering group's administration reads and writes: people with their roles and
//! details, roles granted and revoked.
use crate::accounts::ssr::{mentor_of, organisation_of};
use crate::accounts::PersonRow;
use crate::common::audit::{AuditAction, AuditSubject};
use crate::common::error::AppError;
use crate::common::{parse_tags, Role, Viewer};
use crate::server::db::begin_write;
use crate::server::form::redirect_plain_form;
use crate::server::people::roles_of;
use crate::server::state::pool;

fn back_to(back: &str) -> String {
    crate::ui::lang_switch::safe_return_path(Some(back).filter(|b| !b.is_empty()))
}

pub async fn search(q: &str) -> Result<Vec<PersonRow>, AppError> {
    let pool = pool()?;
    let pattern = format!(
        "%{}%",
        q.trim()
            .replace('\\', "\\\\")
            .replace('%', "\\%")
            .replace('_', "\\_")
    );
    let rows: Vec<(i64, String, String, bool, bool, bool)> = sqlx::query_as(
        "SELECT id, display_name, email, email_verified_at IS NOT NULL,
                guardian_email IS NOT NULL AND guardian_confirmed_at IS NULL,
                publishing_blocked_at IS NOT NULL
           FROM users
          WHERE deleted_at IS NULL
            AND (display_name LIKE ?1 ESCAPE '\\' OR email LIKE ?1 ESCAPE '\\')
          ORDER BY id DESC LIMIT 50",
    )
    .bind(&pattern)
    .fetch_all(&pool)
    .await?;
    let mut people = Vec::with_capacity(rows.len());
    for (id, display_name, email, email_verified, guardian_pending, publishing_blocked) in rows {
        let roles = roles_of(&pool, id).await?;
        people.push(PersonRow {
            id,
            display_name,
            email,
            email_verified,
            guardian_pending,
            publishing_blocked,
            mentor: if roles.contains(&Role::Mentor) {
                mentor_of(&pool, id).await?
            } else {
                None
            },
            organisation: if roles.contains(&Role::Partner) {
                organisation_of(&pool, id).await?
            } else {
                None
            },
            roles,
        });
    }
    Ok(people)
}

async fn audit_role(
    tx: &mut sqlx::SqliteConnection,
    actor: i64,
    action: AuditAction,
    user_id: i64,
    role: Role,
) -> Result<(), AppError> {
    crate::server::audit::record(
        tx,
        Some(actor),
        action,
        AuditSubject::Person,
        Some(user_id),
        role.code(),
    )
    .await
}

pub async fn set_role(
    viewer: &Viewer,
    user_id: i64,
    role: &str,
    grant: bool,
    q: &str,
) -> Result<String, AppError> {
    let role = Role::from_code(role).ok_or_else(|| AppError::field("role", "choice_invalid"))?;
    let pool = pool()?;
    let mut tx = begin_write(&pool).await?;
    let exists: Option<(i64,)> =
        sqlx::query_as("SELECT id FROM users WHERE id = ? AND deleted_at IS NULL")
            .bind(user_id)
            .fetch_optional(&mut *tx)
            .await?;
    if exists.is_none() {
        return Err(AppError::NotFound);
    }
    if grant {
        let added = sqlx::query(
            "INSERT OR IGNORE INTO user_roles (user_id, role, granted_by) VALUES (?, ?, ?)",
        )
        .bind(user_id)
        .bind(role.code())
        .bind(viewer.id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if added > 0 {
            audit_role(&mut tx, viewer.id, AuditAction::RoleGranted, user_id, role).await?;
        }
        if role == Role::Mentor {
            sqlx::query!(
                "INSERT OR IGNORE INTO mentor_profiles (user_id) VALUES (?)",
                user_id
            )
            .execute(&mut *tx)
            .await?;
        }
    } else {
        if role == Role::Steering {
            let (others,): (i64,) = sqlx::query_as(
                "SELECT COUNT(*) FROM user_roles WHERE role = 'steering' AND user_id != ?",
            )
            .bind(user_id)
            .fetch_one(&mut *tx)
            .await?;
            if others == 0 {
                return Err(AppError::field("form", "last_steering"));
            }
        }
        let removed = sqlx::query("DELETE FROM user_roles WHERE user_id = ? AND role = ?")
            .bind(user_id)
            .bind(role.code())
            .execute(&mut *tx)
            .await?
            .rows_affected();
        if removed > 0 {
            audit_role(&mut tx, viewer.id, AuditAction::RoleRevoked, user_id, role).await?;
        }
    }
    tx.commit().await?;
    tracing::info!(
        by = viewer.id,
        user_id,
        role = role.code(),
        grant,
        "role changed"
    );
    let next = format!(
        "/admin?q={}&changed={user_id}",
        crate::ui::lang_switch::encode_component(q)
    );
    redirect_plain_form(&next);
    Ok(next)
}

pub async fn update_mentor(
    user_id: i64,
    expertise: &str,
    capacity: &str,
    back: &str,
) -> Result<String, AppError> {
    crate::accounts::check_mentor(expertise, capacity).map_err(AppError::invalid)?;
    let capacity: i64 = capacity.trim().parse().unwrap_or(0);
    let pool = pool()?;
    let mut tx = begin_write(&pool).await?;
    sqlx::query(
        "INSERT INTO mentor_profiles (user_id, expertise, capacity) VALUES (?, ?, ?)
         ON CONFLICT (user_id) DO UPDATE SET expertise = excluded.expertise,
                                             capacity = excluded.capacity",
    )
    .bind(user_id)
    .bind(parse_tags(expertise).join(", "))
    .bind(capacity)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    let next = back_to(back);
    redirect_plain_form(&next);
    Ok(next)
}

pub async fn update_partner(
    user_id: i64,
    by_steering: bool,
    org: &crate::accounts::OrganisationEdit,
    back: &str,
) -> Result<String, AppError> {
    crate::accounts::check_organisation(org).map_err(AppError::invalid)?;
    let (name, sector, kind) = (&org.org_name, &org.org_sector, &org.org_kind);
    let (website, description) = (&org.org_website, &org.org_description);
    let pool = pool()?;
    let mut tx = begin_write(&pool).await?;
    let current: Option<(i64,)> =
        sqlx::query_as("SELECT organisation_id FROM partner_profiles WHERE user_id = ?")
            .bind(user_id)
            .fetch_optional(&mut *tx)
            .await?;
    let same_name: Option<(i64,)> = sqlx::query_as("SELECT id FROM organisations WHERE name = ?")
        .bind(name.trim())
        .fetch_optional(&mut *tx)
        .await?;
    // A partner edits (and may rename) their own organisation. Only the steering group
    // may attach someone to an organisation that already exists: otherwise any partner
    // could take over another organisation's public page by typing its name.
    let org_id = match (current, same_name) {
        (Some((mine,)), Some((existing,))) if mine == existing => mine,
        (_, Some((existing,))) if by_steering => existing,
        (_, Some(_)) => return Err(AppError::field("org_name", "org_name_taken")),
        (Some((mine,)), None) => mine,
        (None, None) => {
            let (id,): (i64,) = sqlx::query_as(
                "INSERT INTO organisations (name, sector, kind) VALUES (?, ?, ?) RETURNING id",
            )
            .bind(name.trim())
            .bind(sector)
            .bind(kind)
            .fetch_one(&mut *tx)
            .await?;
            id
        }
    };
    sqlx::query(
        "UPDATE organisations SET name = ?, sector = ?, kind = ?, website = ?, description = ?,
                offers_venue = ?, offers_money = ?, offers_materials = ?, offers_mentoring = ?,
                offers_expertise = ?, contact_name = ?, contact_email = ?, contact_phone = ?
          WHERE id = ?",
    )
    .bind(name.trim())
    .bind(sector)
    .bind(kind)
    .bind(website.trim())
    .bind(description.trim())
    .bind(org.offers().venue)
    .bind(org.offers().money)
    .bind(org.offers().materials)
    .bind(org.offers().mentoring)
    .bind(org.offers().expertise)
    .bind(org.contact_name.trim())
    .bind(org.contact_email.trim().to_lowercase())
    .bind(org.contact_phone.trim())
    .bind(org_id)
    .execute(&mut *tx)
    .await?;
    sqlx::query!(
        "INSERT INTO partner_profiles (user_id, organisation_id) VALUES (?, ?)
         ON CONFLICT (user_id) DO UPDATE SET organisation_id = excluded.organisation_id",
        user_id,
        org_id
    )
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    let next = back_to(back);
    redirect_plain_form(&next);
    Ok(next)
}
