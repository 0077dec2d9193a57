//! Demo forums: a World Café two weeks ago on "Kaunas after 2022: what should stay?" (its
//! flow, the people who came, the seating the platform computed, a published harvest and three
//! ideas born from it, already on the idea list), and an upcoming youth forum with Open Space
//! and Pro Action Café. Dates are set from the day of seeding.
use crate::common::error::AppError;
use crate::common::sectors::sectors_of;
use crate::forums::seating::{seat, Guest};
use crate::forums::sector_bits;
use sqlx::SqliteConnection;

struct Segment {
    kind: &'static str,
    time: (u32, u32),
    questions: &'static str,
    round_min: Option<u32>,
    tables: Option<u32>,
}

struct Forum {
    title: &'static str,
    calling: &'static str,
    lang: &'static str,
    days_from_now: i64,
    time: (u32, u32),
    /// A place by name (from the shared list), or an online link.
    place: Result<&'static str, &'static str>,
    capacity: i64,
    hosts: &'static [&'static str],
    flow: &'static [Segment],
    /// Who registered (demo people's keys) and whether they asked to stay at one table.
    people: &'static [(&'static str, bool)],
}

const PAST: Forum = Forum {
    title: "Kaunas po 2022-ųjų: kas turi likti?",
    calling: "Europos kultūros sostinės metai praėjo. Kas iš jų vis dar gyva mūsų kiemuose, gatvėse ir mokyklose, ir ką kiekvienas sektorius gali padaryti, kad tai liktų?",
    lang: "lt",
    days_from_now: -14,
    time: (10 * 60, 12 * 60 + 30),
    place: Ok("Kauno menininkų namai"),
    capacity: 40,
    hosts: &["aiste", "egle"],
    flow: &[
        Segment {
            kind: "circle",
            time: (10 * 60, 10 * 60 + 20),
            questions: "Su kokiu 2022-ųjų Kauno prisiminimu šiandien atėjai?",
            round_min: None,
            tables: None,
        },
        Segment {
            kind: "cafe",
            time: (10 * 60 + 20, 11 * 60 + 50),
            questions: "Kas iš 2022-ųjų vis dar gyva tavo rajone?\nKo pritrūko, kad tai išliktų?\nKą tavo sektorius gali padaryti jau šiais metais?",
            round_min: Some(25),
            tables: Some(4),
        },
        Segment {
            kind: "circle",
            time: (12 * 60, 12 * 60 + 30),
            questions: "Ką darysi kitaip nuo rytojaus?",
            round_min: None,
            tables: None,
        },
    ],
    people: &[
        ("gabija", false),
        ("darius", false),
        ("vilma", false),
        ("kestutis", false),
        ("ruta", false),
        ("mindaugas", false),
        ("tomas", false),
        ("lukas", false),
        ("ieva", false),
        ("audrius", false),
        ("aldona", true),
        ("emily", false),
        ("andrii", false),
        ("monika", false),
        ("jurgis", false),
        ("simona", false),
    ],
};

const UPCOMING: Forum = Forum {
    title: "Jaunimo Kaunas 2027: ką kuriame kartu?",
    calling: "Ką Kauno jaunimas nori sukurti per ateinančius metus ir kas iš verslo, kultūros, švietimo ir bendruomenių gali prie to prisidėti?",
    lang: "lt",
    days_from_now: 18,
    time: (10 * 60, 15 * 60),
    place: Ok("KTU „Santakos“ slėnis, kūrybinė erdvė"),
    capacity: 60,
    hosts: &["egle", "mindaugas"],
    flow: &[
        Segment {
            kind: "circle",
            time: (10 * 60, 10 * 60 + 20),
            questions: "Kokią vieną vietą Kaune norėtum pakeisti?",
            round_min: None,
            tables: None,
        },
        Segment {
            kind: "open_space",
            time: (10 * 60 + 20, 12 * 60),
            questions: "Ką Kauno jaunimas nori sukurti 2027 metais?",
            round_min: Some(50),
            tables: None,
        },
        Segment {
            kind: "pro_action",
            time: (13 * 60, 14 * 60 + 30),
            questions: "Koks yra tavo siekis?\nKo trūksta, kad jis išsipildytų?\nKą išmokau ir koks mano kitas žingsnis?",
            round_min: Some(25),
            tables: Some(5),
        },
        Segment {
            kind: "reflection",
            time: (14 * 60 + 35, 15 * 60),
            questions: "Kas šiandien mane nustebino?",
            round_min: None,
            tables: None,
        },
    ],
    people: &[
        ("ruta", false),
        ("tomas", false),
        ("andrii", false),
        ("jurgis", false),
        ("simona", false),
    ],
};

