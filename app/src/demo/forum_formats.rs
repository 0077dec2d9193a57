//! The upcoming youth forum's Open Space and Pro Action Café, ready for the day: three spaces
//! (conveners may place their own sessions), two sessions already posted to the marketplace
//! (one placed), and a case Rūta brings with her idea.
use super::forums::user;
use crate::common::error::AppError;
use sqlx::SqliteConnection;

const SPACES: [(&str, i64); 3] = [
    ("Didžioji salė", 40),
    ("Stiklinė auditorija", 16),
    ("Kiemelis po liepa", 8),
];

/// A session: (convener, title, what, placed in (space index, slot)).
type Session = (
    &'static str,
    &'static str,
    &'static str,
    Option<(usize, i64)>,
);

const SESSIONS: [Session; 2] = [
    (
        "tomas",
        "Skeitparkas prie Nemuno: kas jį prižiūrės?",
        "Rampos sutvarkytos, bet niekas neatsako už jas žiemą. Ieškome jaunų šeimininkų ir rėmėjo.",
        Some((0, 1)),
    ),
    (
        "andrii",
        "Ukrainiečių ir lietuvių jaunimo muzikos vakarai",
        "Bendri džemai kartą per mėnesį: reikia salės, aparatūros ir kelių savanorių.",
        None,
    ),
];

/// Seeds the Open Space `open_space` and the Pro Action Café `pro_action` (segment ids);
/// returns how many rows it wrote.
pub async fn seed_formats(
    conn: &mut SqliteConnection,
    open_space: i64,
    pro_action: i64,
) -> Result<u64, AppError> {
    let mut written = 0;
    sqlx::query("UPDATE forum_segments SET conveners_place = 1 WHERE id = ?")
        .bind(open_space)
        .execute(&mut *conn)
        .await?;
    let mut spaces = Vec::new();
    for (k, (name, seats)) in SPACES.iter().enumerate() {
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO forum_spaces (segment_id, position, name, capacity)
             VALUES (?, ?, ?, ?) RETURNING id",
        )
        .bind(open_space)
        .bind(k as i64 + 1)
        .bind(name)
        .bind(seats)
        .fetch_one(&mut *conn)
        .await?;
        spaces.push(id);
        written += 1;
    }
    for (key, title, what, cell) in SESSIONS {
        let Some(convener) = user(conn, key).await? else {
            continue;
        };
        sqlx::query(
            "INSERT INTO forum_sessions (segment_id, convener_id, title, what, lang, space_id,
                                         slot)
             VALUES (?, ?, ?, ?, 'lt', ?, ?)",
        )
        .bind(open_space)
        .bind(convener)
        .bind(title)
        .bind(what)
        .bind(cell.map(|(space, _)| spaces[space]))
        .bind(cell.map(|(_, slot)| slot))
        .execute(&mut *conn)
        .await?;
        written += 1;
    }
    if let Some(ruta) = user(conn, "ruta").await? {
        let idea: Option<(i64,)> = sqlx::query_as(
            "SELECT id FROM ideas WHERE author_id = ? AND hidden_at IS NULL ORDER BY id LIMIT 1",
        )
        .bind(ruta)
        .fetch_optional(&mut *conn)
        .await?;
        if let Some((idea,)) = idea {
            sqlx::query(
                "INSERT INTO forum_cases (segment_id, holder_id, idea_id, quest, lang)
                 VALUES (?, ?, ?, ?, 'lt')",
            )
            .bind(pro_action)
            .bind(ruta)
            .bind(idea)
            .bind("Kaip rasti nuolatinę vietą ir žmonių, kurie ją prižiūrės ir po pirmųjų metų?")
            .execute(&mut *conn)
            .await?;
            written += 1;
        }
    }
    Ok(written)
}
