//! SQL behind pledges: an idea's backing, a partner's pledge, the team's answer, the steering
//! group's "fulfilled", and what an organisation has backed. Every write is one transaction
//! with its notifications.
use crate::common::error::AppError;
use crate::common::ids::{IdeaId, PlaceId, PledgeId};
use crate::common::{Kind, Role, Viewer};
use crate::pledges::*;
use crate::server::db::begin_write;
use crate::server::notify::{notify, Event, To};
use sqlx::sqlite::SqliteRow;
use sqlx::{Row, SqliteConnection, SqlitePool};

const PLEDGE: &str = "SELECT p.id, p.idea_id, i.title, o.name, p.kind, p.amount_eur, p.hours,
        pl.name, p.dates, p.note, p.status, p.offered_at
   FROM pledges p JOIN organisations o ON o.id = p.organisation_id
   JOIN ideas i ON i.id = p.idea_id
   LEFT JOIN places pl ON pl.id = p.place_id";

fn pledge(r: &SqliteRow) -> Result<Pledge, sqlx::Error> {
    Ok(Pledge {
        id: r.try_get(0)?,
        idea_id: r.try_get(1)?,
        idea_title: r.try_get(2)?,
        organisation: r.try_get(3)?,
        kind: PledgeKind::from_code(r.try_get(4)?).unwrap_or(PledgeKind::Materials),
        amount_eur: r.try_get(5)?,
        hours: r.try_get(6)?,
        place: r.try_get(7)?,
        dates: r.try_get(8)?,
        note: r.try_get(9)?,
        status: PledgeStatus::from_code(r.try_get(10)?).unwrap_or(PledgeStatus::Offered),
        offered_at: r.try_get(11)?,
    })
}

/// The viewer's organisation, when they are a partner: (id, name).
async fn organisation_of(
    conn: &mut SqliteConnection,
    viewer: &Viewer,
) -> Result<Option<(i64, String)>, AppError> {
    if !viewer.has(Role::Partner) {
        return Ok(None);
    }
    Ok(sqlx::query_as(
        "SELECT o.id, o.name FROM partner_profiles p JOIN organisations o ON o.id = p.organisation_id
          WHERE p.user_id = ?",
    )
    .bind(viewer.id)
    .fetch_optional(&mut *conn)
    .await?)
}

/// Whether the viewer answers for the idea: an author or a lead of its team.
async fn answers_for(
    conn: &mut SqliteConnection,
    idea_id: IdeaId,
    viewer: &Viewer,
) -> Result<bool, AppError> {
    if !viewer.may_publish() {
        return Ok(false);
    }
    if crate::server::lookups::is_editor(conn, idea_id, viewer.id).await? {
        return Ok(true);
    }
    let (lead,): (bool,) = sqlx::query_as(
        "SELECT EXISTS (SELECT 1 FROM teams t JOIN team_members m ON m.team_id = t.id
                         WHERE t.idea_id = ? AND m.user_id = ? AND m.role = 'lead')",
    )
    .bind(idea_id)
    .bind(viewer.id)
    .fetch_one(&mut *conn)
    .await?;
    Ok(lead)
}

/// The idea's visible state: "not found" when hidden (but for the steering group).
async fn idea_needs(
    conn: &mut SqliteConnection,
    idea_id: IdeaId,
    steering: bool,
) -> Result<(String, bool, bool, bool), AppError> {
    let row: Option<(String, bool, bool, bool, bool)> = sqlx::query_as(
        "SELECT title, need_venue, need_money, need_materials, hidden_at IS NOT NULL
           FROM ideas WHERE id = ?",
    )
    .bind(idea_id)
    .fetch_optional(&mut *conn)
    .await?;
    match row {
        Some((title, venue, money, materials, hidden)) if !hidden || steering => {
            Ok((title, venue, money, materials))
        }
        _ => Err(AppError::NotFound),
    }
}

