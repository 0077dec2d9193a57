//! Demo data for a first start: realistic Kaunas content written for Santaka. Seeding is
//! idempotent (it fills only what is empty and records when it ran), so every start may call
//! it without duplicating anything. Each feature adds its own demo content here.
use crate::db::begin_write;
use sqlx::SqlitePool;

/// What each sector brings to the confluence, in Lithuanian and English.
const SECTOR_BLURBS: [(&str, &str, &str); 5] = [
    (
        "youth",
        "Moksleiviai ir studentai iš Šilainių, Dainavos ir Aleksoto, kurie nori ne laukti, o daryti: nuo kiemų šventių iki skaitmeninių dirbtuvių.",
        "Pupils and students from Šilainiai, Dainava and Aleksotas who would rather act than wait: from courtyard festivals to digital workshops.",
    ),
    (
        "culture",
        "Kultūros centrai, teatrai ir menininkai, po 2022-ųjų Europos kultūros sostinės metų nešantys tą energiją į kiekvieną rajoną.",
        "Culture centres, theatres and artists carrying the energy of the 2022 European Capital of Culture year into every district.",
    ),
    (
        "education",
        "Mokyklos, universitetai ir neformaliojo ugdymo būreliai, kurie miestą paverčia klase, o klasę – miesto dirbtuvėmis.",
        "Schools, universities and after-school clubs that turn the city into a classroom and the classroom into a city workshop.",
    ),
    (
        "business",
        "Universiteto verslo praktikos tinklo įmonės, siūlančios mentorius, erdves, medžiagas ir lėšas jaunimo idėjoms.",
        "Companies of the university's business practice network offering mentors, venues, materials and money for young people's ideas.",
    ),
    (
        "social",
        "Bendruomenės, nevyriausybinės organizacijos ir seniūnijos, kurios žino, ko reikia jų kiemui, gatvei ar parkui.",
        "Communities, NGOs and district councils that know what their courtyard, street or park needs.",
    ),
];

/// Seeds the demo content in one transaction; returns whether anything was written.
pub async fn seed(pool: &SqlitePool) -> Result<bool, sqlx::Error> {
    let mut tx = begin_write(pool).await?;
    let mut written = 0;
    for (code, lt, en) in SECTOR_BLURBS {
        written += sqlx::query!(
            "UPDATE sectors SET blurb_lt = ?2, blurb_en = ?3
             WHERE code = ?1 AND blurb_lt = '' AND blurb_en = ''",
            code,
            lt,
            en
        )
        .execute(&mut *tx)
        .await?
        .rows_affected();
    }
    written += sqlx::query!(
        "INSERT INTO app_meta (key, value) VALUES ('festival_target', '100')
         ON CONFLICT (key) DO NOTHING"
    )
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if written > 0 {
        sqlx::query!(
            "INSERT INTO app_meta (key, value) VALUES ('demo_seeded_at', datetime('now'))
             ON CONFLICT (key) DO UPDATE SET value = excluded.value"
        )
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(written > 0)
}