/// The past café's harvest: (writer, round, note).
const NOTES: [(&str, i64, &str); 8] = [
    ("gabija", 1, "Kiemų šventės Eiguliuose vis dar vyksta, bet jas tempia dvi kaimynės. Reikia daugiau rankų ir paprasto būdo pasikviesti kaimynus."),
    ("lukas", 1, "Gatvės muzikantai liko Laisvės alėjoje, bet niekas nežino, kur ir kada galima groti. Trūksta bendro žemėlapio."),
    ("ruta", 1, "Šilainių garažų sienos laukia piešinių: 2022-aisiais muralai parodė, kad rajonai irgi gali būti galerijos."),
    ("aldona", 2, "Senjorai nori dalyvauti, bet renginių skelbimai pasiekia tik per feisbuką. Skelbkime ir bibliotekose, ir laiptinėse."),
    ("andrii", 2, "Ukrainiečių šeimos prisijungė per savanorystę. Savanorių tinklas išsibarstė – reikia vietos, kur jis vėl susitiktų."),
    ("mindaugas", 2, "Verslas gali duoti erdves vakarais nemokamai, jei kas nors prisiima atsakomybę už raktus ir tvarką."),
    ("emily", 3, "Schools can adopt one 2022 tradition each and run it with pupils as hosts, not guests."),
    ("vilma", 3, "Iki vasaros: vienas kiemų pietų pilotas Eiguliuose, muzikantų žemėlapio juodraštis ir garažų sienų sąrašas su savininkų sutikimais."),
];

/// The ideas born in the past café (by title): their authors took part.
const BORN: [&str; 3] = [
    "Kaimynų pietūs Eigulių kiemuose",
    "Gatvės muzikantų žemėlapis ir vietų rezervacija telefonu",
    "Gatvės menas Šilainių garažų kvartale",
];

/// A demo account's id by its key (`ruta` → ruta@santaka.test), if seeded.
pub(super) async fn user(conn: &mut SqliteConnection, key: &str) -> Result<Option<i64>, AppError> {
    let found: Option<(i64,)> = sqlx::query_as("SELECT id FROM users WHERE email = ?")
        .bind(format!("{key}@santaka.test"))
        .fetch_optional(&mut *conn)
        .await?;
    Ok(found.map(|(id,)| id))
}

/// Seeds the demo forums when there are none; returns how many rows it wrote.
pub async fn seed_forums(conn: &mut SqliteConnection) -> Result<u64, AppError> {
    let (existing,): (i64,) = sqlx::query_as("SELECT count(*) FROM forums")
        .fetch_one(&mut *conn)
        .await?;
    if existing > 0 {
        return Ok(0);
    }
    let mut written = 0;
    let past = insert_forum(conn, &PAST, &mut written).await?;
    let upcoming = insert_forum(conn, &UPCOMING, &mut written).await?;
    written += super::forum_formats::seed_formats(conn, upcoming.1[1], upcoming.1[2]).await?;
    // The past café: everyone came; its seating as the platform computes it, the first four
    // registered hosting tables 1–4.
    sqlx::query(
        "UPDATE forum_seats SET checked_in_at = datetime('now', '-14 days') WHERE forum_id = ?",
    )
    .bind(past.0)
    .execute(&mut *conn)
    .await?;
    let people: Vec<(i64, String, bool)> = sqlx::query_as(
        "SELECT user_id, sectors, stays FROM forum_seats WHERE forum_id = ? ORDER BY id",
    )
    .bind(past.0)
    .fetch_all(&mut *conn)
    .await?;
    let guests: Vec<Guest> = people
        .iter()
        .enumerate()
        .map(|(i, (_, sectors, stays))| Guest {
            sectors: sector_bits(&sectors_of(Some(sectors))),
            team: None,
            hosts: (i < 4).then_some(i),
            stays: *stays,
        })
        .collect();
    let cafe = past.1[1];
    let seating = seat(&guests, 4, 3, 2022);
    for (r, round) in seating.rounds.iter().enumerate() {
        for (p, table) in round.iter().enumerate() {
            let Some(table) = table else { continue };
            sqlx::query(
                "INSERT INTO forum_tables (segment_id, round, user_id, table_no, hosts)
                 VALUES (?, ?, ?, ?, ?)",
            )
            .bind(cafe)
            .bind(r as i64 + 1)
            .bind(people[p].0)
            .bind(*table as i64 + 1)
            .bind(p < 4)
            .execute(&mut *conn)
            .await?;
            written += 1;
        }
    }
    for (key, round, body) in NOTES {
        let Some(author) = user(conn, key).await? else {
            continue;
        };
        let table: Option<(i64,)> = sqlx::query_as(
            "SELECT table_no FROM forum_tables WHERE segment_id = ? AND round = ? AND user_id = ?",
        )
        .bind(cafe)
        .bind(round)
        .bind(author)
        .fetch_optional(&mut *conn)
        .await?;
        let lang = if key == "emily" { "en" } else { "lt" };
        sqlx::query(
            "INSERT INTO harvest_notes (forum_id, segment_id, table_no, author_id, body, lang,
                                        created_at)
             VALUES (?, ?, ?, ?, ?, ?, datetime('now', '-14 days', ?))",
        )
        .bind(past.0)
        .bind(cafe)
        .bind(table.map(|(t,)| t))
        .bind(author)
        .bind(body)
        .bind(lang)
        .bind(format!("+{} minutes", 30 + round * 25))
        .execute(&mut *conn)
        .await?;
        written += 1;
    }
    sqlx::query("UPDATE forums SET harvest = 'published' WHERE id = ?")
        .bind(past.0)
        .execute(&mut *conn)
        .await?;
    for title in BORN {
        written += sqlx::query("UPDATE ideas SET born_in_forum = ? WHERE title = ?")
            .bind(past.0)
            .bind(title)
            .execute(&mut *conn)
            .await?
            .rows_affected();
    }
    Ok(written)
}

