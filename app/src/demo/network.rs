//! The partner network for the directory and the steering group's desk: sixteen Kaunas
//! organisations written for Santaka (`network/organisations.rs`) with their places, a year of
//! their pledges to the demo's ideas (`network/pledges.rs`), two demo people who speak for
//! their organisation, and four more mentors given teams so that one is at capacity, one
//! beyond it, and some teams still have none. Seeded once, after the year's ideas and teams:
//! nothing when the network has more than the demo partner's own organisation.
use crate::common::error::{internal, AppError};
use sqlx::SqliteConnection;

mod organisations;
mod pledges;

/// A partner organisation and its places.
pub struct Organisation {
    pub name: &'static str,
    /// Its website is `https://{slug}.santaka.test`, its contact address at that domain.
    pub slug: &'static str,
    pub sector: &'static str,
    pub kind: &'static str,
    pub description: &'static str,
    /// What it offers: a venue, money, materials, mentoring, expertise.
    pub offers: [bool; 5],
    /// The contact it shows: a name and an email address, either may be empty.
    pub contact: (&'static str, &'static str),
    /// Days since it joined the network.
    pub joined: i64,
    /// Its places: name, address, latitude, longitude, accessibility. A venue pledged is the
    /// first.
    pub places: &'static [(&'static str, &'static str, f64, f64, &'static str)],
}

/// A pledge of an organisation (by its slug) to an idea (by its title).
pub struct Pledge {
    pub org: &'static str,
    pub idea: &'static str,
    pub kind: &'static str,
    /// Euros for money, hours for time, nothing otherwise.
    pub amount: Option<i64>,
    pub dates: &'static str,
    pub note: &'static str,
    pub status: &'static str,
    /// Days ago it was offered, answered (accepted or declined) and fulfilled.
    pub days: (i64, Option<i64>, Option<i64>),
}

/// Demo people who speak for an organisation: person, organisation, days since.
const PARTNERS: [(&str, &str, i64); 2] = [("monika", "raugas", 280), ("simona", "prieplauka", 250)];

/// More mentors: person, expertise, capacity, days since the steering group named them.
const MENTORS: [(&str, &str, i64, i64); 4] = [
    (
        "kestutis",
        "Elektronikos taisymas, Staliaus darbai, Dirbtuvių sauga, Techninis planavimas",
        2,
        320,
    ),
    (
        "aldona",
        "Kartų dialogas, Senjorų įtraukimas, Pasakojimai, Tradiciniai amatai",
        1,
        300,
    ),
    (
        "emily",
        "Anglų kalba, Ekskursijų rengimas, Tekstų rašymas, Tarptautiniai mainai",
        3,
        260,
    ),
    (
        "andrii",
        "Svetainių kūrimas, Naudotojų tyrimai, Skaitmeninis raštingumas, Įtrauktis",
        2,
        150,
    ),
];

/// Mentors given to teams: mentor, team, days after the team was formed, beyond capacity.
/// Kęstutis is at capacity, Aldona beyond it; Emily and Andrii have room.
const GUIDES: [(&str, &str, i64, bool); 6] = [
    ("kestutis", "Mainų savaitės komanda", 6, false),
    ("kestutis", "Podkastų studijos komanda", 10, false),
    ("aldona", "60 sekundžių Aleksote", 7, false),
    ("aldona", "Overpass Dance Crew", 5, true),
    ("emily", "Fortų žygio komanda", 4, false),
    ("andrii", "Gričiupio skaitmeninės kavinės komanda", 6, false),
];

fn ago(days: i64) -> String {
    format!("-{days} days")
}

/// The organisation of the network with this slug.
fn organisation(slug: &str) -> Result<&'static Organisation, AppError> {
    organisations::ORGANISATIONS
        .iter()
        .find(|o| o.slug == slug)
        .ok_or_else(|| internal(format!("no demo organisation {slug}")))
}

/// A demo person by key, when an adult who can stand for an organisation or guide a team.
async fn adult(conn: &mut SqliteConnection, key: &str) -> Result<Option<i64>, AppError> {
    Ok(sqlx::query_scalar(
        "SELECT id FROM users WHERE email = ? AND deleted_at IS NULL AND guardian_email IS NULL
            AND birth_year <= ?",
    )
    .bind(format!("{key}@santaka.test"))
    .bind(crate::common::current_year() - 18)
    .fetch_optional(&mut *conn)
    .await?)
}

