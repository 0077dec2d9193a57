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
    })
}
