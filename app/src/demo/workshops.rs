//! Demo workshops: an autumn evening that took place (with attendance), one last week, a pitch
//! workshop that is full with a waitlist, an English online session, and the "Spring studio"
//! series of four evenings. Dates are set from the day of seeding, so the demo always has
//! past and upcoming workshops.
use crate::common::error::AppError;
use sqlx::SqliteConnection;

/// A place for workshops: name, address, latitude, longitude, accessibility.
const PLACES: [(&str, &str, f64, f64, &str); 3] = [
    (
        "Kauno menininkų namai",
        "V. Putvinskio g. 56, Kaunas",
        54.8985,
        23.9129,
        "Įėjimas iš kiemo be laiptų; salė pirmame aukšte.",
    ),
    (
        "Kauno apskrities viešoji biblioteka, konferencijų salė",
        "Radastų g. 2, Kaunas",
        54.8990,
        23.9156,
        "Liftas į visus aukštus; indukcinė kilpa.",
    ),
    (
        "KTU „Santakos“ slėnis, kūrybinė erdvė",
        "K. Baršausko g. 59, Kaunas",
        54.9042,
        23.9580,
        "",
    ),
];

struct Demo {
    title: &'static str,
    purpose: &'static str,
    serves: &'static str,
    series: Option<&'static str>,
    sectors: &'static [&'static str],
    ages: (i64, Option<i64>),
    lang: &'static str,
    days_from_now: i64,
    time: (u32, u32),
    /// An index into `PLACES`, or an online link.
    place: Result<usize, &'static str>,
    capacity: i64,
    /// Who registers (demo people's keys), in order; past ones: whether each came.
    people: &'static [(&'static str, Option<bool>)],
}

const SPRING: &str = "Pavasario studija: 4 vakarai";

