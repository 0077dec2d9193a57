//! Imports in SQL: an uploaded file is kept as it came (`steering_imports`), previewed against
//! what exists, and imported in one write transaction that checks every row again: one
//! problem and nothing is written. Mentors new to Santaka get an account without a password
//! and an invitation in the outbox to set their own.
use crate::common::error::AppError;
use crate::common::Viewer;
use crate::server::db::begin_write;
use crate::server::mail;
use crate::server::secrets::{hash_password, random_token};
use crate::steering::audit::{AuditAction, AuditSubject};
use crate::steering::import::*;
use sqlx::{SqliteConnection, SqlitePool};

/// Keeps an uploaded file for its preview; returns its number.
pub async fn store(
    pool: &SqlitePool,
    viewer: &Viewer,
    kind: ImportKind,
    file_name: &str,
    bytes: &[u8],
) -> Result<i64, AppError> {
    // Files never imported are not kept for long: they may hold people's addresses.
    sqlx::query(
        "DELETE FROM steering_imports
          WHERE imported_at IS NULL AND created_at < datetime('now', '-30 days')",
    )
    .execute(pool)
    .await?;
    let name: String = file_name
        .chars()
        .filter(|c| !c.is_control())
        .take(120)
        .collect();
    Ok(sqlx::query_scalar(
        "INSERT INTO steering_imports (kind, file_name, body, created_by) VALUES (?, ?, ?, ?)
         RETURNING id",
    )
    .bind(kind.code())
    .bind(name)
    .bind(bytes)
    .bind(viewer.id)
    .fetch_one(pool)
    .await?)
}

async fn existing(conn: &mut SqliteConnection) -> Result<Existing, AppError> {
    let organisations: Vec<String> = sqlx::query_scalar("SELECT lower(name) FROM organisations")
        .fetch_all(&mut *conn)
        .await?;
    type Account = (String, bool, bool, Option<i32>, bool);
    let accounts: Vec<Account> = sqlx::query_as(
        "SELECT lower(u.email), EXISTS (SELECT 1 FROM user_roles r
                                         WHERE r.user_id = u.id AND r.role = 'mentor'),
                u.email_verified_at IS NULL, u.birth_year, u.guardian_email IS NOT NULL
           FROM users u WHERE u.deleted_at IS NULL AND u.email IS NOT NULL",
    )
    .fetch_all(&mut *conn)
    .await?;
    let year = crate::common::current_year();
    let pick = |keep: &dyn Fn(&Account) -> bool| {
        accounts
            .iter()
            .filter(|a| keep(a))
            .map(|a| a.0.clone())
            .collect()
    };
    Ok(Existing {
        organisations: organisations
            .into_iter()
            .map(|n| n.to_lowercase())
            .collect(),
        mentors: pick(&|a| a.1),
        unconfirmed: pick(&|a| a.2),
        minors: pick(&|a| a.4 || crate::common::is_minor(a.3, year)),
        accounts: pick(&|_| true),
    })
}

type Stored = (String, String, Vec<u8>, Option<String>, i64);

async fn load(conn: &mut SqliteConnection, id: i64) -> Result<Stored, AppError> {
    sqlx::query_as(
        "SELECT kind, file_name, body, imported_at, imported_rows FROM steering_imports
          WHERE id = ?",
    )
    .bind(id)
    .fetch_optional(&mut *conn)
    .await?
    .ok_or(AppError::NotFound)
}

fn preview_of(
    id: i64,
    stored: Stored,
    existing: &Existing,
) -> Result<(Preview, Option<ReadFile>), AppError> {
    let (kind, file_name, body, imported_at, imported_rows) = stored;
    let kind = ImportKind::from_code(&kind).ok_or(AppError::NotFound)?;
    if let Some(at) = imported_at {
        // Imported: its rows are in Santaka now (and the file itself is gone).
        let preview = Preview {
            id,
            kind,
            file_name,
            columns: Vec::new(),
            rows: Vec::new(),
            notes: Vec::new(),
            file_problem: None,
            imported: Some((at, imported_rows)),
        };
        return Ok((preview, None));
    }
    let imported = None;
    Ok(match read_file(&body, kind) {
        Ok(file) => (
            Preview {
                id,
                kind,
                file_name,
                columns: file.header.clone(),
                rows: check_rows(kind, &file, existing),
                notes: file.notes.iter().map(|n| (*n).to_owned()).collect(),
                file_problem: None,
                imported,
            },
            Some(file),
        ),
        Err(problem) => (
            Preview {
                id,
                kind,
                file_name,
                columns: Vec::new(),
                rows: Vec::new(),
                notes: Vec::new(),
                file_problem: Some(problem),
                imported,
            },
            None,
        ),
    })
}

/// The preview of an uploaded file: every row with its problems.
pub async fn preview(pool: &SqlitePool, id: i64) -> Result<Preview, AppError> {
    let mut conn = pool.acquire().await?;
    let stored = load(&mut conn, id).await?;
    let existing = existing(&mut conn).await?;
    Ok(preview_of(id, stored, &existing)?.0)
}

