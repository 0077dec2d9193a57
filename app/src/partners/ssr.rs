//! The directory in SQL. What an organisation backed counts only accepted or fulfilled
//! pledges to ideas that are not hidden.
use super::*;
use crate::common::error::{internal, AppError};
use sqlx::SqlitePool;

/// "This pledge counts as backing": accepted or fulfilled, to an idea not hidden (`p`, `i`).
const BACKING: &str = "p.status IN ('accepted', 'fulfilled') AND i.hidden_at IS NULL";

type CardRow = (
    i64,
    String,
    String,
    String,
    bool,
    bool,
    bool,
    bool,
    bool,
    i64,
    i64,
);

fn card_columns() -> String {
    format!(
        "o.id, o.name, o.sector, o.kind, o.offers_venue, o.offers_money, o.offers_materials,
         o.offers_mentoring, o.offers_expertise,
         (SELECT COUNT(*) FROM places pl WHERE pl.organisation_id = o.id),
         (SELECT COUNT(DISTINCT p.idea_id) FROM pledges p JOIN ideas i ON i.id = p.idea_id
           WHERE p.organisation_id = o.id AND {BACKING})"
    )
}

fn card(row: CardRow) -> Result<PartnerCard, AppError> {
    let (id, name, sector, kind, venue, money, materials, mentoring, expertise, places, backed) =
        row;
    let offers = [
        (Offer::Venue, venue),
        (Offer::Money, money),
        (Offer::Materials, materials),
        (Offer::Mentoring, mentoring),
        (Offer::Expertise, expertise),
    ]
    .into_iter()
    .filter_map(|(offer, yes)| yes.then_some(offer))
    .collect();
    Ok(PartnerCard {
        id: OrganisationId(id),
        sector: Sector::from_code(&sector)
            .ok_or_else(|| internal(format!("unknown sector {sector}")))?,
        kind: OrgKind::from_code(&kind).ok_or_else(|| internal(format!("unknown kind {kind}")))?,
        name,
        offers,
        places,
        backed,
    })
}

/// The organisations by name, filtered.
pub async fn directory(
    pool: &SqlitePool,
    sector: Option<Sector>,
    kind: Option<OrgKind>,
    offer: Option<Offer>,
) -> Result<PartnerList, AppError> {
    let offer_rule = offer.map_or("1".to_owned(), |o| format!("o.{} = 1", o.column()));
    let rows: Vec<CardRow> = sqlx::query_as(&format!(
        "SELECT {} FROM organisations o
          WHERE (?1 IS NULL OR o.sector = ?1) AND (?2 IS NULL OR o.kind = ?2) AND {offer_rule}
          ORDER BY o.name",
        card_columns()
    ))
    .bind(sector.map(Sector::code))
    .bind(kind.map(OrgKind::code))
    .fetch_all(pool)
    .await?;
    let total: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM organisations")
        .fetch_one(pool)
        .await?;
    Ok(PartnerList {
        partners: rows.into_iter().map(card).collect::<Result<_, _>>()?,
        total,
    })
}

/// One organisation with its places, what it backed and its people.
pub async fn partner(
    pool: &SqlitePool,
    id: OrganisationId,
    tile_url: &str,
) -> Result<Partner, AppError> {
    let row: CardRow = sqlx::query_as(&format!(
        "SELECT {} FROM organisations o WHERE o.id = ?",
        card_columns()
    ))
    .bind(id.0)
    .fetch_optional(pool)
    .await?
    .ok_or(AppError::NotFound)?;
    let (description, website, name, email, phone): (String, String, String, String, String) =
        sqlx::query_as(
            "SELECT description, website, contact_name, contact_email, contact_phone
               FROM organisations WHERE id = ?",
        )
        .bind(id.0)
        .fetch_one(pool)
        .await?;
    let places: Vec<(String, String, String, f64, f64)> = sqlx::query_as(
        "SELECT name, address, accessibility, lat, lon FROM places
          WHERE organisation_id = ? ORDER BY name, id",
    )
    .bind(id.0)
    .fetch_all(pool)
    .await?;
    let backed: Vec<(i64, String, String, String, String)> = sqlx::query_as(&format!(
        "SELECT i.id, i.title, i.lang, p.kind, p.status FROM pledges p
           JOIN ideas i ON i.id = p.idea_id
          WHERE p.organisation_id = ? AND {BACKING}
          ORDER BY coalesce(p.answered_at, p.offered_at) DESC, p.id DESC"
    ))
    .bind(id.0)
    .fetch_all(pool)
    .await?;
    let people: Vec<(i64, String)> = sqlx::query_as(
        "SELECT u.id, u.display_name FROM partner_profiles pp
           JOIN users u ON u.id = pp.user_id AND u.deleted_at IS NULL
                        AND u.email_verified_at IS NOT NULL
           JOIN user_roles r ON r.user_id = u.id AND r.role = 'partner'
          WHERE pp.organisation_id = ? ORDER BY u.display_name",
    )
    .bind(id.0)
    .fetch_all(pool)
    .await?;
    Ok(Partner {
        card: card(row)?,
        description,
        website,
        contact: Contact { name, email, phone },
        places: places
            .into_iter()
            .map(|(name, address, accessibility, lat, lon)| PartnerPlace {
                name,
                address,
                accessibility,
                lat,
                lon,
            })
            .collect(),
        backed: backed
            .into_iter()
            .filter_map(|(idea, title, lang, kind, status)| {
                Some(Backed {
                    idea_id: IdeaId(idea),
                    idea_title: title,
                    lang,
                    kind: PledgeKind::from_code(&kind)?,
                    status: PledgeStatus::from_code(&status)?,
                })
            })
            .collect(),
        people,
        tile_url: tile_url.to_owned(),
        can_invite: false,
    })
}

