//! Generated ideas and comments for the benchmark: plausible Lithuanian words in varied
//! combinations (so search has something to find and to skip), every sector, stage and
//! district, comments spread unevenly over the ideas. Deterministic: the same counts give the
//! same database.
use sqlx::SqlitePool;

const SUBJECTS: [&str; 16] = [
    "Kiemų",
    "Upės",
    "Jaunimo",
    "Senjorų",
    "Dviračių",
    "Knygų",
    "Gatvės meno",
    "Sodų",
    "Kino",
    "Muzikos",
    "Amatų",
    "Sporto",
    "Skaitmenos",
    "Maisto",
    "Teatro",
    "Mokslo",
];
const THINGS: [&str; 16] = [
    "šventė",
    "dirbtuvės",
    "maršrutas",
    "klubas",
    "žemėlapis",
    "biblioteka",
    "scena",
    "talka",
    "festivalis",
    "laboratorija",
    "pusryčiai",
    "paroda",
    "stovykla",
    "radijas",
    "turgus",
    "naktis",
];
const PLACES: [&str; 12] = [
    "Centre",
    "Senamiestyje",
    "Žaliakalnyje",
    "Aleksote",
    "Dainavoje",
    "Eiguliuose",
    "Gričiupyje",
    "Panemunėje",
    "Petrašiūnuose",
    "Šančiuose",
    "Šilainiuose",
    "Vilijampolėje",
];
const DISTRICTS: [&str; 12] = [
    "centras",
    "senamiestis",
    "zaliakalnis",
    "aleksotas",
    "dainava",
    "eiguliai",
    "griciupis",
    "panemune",
    "petrasiunai",
    "sanciai",
    "silainiai",
    "vilijampole",
];
const SECTORS: [&str; 5] = ["youth", "culture", "education", "business", "social"];
const STAGES: [&str; 6] = ["spark", "shaping", "team", "workshop", "ready", "realised"];
const TAGS: [&str; 10] = [
    "kiemai",
    "upė",
    "jaunimas",
    "senjorai",
    "skaitmena",
    "gatvės menas",
    "mokyklos",
    "kultūra",
    "sportas",
    "ekologija",
];

/// A small deterministic generator (xorshift).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