pub async fn idea_backing(
    pool: &SqlitePool,
    idea_id: IdeaId,
    viewer: Option<&Viewer>,
) -> Result<IdeaBacking, AppError> {
    let mut conn = pool.acquire().await?;
    let steering = viewer.is_some_and(|v| v.has(Role::Steering));
    let (_, venue, money, materials) = idea_needs(&mut conn, idea_id, steering).await?;
    let mut me = BackingMe {
        may_fulfil: steering,
        ..BackingMe::default()
    };
    let mut own_org = None;
    let mut in_team = false;
    if let Some(viewer) = viewer {
        me.may_answer = answers_for(&mut conn, idea_id, viewer).await?;
        // The team's people and mentors see the offers too (only its leads answer).
        (in_team,) = sqlx::query_as(
            "SELECT EXISTS (SELECT 1 FROM teams t JOIN team_members m ON m.team_id = t.id
                             WHERE t.idea_id = ? AND m.user_id = ?)",
        )
        .bind(idea_id)
        .bind(viewer.id)
        .fetch_one(&mut *conn)
        .await?;
        if let Some((org, name)) = organisation_of(&mut conn, viewer).await? {
            me.places = sqlx::query_as(
                "SELECT id, name FROM places WHERE organisation_id = ? ORDER BY name",
            )
            .bind(org)
            .fetch_all(&mut *conn)
            .await?;
            me.organisation = viewer.may_publish().then_some(name);
            own_org = Some(org);
        }
    }
    let everything = me.may_answer || me.may_fulfil || in_team;
    let pledges = sqlx::query(&format!(
        "{PLEDGE} WHERE p.idea_id = ?1
            AND (?2 OR p.status IN ('accepted', 'fulfilled') OR p.organisation_id IS ?3)
          ORDER BY p.status = 'offered' DESC, p.offered_at DESC, p.id DESC"
    ))
    .bind(idea_id)
    .bind(everything)
    .bind(own_org)
    .fetch_all(&mut *conn)
    .await?
    .iter()
    .map(pledge)
    .collect::<Result<Vec<_>, _>>()?;
    let backing: Vec<PledgeKind> = pledges
        .iter()
        .filter(|p| backs(p.status))
        .map(|p| p.kind)
        .collect();
    Ok(IdeaBacking {
        idea_id,
        needs: needs_met(venue, money, materials, &backing),
        pledges,
        me,
    })
}

/// What an organisation has backed (accepted or fulfilled), newest first.
pub async fn backed_by_person(pool: &SqlitePool, person: i64) -> Result<Vec<Pledge>, AppError> {
    let rows = sqlx::query(&format!(
        "{PLEDGE} WHERE p.organisation_id = (SELECT organisation_id FROM partner_profiles
                                               WHERE user_id = ?)
            AND p.status IN ('accepted', 'fulfilled') AND i.hidden_at IS NULL
          ORDER BY p.offered_at DESC LIMIT 50"
    ))
    .bind(person)
    .fetch_all(pool)
    .await?;
    Ok(rows.iter().map(pledge).collect::<Result<Vec<_>, _>>()?)
}

/// Who hears about a pledge: the idea's authors and its team's leads.
async fn answerers(conn: &mut SqliteConnection, idea_id: IdeaId) -> Result<Vec<i64>, AppError> {
    let rows: Vec<(i64,)> = sqlx::query_as(
        "SELECT author_id FROM ideas WHERE id = ?1
         UNION SELECT user_id FROM idea_coauthors WHERE idea_id = ?1
         UNION SELECT m.user_id FROM teams t JOIN team_members m ON m.team_id = t.id
                WHERE t.idea_id = ?1 AND m.role = 'lead'",
    )
    .bind(idea_id)
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows.into_iter().map(|(id,)| id).collect())
}