const WORKSHOPS: [Demo; 8] = [
    Demo {
        title: "Nuo idėjos iki plano per vieną vakarą",
        purpose: "Komandos suformuluoja, kokią problemą sprendžia ir kam, susidėlioja pirmus tris žingsnius su datomis ir išsiaiškina, ko trūksta. Išeinate su vieno lapo planu.",
        serves: "team",
        series: None,
        sectors: &["youth", "culture", "social"],
        ages: (14, Some(29)),
        lang: "lt",
        days_from_now: -20,
        time: (17 * 60 + 30, 20 * 60),
        place: Ok(0),
        capacity: 16,
        people: &[("ruta", Some(true)), ("tomas", Some(true)), ("gabija", Some(true)), ("lukas", Some(false)), ("ieva", Some(true)), ("darius", Some(true)), ("monika", Some(true)), ("andrii", Some(true))],
    },
    Demo {
        title: "Kiemo renginio biudžetas ir leidimai",
        purpose: "Kiek kainuoja kiemo kino vakaras ar šventė, kur prašyti leidimo naudotis viešąja erdve, kaip suderinti su namų bendrija ir seniūnija. Atsineškite savo idėjos sąmatos juodraštį.",
        serves: "workshop",
        series: None,
        sectors: &["social", "business", "culture"],
        ages: (16, None),
        lang: "lt",
        days_from_now: -6,
        time: (18 * 60, 20 * 60 + 30),
        place: Ok(1),
        capacity: 12,
        people: &[("ruta", Some(true)), ("tomas", Some(true)), ("vilma", Some(true)), ("audrius", Some(false)), ("simona", Some(true)), ("jurgis", Some(true))],
    },
    Demo {
        title: "Pristatymas per 3 minutes: kaip papasakoti idėją rėmėjui",
        purpose: "Trumpas, aiškus idėjos pristatymas verslo partneriams ir miesto atstovams: struktūra, skaičiai, vienas vaizdas. Kiekviena komanda repetuoja ir gauna mentorių atsiliepimą.",
        serves: "workshop",
        series: None,
        sectors: &["business", "youth"],
        ages: (14, Some(29)),
        lang: "lt",
        days_from_now: 9,
        time: (17 * 60, 19 * 60 + 30),
        place: Ok(2),
        capacity: 6,
        people: &[("gabija", None), ("lukas", None), ("ieva", None), ("darius", None), ("monika", None), ("jurgis", None), ("simona", None), ("andrii", None), ("vilma", None)],
    },
    Demo {
        title: "Open data for your idea: facts about Kaunas in an evening",
        purpose: "Where to find numbers about your district (population, green spaces, transport, events) in the city's and the state's open data, and how to turn them into one convincing chart for your idea.",
        serves: "team",
        series: None,
        sectors: &["education", "youth"],
        ages: (16, None),
        lang: "en",
        days_from_now: 12,
        time: (18 * 60, 19 * 60 + 30),
        place: Err("https://meet.jit.si/santaka-open-data-kaunas"),
        capacity: 40,
        people: &[("emily", None), ("andrii", None)],
    },
    Demo {
        title: "1 vakaras: problema ir auditorija",
        purpose: "Pirmas „Pavasario studijos“ vakaras: kalbiname būsimus idėjos naudotojus, aprašome, kam ir kodėl ji reikalinga, ir patikriname, ar komanda aprėpia bent du sektorius.",
        serves: "team",
        series: Some(SPRING),
        sectors: &["youth", "culture", "education", "social"],
        ages: (14, Some(29)),
        lang: "lt",
        days_from_now: 16,
        time: (17 * 60 + 30, 20 * 60),
        place: Ok(0),
        capacity: 20,
        people: &[("tomas", None), ("gabija", None), ("kestutis", None)],
    },
    Demo {
        title: "2 vakaras: planas su datomis",
        purpose: "Antras vakaras: iš idėjos – darbų planas su atsakingais žmonėmis ir datomis iki festivalio „100 per 1 dieną“. Kiekvienas darbas tampa užduotimi komandos erdvėje.",
        serves: "team",
        series: Some(SPRING),
        sectors: &["youth", "culture", "education", "social"],
        ages: (14, Some(29)),
        lang: "lt",
        days_from_now: 23,
        time: (17 * 60 + 30, 20 * 60),
        place: Ok(0),
        capacity: 20,
        people: &[("tomas", None)],
    },
    Demo {
        title: "3 vakaras: biudžetas ir rėmėjai",
        purpose: "Trečias vakaras: sąmata, kurią supranta rėmėjas; ką gali duoti verslo partneriai (lėšas, erdves, medžiagas) ir kaip jų paprašyti per Santaką.",
        serves: "workshop",
        series: Some(SPRING),
        sectors: &["youth", "business", "social"],
        ages: (14, Some(29)),
        lang: "lt",
        days_from_now: 30,
        time: (17 * 60 + 30, 20 * 60),
        place: Ok(0),
        capacity: 20,
        people: &[],
    },
    Demo {
        title: "4 vakaras: vieta, leidimai ir pristatymas",
        purpose: "Paskutinis vakaras: vieta ir leidimai, rizikos ir saugumas, o pabaigoje – trumpas pristatymas mentoriams, po kurio komanda gali prašyti etapo „Parengta“ patvirtinimo.",
        serves: "workshop",
        series: Some(SPRING),
        sectors: &["youth", "culture", "business", "social"],
        ages: (14, Some(29)),
        lang: "lt",
        days_from_now: 37,
        time: (17 * 60 + 30, 20 * 60),
        place: Ok(0),
        capacity: 20,
        people: &[],
    },
];

async fn user(conn: &mut SqliteConnection, key: &str) -> Result<Option<i64>, AppError> {
    let found: Option<(i64,)> = sqlx::query_as("SELECT id FROM users WHERE email = ?")
        .bind(format!("{key}@santaka.test"))
        .fetch_optional(&mut *conn)
        .await?;
    Ok(found.map(|(id,)| id))
}