pub async fn ideas(
    pool: &SqlitePool,
    ideas: usize,
    comments: usize,
) -> Result<(), Box<dyn std::error::Error>> {
    let users: Vec<i64> =
        sqlx::query_scalar("SELECT id FROM users WHERE deleted_at IS NULL ORDER BY id")
            .fetch_all(pool)
            .await?;
    if users.is_empty() {
        return Err("no users: start the server once with demo data first".into());
    }
    let mut rng = Rng(0x5a17_a4a5_2026_1126);
    let mut tx = pool.begin_with("BEGIN IMMEDIATE").await?;
    let mut ids = Vec::with_capacity(ideas);
    for n in 0..ideas {
        let subject = SUBJECTS[rng.below(SUBJECTS.len())];
        let thing = THINGS[rng.below(THINGS.len())];
        let district = rng.below(DISTRICTS.len());
        let title = format!("{subject} {thing} {} Nr. {n}", PLACES[district]);
        let summary = format!(
            "{subject} {thing} kaimynams: susitinkame, kuriame ir kviečiame kitus prisidėti {}.",
            PLACES[district]
        );
        let description = format!(
            "## Kodėl\n\n{summary}\n\n## Kaip\n\n- susitikimas su bendruomene\n- bandomasis renginys\n- **aptarimas** ir kiti žingsniai\n"
        );
        let tag_a = TAGS[rng.below(TAGS.len())];
        let tag_b = TAGS[rng.below(TAGS.len())];
        let tags: Vec<&str> = if tag_a == tag_b {
            vec![tag_a]
        } else {
            vec![tag_a, tag_b]
        };
        let stage = STAGES[rng.below(STAGES.len())];
        let days = rng.below(365) as i64;
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO ideas (author_id, title, summary, description, tags, district, stage,
                                support_count, created_at, updated_at, activity_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, datetime('now', ?), datetime('now', ?),
                     datetime('now', ?))
             RETURNING id",
        )
        .bind(users[rng.below(users.len())])
        .bind(&title)
        .bind(&summary)
        .bind(&description)
        .bind(tags.join(", "))
        .bind(DISTRICTS[district])
        .bind(stage)
        .bind(rng.below(40) as i64)
        .bind(format!("-{days} days"))
        .bind(format!("-{days} days"))
        .bind(format!("-{} days", days / 2))
        .fetch_one(&mut *tx)
        .await?;
        let first = rng.below(SECTORS.len());
        for sector in [SECTORS[first], SECTORS[(first + 1 + rng.below(4)) % 5]] {
            sqlx::query("INSERT OR IGNORE INTO idea_sectors (idea_id, sector) VALUES (?, ?)")
                .bind(id)
                .bind(sector)
                .execute(&mut *tx)
                .await?;
        }
        for tag in &tags {
            sqlx::query("INSERT OR IGNORE INTO idea_tags (idea_id, tag) VALUES (?, ?)")
                .bind(id)
                .bind(tag)
                .execute(&mut *tx)
                .await?;
        }
        sqlx::query(
            "INSERT INTO idea_versions (idea_id, version, editor_id, title, summary, description,
                    tags, sectors, need_skills, need_venue, need_money, need_materials,
                    needs_note)
             SELECT id, 1, author_id, title, summary, description, tags, '', '', 0, 0, 0, ''
               FROM ideas WHERE id = ?",
        )
        .bind(id)
        .execute(&mut *tx)
        .await?;
        ids.push(id);
    }
    // Comments: a quarter of the ideas get most of the discussion.
    for n in 0..comments {
        let idea = if rng.below(4) == 0 {
            ids[rng.below(ids.len())]
        } else {
            ids[rng.below(ids.len() / 4 + 1)]
        };
        let feedback = match rng.below(10) {
            0 => Some("suggestion"),
            1 => Some("question"),
            _ => None,
        };
        sqlx::query(
            "INSERT INTO comments (idea_id, author_id, body, feedback_kind)
             VALUES (?, ?, ?, ?)",
        )
        .bind(idea)
        .bind(users[rng.below(users.len())])
        .bind(format!(
            "Komentaras Nr. {n}: puiki mintis, galiu padėti **savaitgaliais**. Gal verta pakviesti ir [seniūniją](https://www.kaunas.lt/)?"
        ))
        .bind(feedback)
        .execute(&mut *tx)
        .await?;
    }
    sqlx::query(
        "UPDATE ideas SET comment_count = (SELECT COUNT(*) FROM comments c WHERE c.idea_id = ideas.id)",
    )
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    // The idea pages measured: one with about the average number of comments, and the most
    // discussed one.
    let average = comments / ideas.max(1);
    let sample: (i64, i64) = sqlx::query_as(
        "SELECT id, comment_count FROM ideas ORDER BY abs(comment_count - ?), id LIMIT 1",
    )
    .bind(average as i64)
    .fetch_one(pool)
    .await?;
    let busiest: (i64, i64) =
        sqlx::query_as("SELECT id, comment_count FROM ideas ORDER BY comment_count DESC LIMIT 1")
            .fetch_one(pool)
            .await?;
    println!("sample_idea={} comments={}", sample.0, sample.1);
    println!("busiest_idea={} comments={}", busiest.0, busiest.1);
    Ok(())
}

/// Adds `count` published interventions to the newest festival edition, spread over its venues
/// whose owners agreed and over the day, for the map benchmark (`scripts/bench-map.sh`).
/// Placement ignores the conflict rules: the benchmark measures drawing, not scheduling.
pub async fn festival(pool: &SqlitePool, count: usize) -> Result<(), sqlx::Error> {
    let (edition, opens, closes): (i64, i64, i64) = sqlx::query_as(
        "SELECT id, opens_min, closes_min FROM festival_editions ORDER BY day DESC, id DESC LIMIT 1",
    )
    .fetch_one(pool)
    .await?;
    let venues: Vec<(i64,)> =
        sqlx::query_as("SELECT id FROM festival_venues WHERE edition_id = ? AND consent = 'yes'")
            .bind(edition)
            .fetch_all(pool)
            .await?;
    let sectors = ["youth", "culture", "education", "business", "social"];
    let categories = [
        "performance",
        "exhibition",
        "workshop",
        "talk",
        "street_action",
        "food",
        "other",
    ];
    let mut tx = pool.begin().await?;
    for i in 0..count {
        let venue = venues[i % venues.len()].0;
        let duration = 30 + 15 * (i as i64 % 5);
        let slots = (closes - opens - duration) / 15;
        let start = opens + 15 * ((i as i64 * 7) % slots.max(1));
        sqlx::query(
            "INSERT INTO interventions (edition_id, title, sector, category, duration_min, audience,
                                        status, was_published, venue_id, starts_min)
             VALUES (?, ?, ?, ?, ?, 30, 'published', 1, ?, ?)",
        )
        .bind(edition)
        .bind(format!(
            "{} {} #{i}",
            SUBJECTS[i % SUBJECTS.len()],
            THINGS[(i / SUBJECTS.len()) % THINGS.len()]
        ))
        .bind(sectors[i % sectors.len()])
        .bind(categories[i % categories.len()])
        .bind(duration)
        .bind(venue)
        .bind(start)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    println!(
        "added {count} published interventions over {} venues",
        venues.len()
    );
    Ok(())
}
