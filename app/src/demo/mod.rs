//! Demo data for a first start: realistic Kaunas content written for Santaka. Seeding is
//! idempotent (it fills only what is empty and records when it ran), so every start may call
//! it without duplicating anything. Each feature adds its own demo content here.
use crate::server::db::begin_write;
use sqlx::SqlitePool;

pub mod decisions;
pub mod festival;
pub mod forum_formats;
pub mod forums;
pub mod gates;
pub mod ideas;
pub mod network;
pub mod pledges;
pub mod teams;
pub mod workshops;
pub mod year;

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

/// A demo account. The passwords are public (README) and exist only with demo data.
pub struct DemoAccount {
    pub email: &'static str,
    pub password: &'static str,
    pub display_name: &'static str,
    pub role: Option<&'static str>,
    pub bio: &'static str,
    /// Years old at seeding time, when the profile gives a birth year.
    pub age: Option<i32>,
    pub guardian_email: Option<&'static str>,
    pub sectors: &'static [&'static str],
    pub skills: &'static [&'static str],
}

pub const DEMO_ACCOUNTS: [DemoAccount; 5] = [
    DemoAccount {
        email: "ruta@santaka.test",
        password: "ruta-demo-2026",
        display_name: "Rūta Petraitytė",
        role: None,
        bio: "KTU dizaino studentė iš Šilainių. Noriu, kad mūsų kiemai vasarą virstų kino salėmis po atviru dangumi.",
        age: Some(21),
        guardian_email: None,
        sectors: &["youth", "culture"],
        skills: &["Grafinis dizainas", "Renginių organizavimas", "Fotografija"],
    },
    DemoAccount {
        email: "jonukas@santaka.test",
        password: "jonukas-demo-2026",
        display_name: "Jonukas iš Dainavos",
        role: None,
        bio: "Mėgstu robotiką ir riedlentes. Dainavos parke trūksta vietos, kur galėtume susitikti po pamokų.",
        age: Some(12),
        guardian_email: Some("jonuko.tevai@santaka.test"),
        sectors: &["youth", "education"],
        skills: &["Robotika", "Video montažas"],
    },
    DemoAccount {
        email: "aiste@santaka.test",
        password: "aiste-demo-2026",
        display_name: "Aistė Vaitkienė",
        role: Some("mentor"),
        bio: "Dešimt metų kuriu jaunimo projektus Kauno rajonuose. Padedu komandoms idėją paversti veiksmų planu.",
        age: None,
        guardian_email: None,
        sectors: &["youth", "social"],
        skills: &["Projektų valdymas", "Jaunimo darbas", "Fasilitavimas"],
    },
    DemoAccount {
        email: "mindaugas@santaka.test",
        password: "mindaugas-demo-2026",
        display_name: "Mindaugas Kazlauskas",
        role: Some("partner"),
        bio: "Atstovauju Žaliakalnio kūrybinėms dirbtuvėms: galime pasiūlyti erdvę, įrankius ir meistrų laiką.",
        age: None,
        guardian_email: None,
        sectors: &["business", "culture"],
        skills: &["Medžio darbai", "Erdvių nuoma"],
    },
    DemoAccount {
        email: "egle@santaka.test",
        password: "egle-demo-2026",
        display_name: "Eglė Steponavičienė",
        role: Some("steering"),
        bio: "Koordinuoju Santaką ir festivalį „100 per 1 dieną“. Rašykite, jei kažkas neveikia.",
        age: None,
        guardian_email: None,
        sectors: &["culture", "education", "social"],
        skills: &["Koordinavimas", "Viešieji ryšiai"],
    },
];