/// Seeds the demo workshops when there are none; returns how many rows it wrote.
pub async fn seed_workshops(conn: &mut SqliteConnection) -> Result<u64, AppError> {
    let (existing,): (i64,) = sqlx::query_as("SELECT count(*) FROM workshops")
        .fetch_one(&mut *conn)
        .await?;
    if existing > 0 {
        return Ok(0);
    }
    let mut written = 0;
    let mut places = Vec::new();
    for (name, address, lat, lon, access) in PLACES {
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO places (name, address, lat, lon, accessibility) VALUES (?, ?, ?, ?, ?)
             ON CONFLICT (name, address) DO UPDATE SET lat = excluded.lat RETURNING id",
        )
        .bind(name)
        .bind(address)
        .bind(lat)
        .bind(lon)
        .bind(access)
        .fetch_one(&mut *conn)
        .await?;
        places.push(id);
        written += 1;
    }
    let mentor = user(conn, "aiste").await?;
    let steering = user(conn, "egle").await?;
    let today = crate::server::time::in_vilnius(chrono::Utc::now()).date_naive();
    for w in &WORKSHOPS {
        let day = (today + chrono::Duration::days(w.days_from_now))
            .format("%Y-%m-%d")
            .to_string();
        let starts = crate::festival::hhmm(w.time.0);
        let closes_at = if w.days_from_now > 0 {
            let before = today + chrono::Duration::days(w.days_from_now - 1);
            format!("{} 20:00", before.format("%Y-%m-%d"))
        } else {
            format!("{day} {starts}")
        };
        let series = match w.series {
            Some(title) => Some(
                sqlx::query_as::<_, (i64,)>(
                    "INSERT INTO workshop_series (title) VALUES (?)
                     ON CONFLICT (title) DO UPDATE SET title = excluded.title RETURNING id",
                )
                .bind(title)
                .fetch_one(&mut *conn)
                .await?
                .0,
            ),
            None => None,
        };
        let (place, online) = match w.place {
            Ok(i) => (Some(places[i]), None),
            Err(url) => (None, Some(url)),
        };
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO workshops (series_id, title, purpose, serves, age_min, age_max, lang, day,
                                    starts_min, ends_min, place_id, online_url, capacity,
                                    closes_at, created_by)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        )
        .bind(series)
        .bind(w.title)
        .bind(w.purpose)
        .bind(w.serves)
        .bind(w.ages.0)
        .bind(w.ages.1)
        .bind(w.lang)
        .bind(&day)
        .bind(w.time.0)
        .bind(w.time.1)
        .bind(place)
        .bind(online)
        .bind(w.capacity)
        .bind(&closes_at)
        .bind(steering)
        .fetch_one(&mut *conn)
        .await?;
        written += 1;
        for sector in w.sectors {
            sqlx::query("INSERT INTO workshop_sectors (workshop_id, sector) VALUES (?, ?)")
                .bind(id)
                .bind(sector)
                .execute(&mut *conn)
                .await?;
        }
        if let Some(mentor) = mentor {
            sqlx::query("INSERT INTO workshop_facilitators (workshop_id, user_id) VALUES (?, ?)")
                .bind(id)
                .bind(mentor)
                .execute(&mut *conn)
                .await?;
        }
        let mut taken = 0;
        for (key, came) in w.people {
            let Some(person) = user(conn, key).await? else {
                continue;
            };
            let status = crate::workshops::seat_for(w.capacity, taken);
            if status == crate::workshops::SeatStatus::Registered {
                taken += 1;
            }
            sqlx::query(
                "INSERT INTO workshop_seats (workshop_id, user_id, registered_by, status, attended,
                                             created_at, changed_at)
                 VALUES (?, ?, ?, ?, ?, datetime('now', ?), datetime('now', ?))",
            )
            .bind(id)
            .bind(person)
            .bind(person)
            .bind(status.code())
            .bind(came)
            .bind(format!("-{} days", 30 - w.days_from_now.min(29)))
            .bind(format!("-{} days", 30 - w.days_from_now.min(29)))
            .execute(&mut *conn)
            .await?;
            written += 1;
        }
    }
    Ok(written)
}
