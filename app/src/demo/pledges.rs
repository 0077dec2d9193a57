//! Demo pledges: the partner's workshop in Žaliakalnis backs three ideas (materials accepted,
//! a venue offered and waiting for the team's answer, people's time fulfilled), and its
//! workshop is one of the places. Seeded once, into an empty table.
use crate::common::error::AppError;
use sqlx::SqliteConnection;

/// A demo pledge: idea title, kind, euros, hours, place, dates, note, status, days ago.
type DemoPledge<'a> = (
    &'a str,
    &'a str,
    Option<i64>,
    Option<i64>,
    Option<i64>,
    &'a str,
    &'a str,
    &'a str,
    i64,
);

pub async fn seed_pledges(conn: &mut SqliteConnection) -> Result<u64, AppError> {
    let (existing,): (i64,) = sqlx::query_as("SELECT count(*) FROM pledges")
        .fetch_one(&mut *conn)
        .await?;
    if existing > 0 {
        return Ok(0);
    }
    let partner: Option<(i64, i64)> = sqlx::query_as(
        "SELECT u.id, p.organisation_id FROM users u
           JOIN partner_profiles p ON p.user_id = u.id WHERE u.email = 'mindaugas@santaka.test'",
    )
    .fetch_optional(&mut *conn)
    .await?;
    let Some((partner, org)) = partner else {
        return Ok(0);
    };
    let (place,): (i64,) = sqlx::query_as(
        "INSERT INTO places (name, address, lat, lon, accessibility, organisation_id)
         VALUES ('Žaliakalnio kūrybinės dirbtuvės', 'Savanorių pr. 124, Kaunas', 54.9105, 23.9412,
                 'Įėjimas iš kiemo be laiptų; neįgaliųjų tualetas pirmame aukšte.', ?)
         ON CONFLICT (name, address) DO UPDATE SET organisation_id = excluded.organisation_id
         RETURNING id",
    )
    .bind(org)
    .fetch_one(&mut *conn)
    .await?;
    let mut written = 1;
    // (idea title, kind, euros, hours, place, dates, note, status, days ago)
    let pledges: [DemoPledge; 3] = [
        (
            "Kiemų kinas Šilainiuose",
            "materials",
            None,
            None,
            None,
            "birželio–rugpjūčio penktadieniais",
            "Du projektoriai, garso kolonėlė ir ilgintuvai vakarams kiemuose; atsiimti ir grąžinti dirbtuvėse.",
            "accepted",
            12,
        ),
        (
            "Tuščios vitrinos – jaunųjų menininkų galerijos centre",
            "venue",
            None,
            None,
            Some(place),
            "kovo savaitgaliais",
            "Mūsų salė parodų montavimui ir jaunųjų menininkų susitikimams, iki 40 žmonių.",
            "offered",
            3,
        ),
        (
            "Viduramžių amatų dirbtuvės vaikams Kauno pilies kieme",
            "time",
            None,
            Some(16),
            None,
            "gegužės šeštadieniai",
            "Du mūsų meistrai padės kalvystės stotelėje.",
            "fulfilled",
            40,
        ),
    ];
    for (title, kind, eur, hours, place, dates, note, status, days) in pledges {
        written += sqlx::query(
            "INSERT INTO pledges (idea_id, organisation_id, kind, amount_eur, hours, place_id,
                                  dates, note, status, offered_by, offered_at)
             SELECT id, ?, ?, ?, ?, ?, ?, ?, ?, ?, datetime('now', ?) FROM ideas WHERE title = ?",
        )
        .bind(org)
        .bind(kind)
        .bind(eur)
        .bind(hours)
        .bind(place)
        .bind(dates)
        .bind(note)
        .bind(status)
        .bind(partner)
        .bind(format!("-{days} days"))
        .bind(title)
        .execute(&mut *conn)
        .await?
        .rows_affected();
    }
    Ok(written)
}