/// Imports a file whose every row is right, all in one transaction; returns the rows written.
/// A file with any problem (found again now, against what exists now) writes nothing.
pub async fn run(
    pool: &SqlitePool,
    viewer: &Viewer,
    id: i64,
    public_url: &str,
) -> Result<i64, AppError> {
    // One password hash nobody knows, for every invited mentor's account until they set theirs.
    let unusable = hash_password(random_token()).await?;
    let mut tx = begin_write(pool).await?;
    let stored = load(&mut tx, id).await?;
    let existing = existing(&mut tx).await?;
    let (preview, file) = preview_of(id, stored, &existing)?;
    if preview.imported.is_some() {
        return Err(AppError::field("form", "already_imported"));
    }
    let (true, Some(file)) = (preview.importable(), file) else {
        return Err(AppError::field("form", "import_has_problems"));
    };
    let mut written = 0;
    for (_, values) in &file.rows {
        let get = |c: &str| cell(&file.header, values, c).to_owned();
        match preview.kind {
            ImportKind::Organisations => {
                organisation(&mut tx, &get).await?;
            }
            ImportKind::Mentors => {
                mentor(&mut tx, viewer, &get, &existing, &unusable, public_url).await?;
            }
        }
        written += 1;
    }
    sqlx::query(
        "UPDATE steering_imports SET imported_at = datetime('now'), imported_rows = ?,
                imported_by = ?, body = X'' WHERE id = ?",
    )
    .bind(written)
    .bind(viewer.id)
    .bind(id)
    .execute(&mut *tx)
    .await?;
    super::audit::record(
        &mut tx,
        Some(viewer.id),
        AuditAction::FileImported,
        AuditSubject::Import,
        Some(id),
        &written.to_string(),
    )
    .await?;
    mail::commit_and_send(tx).await?;
    Ok(written)
}

async fn organisation(
    conn: &mut SqliteConnection,
    get: &impl Fn(&str) -> String,
) -> Result<(), AppError> {
    let offers = offers_named(&get("offers")).unwrap_or_default();
    let has = |o: crate::partners::Offer| offers.contains(&o);
    use crate::partners::Offer;
    sqlx::query(
        "INSERT INTO organisations (name, sector, kind, website, description, offers_venue,
                offers_money, offers_materials, offers_mentoring, offers_expertise)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(get("name"))
    .bind(sector_named(&get("sector")).map(|s| s.code()))
    .bind(kind_named(&get("kind")).map(|k| k.code()))
    .bind(get("website"))
    .bind(get("description"))
    .bind(has(Offer::Venue))
    .bind(has(Offer::Money))
    .bind(has(Offer::Materials))
    .bind(has(Offer::Mentoring))
    .bind(has(Offer::Expertise))
    .execute(&mut *conn)
    .await?;
    Ok(())
}

async fn mentor(
    conn: &mut SqliteConnection,
    viewer: &Viewer,
    get: &impl Fn(&str) -> String,
    existing: &Existing,
    unusable: &str,
    public_url: &str,
) -> Result<(), AppError> {
    let email = get("email").to_lowercase();
    let name = get("name");
    let capacity: i64 = get("capacity").parse().unwrap_or(2);
    let user_id: i64 = if existing.accounts.contains(&email) {
        let (id, locale): (i64, String) = sqlx::query_as(
            "SELECT id, preferred_locale FROM users WHERE email = ? AND deleted_at IS NULL",
        )
        .bind(&email)
        .fetch_one(&mut *conn)
        .await?;
        mail::enqueue(
            conn,
            &mail::mentor_role(&locale, id, &email, &format!("{public_url}/profile")),
        )
        .await?;
        id
    } else {
        let (id, link) =
            crate::server::people::invited_account(conn, &email, &name, unusable, public_url)
                .await?;
        mail::enqueue(conn, &mail::mentor_invitation(id, &email, &name, &link)).await?;
        id
    };
    let added = sqlx::query(
        "INSERT OR IGNORE INTO user_roles (user_id, role, granted_by) VALUES (?, 'mentor', ?)",
    )
    .bind(user_id)
    .bind(viewer.id)
    .execute(&mut *conn)
    .await?
    .rows_affected();
    if added > 0 {
        super::audit::record(
            conn,
            Some(viewer.id),
            AuditAction::RoleGranted,
            AuditSubject::Person,
            Some(user_id),
            "mentor",
        )
        .await?;
    }
    sqlx::query(
        "INSERT INTO mentor_profiles (user_id, expertise, capacity) VALUES (?, ?, ?)
         ON CONFLICT (user_id) DO NOTHING",
    )
    .bind(user_id)
    .bind(get("expertise"))
    .bind(capacity)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// The files uploaded lately, newest first.
pub async fn recent(pool: &SqlitePool) -> Result<Vec<crate::steering::ImportSummary>, AppError> {
    let rows: Vec<(i64, String, String, String, Option<String>, i64)> = sqlx::query_as(
        "SELECT id, kind, file_name, created_at, imported_at, imported_rows
           FROM steering_imports ORDER BY id DESC LIMIT 20",
    )
    .fetch_all(pool)
    .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(id, kind, file_name, created_at, imported_at, rows)| {
            Some(crate::steering::ImportSummary {
                id,
                kind: ImportKind::from_code(&kind)?,
                file_name,
                created_at,
                imported: imported_at.map(|_| rows),
            })
        })
        .collect())
}