/// Seeds the network once: organisations, places, partners, pledges, mentors and their teams.
pub async fn seed(conn: &mut SqliteConnection) -> Result<(), AppError> {
    let (count,): (i64,) = sqlx::query_as("SELECT count(*) FROM organisations")
        .fetch_one(&mut *conn)
        .await?;
    if count > 1 {
        return Ok(());
    }
    let steering: Option<i64> =
        sqlx::query_scalar("SELECT id FROM users WHERE email = 'egle@santaka.test'")
            .fetch_optional(&mut *conn)
            .await?;
    for org in organisations::ORGANISATIONS {
        let [venue, money, materials, mentoring, expertise] = org.offers;
        let (contact_name, contact_email) = org.contact;
        let id: Option<i64> = sqlx::query_scalar(
            "INSERT INTO organisations (name, sector, kind, website, description, offers_venue,
                                        offers_money, offers_materials, offers_mentoring,
                                        offers_expertise, contact_name, contact_email, created_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, datetime('now', ?))
             ON CONFLICT (name) DO NOTHING RETURNING id",
        )
        .bind(org.name)
        .bind(org.sector)
        .bind(org.kind)
        .bind(format!("https://{}.santaka.test", org.slug))
        .bind(org.description)
        .bind(venue)
        .bind(money)
        .bind(materials)
        .bind(mentoring)
        .bind(expertise)
        .bind(contact_name)
        .bind(contact_email)
        .bind(ago(org.joined))
        .fetch_optional(&mut *conn)
        .await?;
        let Some(id) = id else { continue };
        for &(name, address, lat, lon, accessibility) in org.places {
            sqlx::query(
                "INSERT INTO places (name, address, lat, lon, accessibility, organisation_id,
                                     created_at)
                 VALUES (?, ?, ?, ?, ?, ?, datetime('now', ?))
                 ON CONFLICT (name, address) DO NOTHING",
            )
            .bind(name)
            .bind(address)
            .bind(lat)
            .bind(lon)
            .bind(accessibility)
            .bind(id)
            .bind(ago(org.joined))
            .execute(&mut *conn)
            .await?;
        }
    }
    for (key, slug, days) in PARTNERS {
        let Some(user) = adult(conn, key).await? else {
            continue;
        };
        sqlx::query(
            "INSERT INTO user_roles (user_id, role, granted_by, granted_at)
             VALUES (?, 'partner', ?, datetime('now', ?)) ON CONFLICT DO NOTHING",
        )
        .bind(user)
        .bind(steering)
        .bind(ago(days))
        .execute(&mut *conn)
        .await?;
        sqlx::query(
            "INSERT INTO partner_profiles (user_id, organisation_id)
             SELECT ?, id FROM organisations WHERE name = ?
                AND NOT EXISTS (SELECT 1 FROM partner_profiles WHERE user_id = ?)",
        )
        .bind(user)
        .bind(organisation(slug)?.name)
        .bind(user)
        .execute(&mut *conn)
        .await?;
    }
    seed_pledges(conn, steering).await?;
    seed_mentors(conn, steering).await
}

/// The pledges, each to the first visible idea with its title. A venue is the organisation's
/// first place; the idea's author answered, the steering group marked it fulfilled.
async fn seed_pledges(conn: &mut SqliteConnection, steering: Option<i64>) -> Result<(), AppError> {
    for pledge in pledges::PLEDGES {
        let (euros, hours) = match pledge.kind {
            "money" => (pledge.amount, None),
            "time" => (None, pledge.amount),
            _ => (None, None),
        };
        let (offered, answered, fulfilled) = pledge.days;
        sqlx::query(
            "INSERT INTO pledges (idea_id, organisation_id, kind, amount_eur, hours, place_id,
                                  dates, note, status, offered_by, offered_at, answered_by,
                                  answered_at, fulfilled_by, fulfilled_at)
             SELECT i.id, o.id, ?3, ?4, ?5,
                    CASE WHEN ?3 = 'venue'
                         THEN (SELECT min(p.id) FROM places p WHERE p.organisation_id = o.id) END,
                    ?6, ?7, ?8,
                    (SELECT min(r.user_id) FROM partner_profiles r WHERE r.organisation_id = o.id),
                    datetime('now', ?9),
                    CASE WHEN ?10 IS NOT NULL THEN i.author_id END, datetime('now', ?10),
                    CASE WHEN ?11 IS NOT NULL THEN ?12 END, datetime('now', ?11)
               FROM ideas i JOIN organisations o ON o.name = ?2
              WHERE i.title = ?1 AND i.hidden_at IS NULL
              ORDER BY i.id LIMIT 1",
        )
        .bind(pledge.idea)
        .bind(organisation(pledge.org)?.name)
        .bind(pledge.kind)
        .bind(euros)
        .bind(hours)
        .bind(pledge.dates)
        .bind(pledge.note)
        .bind(pledge.status)
        .bind(ago(offered))
        .bind(answered.map(ago))
        .bind(fulfilled.map(ago))
        .bind(steering)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// The new mentors with their profiles, and the teams the steering group gave them (never a
/// team they are in already).
async fn seed_mentors(conn: &mut SqliteConnection, steering: Option<i64>) -> Result<(), AppError> {
    for (key, expertise, capacity, days) in MENTORS {
        let Some(user) = adult(conn, key).await? else {
            continue;
        };
        sqlx::query(
            "INSERT INTO user_roles (user_id, role, granted_by, granted_at)
             VALUES (?, 'mentor', ?, datetime('now', ?)) ON CONFLICT DO NOTHING",
        )
        .bind(user)
        .bind(steering)
        .bind(ago(days))
        .execute(&mut *conn)
        .await?;
        sqlx::query(
            "INSERT INTO mentor_profiles (user_id, expertise, capacity) VALUES (?, ?, ?)
             ON CONFLICT DO NOTHING",
        )
        .bind(user)
        .bind(expertise)
        .bind(capacity)
        .execute(&mut *conn)
        .await?;
    }
    for (key, team, after, beyond) in GUIDES {
        let Some(user) = adult(conn, key).await? else {
            continue;
        };
        sqlx::query(
            "INSERT INTO team_members (team_id, user_id, role, joined_at, assigned_by,
                                       over_capacity)
             SELECT t.id, ?1, 'mentor', datetime(t.created_at, ?2), ?3, ?4
               FROM teams t
              WHERE t.name = ?5
                AND EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = ?1 AND r.role = 'mentor')
                AND NOT EXISTS (SELECT 1 FROM team_members m
                                 WHERE m.team_id = t.id AND m.user_id = ?1)
              ORDER BY t.id LIMIT 1",
        )
        .bind(user)
        .bind(format!("+{after} days"))
        .bind(steering)
        .bind(beyond)
        .bind(team)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests;