/// The steering group invites an organisation's contact: a new account attached to the
/// organisation with an e-mailed link to set its password, or, for an adult with a confirmed
/// account, the partner role and the organisation at once (and a note).
pub async fn invite(
    pool: &SqlitePool,
    viewer: &crate::common::Viewer,
    organisation: crate::common::ids::OrganisationId,
    name: &str,
    email: &str,
    public_url: &str,
) -> Result<(), AppError> {
    use crate::common::audit::{AuditAction, AuditSubject};
    use crate::server::audit::record;
    use crate::server::mail;
    use crate::server::secrets::{hash_password, random_token};
    let mut check = crate::common::Check::new();
    check.display_name("name", name);
    check.email("email", email);
    check.finish().map_err(AppError::invalid)?;
    let email = email.trim().to_lowercase();
    let name = name.trim();
    // Hash first: Argon2 takes a moment and must not hold the write lock.
    let unusable = hash_password(random_token()).await?;
    let mut tx = crate::server::db::begin_write(pool).await?;
    let org_name: String = sqlx::query_scalar("SELECT name FROM organisations WHERE id = ?")
        .bind(organisation.0)
        .fetch_optional(&mut *tx)
        .await?
        .ok_or(AppError::NotFound)?;
    type Account = (i64, String, bool, Option<i32>, bool, Option<i64>);
    let account: Option<Account> = sqlx::query_as(
        "SELECT u.id, u.preferred_locale, u.email_verified_at IS NULL, u.birth_year,
                u.guardian_email IS NOT NULL,
                (SELECT p.organisation_id FROM partner_profiles p WHERE p.user_id = u.id)
           FROM users u WHERE u.email = ? AND u.deleted_at IS NULL",
    )
    .bind(&email)
    .fetch_optional(&mut *tx)
    .await?;
    let user_id = match account {
        Some((id, locale, unconfirmed, born, guarded, attached)) => {
            match attached {
                Some(org) if org == organisation.0 => {
                    return Err(AppError::field("email", "already_partner"))
                }
                Some(_) => return Err(AppError::field("email", "partner_elsewhere")),
                None => {}
            }
            if guarded || crate::common::is_minor(born, crate::common::current_year()) {
                return Err(AppError::field("email", "minor"));
            }
            if unconfirmed {
                return Err(AppError::field("email", "account_unconfirmed"));
            }
            let profile = format!("{public_url}/profile");
            mail::enqueue(
                &mut tx,
                &mail::partner_role(&locale, id, &email, &org_name, &profile),
            )
            .await?;
            id
        }
        None => {
            let (id, link) = crate::server::people::invited_account(
                &mut tx, &email, name, &unusable, public_url,
            )
            .await?;
            mail::enqueue(
                &mut tx,
                &mail::partner_invitation(id, &email, name, &org_name, &link),
            )
            .await?;
            id
        }
    };
    sqlx::query("INSERT INTO partner_profiles (user_id, organisation_id) VALUES (?, ?)")
        .bind(user_id)
        .bind(organisation.0)
        .execute(&mut *tx)
        .await?;
    let added = sqlx::query(
        "INSERT OR IGNORE INTO user_roles (user_id, role, granted_by) VALUES (?, 'partner', ?)",
    )
    .bind(user_id)
    .bind(viewer.id)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if added > 0 {
        record(
            &mut tx,
            Some(viewer.id),
            AuditAction::RoleGranted,
            AuditSubject::Person,
            Some(user_id),
            "partner",
        )
        .await?;
    }
    record(
        &mut tx,
        Some(viewer.id),
        AuditAction::PartnerInvited,
        AuditSubject::Person,
        Some(user_id),
        &org_name,
    )
    .await?;
    mail::commit_and_send(tx).await?;
    Ok(())
}