/// Inserts a forum with its hosts, flow and registrations; returns its id and its segments'.
async fn insert_forum(
    conn: &mut SqliteConnection,
    f: &Forum,
    written: &mut u64,
) -> Result<(i64, Vec<i64>), AppError> {
    let today = crate::server::time::in_vilnius(chrono::Utc::now()).date_naive();
    let day = (today + chrono::Duration::days(f.days_from_now))
        .format("%Y-%m-%d")
        .to_string();
    let closes_at = format!("{day} {}", crate::festival::hhmm(f.time.0));
    let place: Option<i64> = match f.place {
        Ok(name) => sqlx::query_as::<_, (i64,)>("SELECT id FROM places WHERE name = ?")
            .bind(name)
            .fetch_optional(&mut *conn)
            .await?
            .map(|(id,)| id),
        Err(_) => None,
    };
    let online = match (place, f.place) {
        (None, Err(url)) => Some(url),
        (None, Ok(_)) => Some("https://meet.jit.si/santaka-forumas"),
        _ => None,
    };
    let creator = user(conn, f.hosts[0]).await?;
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO forums (title, calling, lang, day, starts_min, ends_min, place_id, online_url,
                             capacity, closes_at, created_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(f.title)
    .bind(f.calling)
    .bind(f.lang)
    .bind(&day)
    .bind(f.time.0)
    .bind(f.time.1)
    .bind(place)
    .bind(online)
    .bind(f.capacity)
    .bind(&closes_at)
    .bind(creator)
    .fetch_one(&mut *conn)
    .await?;
    *written += 1;
    for key in f.hosts {
        if let Some(host) = user(conn, key).await? {
            sqlx::query("INSERT INTO forum_hosts (forum_id, user_id) VALUES (?, ?)")
                .bind(id)
                .bind(host)
                .execute(&mut *conn)
                .await?;
        }
    }
    let mut segments = Vec::new();
    for s in f.flow {
        let (segment,): (i64,) = sqlx::query_as(
            "INSERT INTO forum_segments (forum_id, kind, starts_min, ends_min, questions,
                                         round_min, tables)
             VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
        )
        .bind(id)
        .bind(s.kind)
        .bind(s.time.0)
        .bind(s.time.1)
        .bind(s.questions)
        .bind(s.round_min)
        .bind(s.tables)
        .fetch_one(&mut *conn)
        .await?;
        segments.push(segment);
    }
    for (key, stays) in f.people {
        let Some(person) = user(conn, key).await? else {
            continue;
        };
        // The sectors they bring: those of their profile.
        let sectors: Option<(Option<String>,)> =
            sqlx::query_as("SELECT group_concat(sector) FROM user_sectors WHERE user_id = ?")
                .bind(person)
                .fetch_optional(&mut *conn)
                .await?;
        let sectors = sectors
            .and_then(|(s,)| s)
            .unwrap_or_else(|| "social".into());
        sqlx::query(
            "INSERT INTO forum_seats (forum_id, user_id, status, sectors, stays, created_at,
                                      changed_at)
             VALUES (?, ?, 'registered', ?, ?, datetime('now', '-20 days'),
                     datetime('now', '-20 days'))",
        )
        .bind(id)
        .bind(person)
        .bind(sectors)
        .bind(stays)
        .execute(&mut *conn)
        .await?;
        *written += 1;
    }
    Ok((id, segments))
}