/// Seeds the demo content in one transaction; returns whether anything was written.
pub async fn seed(pool: &SqlitePool) -> Result<bool, crate::common::error::AppError> {
    // Hash first: Argon2 takes a moment and must not hold the write lock.
    let mut hashes = Vec::with_capacity(DEMO_ACCOUNTS.len());
    for account in &DEMO_ACCOUNTS {
        let exists: Option<(i64,)> = sqlx::query_as("SELECT id FROM users WHERE email = ?")
            .bind(account.email)
            .fetch_optional(pool)
            .await?;
        hashes.push(match exists {
            Some(_) => None,
            None => Some(crate::server::secrets::hash_password(account.password.to_owned()).await?),
        });
    }
    // The demo people behind the demo ideas cannot sign in: their hash is of a random secret.
    let unusable_hash =
        crate::server::secrets::hash_password(crate::server::secrets::random_token()).await?;
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
    written += seed_accounts(&mut tx, &hashes).await?;
    written += crate::demo::ideas::seed_people(&mut tx, &unusable_hash).await?;
    written += crate::demo::ideas::seed_ideas(&mut tx).await?;
    written += crate::demo::teams::seed_teams(&mut tx).await?;
    written += crate::demo::festival::seed_festival(&mut tx).await?;
    written += crate::demo::workshops::seed_workshops(&mut tx).await?;
    written += crate::demo::forums::seed_forums(&mut tx).await?;
    written += crate::demo::gates::seed_gates(&mut tx).await?;
    written += crate::demo::pledges::seed_pledges(&mut tx).await?;
    crate::demo::year::seed(&mut tx).await?;
    crate::demo::network::seed(&mut tx).await?;
    crate::demo::decisions::seed(&mut tx).await?;
    if written > 0 {
        mark_languages(&mut tx).await?;
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

async fn seed_accounts(
    tx: &mut sqlx::SqliteConnection,
    hashes: &[Option<String>],
) -> Result<u64, crate::common::error::AppError> {
    let year = crate::common::current_year();
    let mut written = 0;
    for (account, hash) in DEMO_ACCOUNTS.iter().zip(hashes) {
        let Some(hash) = hash else { continue };
        let (user_id,): (i64,) = sqlx::query_as(
            "INSERT INTO users (email, display_name, password_hash, email_verified_at, birth_year,
                                bio, guardian_email, open_to_teams, show_email)
             VALUES (?, ?, ?, datetime('now'), ?, ?, ?, ?, ?)
             RETURNING id",
        )
        .bind(account.email)
        .bind(account.display_name)
        .bind(hash)
        .bind(account.age.map(|age| year - age))
        .bind(account.bio)
        .bind(account.guardian_email)
        .bind(account.role.is_none())
        .bind(account.role == Some("mentor"))
        .fetch_one(&mut *tx)
        .await?;
        written += 1;
        crate::accounts::ssr::set_sectors(
            tx,
            user_id,
            &account
                .sectors
                .iter()
                .filter_map(|s| crate::common::sectors::Sector::from_code(s))
                .collect::<Vec<_>>(),
        )
        .await?;
        crate::accounts::ssr::set_skills(
            tx,
            user_id,
            &account
                .skills
                .iter()
                .map(|s| (*s).to_owned())
                .collect::<Vec<_>>(),
        )
        .await?;
        if let Some(role) = account.role {
            sqlx::query!(
                "INSERT INTO user_roles (user_id, role) VALUES (?, ?)",
                user_id,
                role
            )
            .execute(&mut *tx)
            .await?;
        }
        match account.role {
            Some("mentor") => {
                sqlx::query!(
                    "INSERT INTO mentor_profiles (user_id, expertise, capacity)
                     VALUES (?, 'Projektų valdymas, Jaunimo iniciatyvos, Art of Hosting', 3)",
                    user_id
                )
                .execute(&mut *tx)
                .await?;
            }
            Some("partner") => {
                let (org_id,): (i64,) = sqlx::query_as(
                    "INSERT INTO organisations (name, sector, kind, website, description,
                                                offers_venue, offers_materials)
                     VALUES ('Žaliakalnio kūrybinės dirbtuvės', 'culture', 'ngo',
                             'https://dirbtuves.santaka.test',
                             'Bendruomenės dirbtuvės Žaliakalnyje: medžio ir metalo įrankiai, šilkografija, erdvė iki 40 žmonių. Jaunimo komandoms – nemokamai savaitgaliais.', 1, 1)
                     ON CONFLICT (name) DO UPDATE SET name = excluded.name RETURNING id",
                )
                .fetch_one(&mut *tx)
                .await?;
                sqlx::query!(
                    "INSERT INTO partner_profiles (user_id, organisation_id) VALUES (?, ?)",
                    user_id,
                    org_id
                )
                .execute(&mut *tx)
                .await?;
            }
            _ => {}
        }
    }
    Ok(written)
}

/// Records the language of the demo's teams, comments and interventions from their text (most
/// are Lithuanian, some English), as writing them through the site would; ideas carry theirs.
async fn mark_languages(
    conn: &mut sqlx::SqliteConnection,
) -> Result<(), crate::common::error::AppError> {
    for (table, text) in [
        ("teams", "name || ' ' || description"),
        ("comments", "body"),
        ("interventions", "title || ' ' || description"),
    ] {
        let rows: Vec<(i64, String)> = sqlx::query_as(&format!("SELECT id, {text} FROM {table}"))
            .fetch_all(&mut *conn)
            .await?;
        for (id, text) in rows {
            let lang = crate::common::lang::detect_lang(&text, "lt");
            if lang != "lt" {
                sqlx::query(&format!("UPDATE {table} SET lang = ? WHERE id = ?"))
                    .bind(lang)
                    .bind(id)
                    .execute(&mut *conn)
                    .await?;
            }
        }
    }
    Ok(())
}