/// A partner pledges to an idea on behalf of their organisation.
#[allow(clippy::too_many_arguments)]
pub async fn pledge_to(
    pool: &SqlitePool,
    viewer: &Viewer,
    idea_id: IdeaId,
    kind: &str,
    amount: &str,
    hours: &str,
    place: &str,
    dates: &str,
    note: &str,
) -> Result<PledgeId, AppError> {
    let mut tx = begin_write(pool).await?;
    let (title, ..) = idea_needs(&mut tx, idea_id, false).await?;
    let Some((org, org_name)) = organisation_of(&mut tx, viewer).await? else {
        return Err(AppError::Forbidden);
    };
    let places: Vec<(PlaceId,)> = sqlx::query_as("SELECT id FROM places WHERE organisation_id = ?")
        .bind(org)
        .fetch_all(&mut *tx)
        .await?;
    let places: Vec<PlaceId> = places.into_iter().map(|(p,)| p).collect();
    let checked = check_pledge(kind, amount, hours, place, &places, dates, note)
        .map_err(AppError::invalid)?;
    let (id,): (PledgeId,) = sqlx::query_as(
        "INSERT INTO pledges (idea_id, organisation_id, kind, amount_eur, hours, place_id, dates,
                              note, offered_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(idea_id)
    .bind(org)
    .bind(checked.kind.code())
    .bind(checked.amount_eur)
    .bind(checked.hours)
    .bind(checked.place)
    .bind(dates.trim())
    .bind(note.trim())
    .bind(viewer.id)
    .fetch_one(&mut *tx)
    .await?;
    let team = answerers(&mut tx, idea_id).await?;
    notify(
        &mut tx,
        To::People(&team),
        &Event {
            kind: Kind::PledgeOffer,
            actor: Some((viewer.id, &viewer.display_name)),
            subject: &title,
            detail: &org_name,
            link: &format!("/ideas/{idea_id}#backing"),
        },
    )
    .await?;
    crate::server::mail::commit_and_send(tx).await?;
    Ok(id)
}

/// Moves a pledge: the team accepts or declines an offer; the steering group marks an accepted
/// one fulfilled (`to` is `None` for an answer that is none of these). Returns the idea.
pub async fn set_pledge_status(
    pool: &SqlitePool,
    viewer: &Viewer,
    id: PledgeId,
    to: Option<PledgeStatus>,
) -> Result<IdeaId, AppError> {
    let mut tx = begin_write(pool).await?;
    let row: Option<(IdeaId, String, Option<i64>)> =
        sqlx::query_as("SELECT idea_id, status, offered_by FROM pledges WHERE id = ?")
            .bind(id)
            .fetch_optional(&mut *tx)
            .await?;
    let (idea_id, from, offered_by) = row.ok_or(AppError::NotFound)?;
    let steering = viewer.has(Role::Steering);
    let (title, ..) = idea_needs(&mut tx, idea_id, steering).await?;
    let allowed = match to {
        Some(PledgeStatus::Fulfilled) => steering,
        _ => answers_for(&mut tx, idea_id, viewer).await?,
    };
    if !allowed {
        return Err(AppError::Forbidden);
    }
    let to = to.ok_or_else(|| AppError::field("status", "choice_invalid"))?;
    let from = PledgeStatus::from_code(&from).unwrap_or(PledgeStatus::Offered);
    if !may_become(from, to) {
        return Err(AppError::field("status", "already_answered"));
    }
    let column = if to == PledgeStatus::Fulfilled {
        "fulfilled"
    } else {
        "answered"
    };
    sqlx::query(&format!(
        "UPDATE pledges SET status = ?, {column}_by = ?, {column}_at = datetime('now') WHERE id = ?"
    ))
    .bind(to.code())
    .bind(viewer.id)
    .bind(id)
    .execute(&mut *tx)
    .await?;
    if let Some(partner) = offered_by {
        notify(
            &mut tx,
            To::People(&[partner]),
            &Event {
                kind: Kind::PledgeAnswer,
                actor: Some((viewer.id, &viewer.display_name)),
                subject: &title,
                detail: to.code(),
                link: &format!("/ideas/{idea_id}#backing"),
            },
        )
        .await?;
    }
    crate::server::mail::commit_and_send(tx).await?;
    Ok(idea_id)
}
