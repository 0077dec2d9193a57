//! The desk's numbers from a small fixture on a fresh SQLite file (no demo data): every panel
//! counts what the fixture holds, for a range and for all time; a hidden idea is not counted;
//! no young person's name is anywhere in the desk.
#![cfg(feature = "ssr")]

use app::common::sectors::Sector;
use app::ideas::stage::Stage;
use app::ideas::District;
use app::pledges::PledgeKind;
use app::server::db;
use app::steering::{pair_count, ssr, AgeBand, PeriodQuery};
use sqlx::SqlitePool;

async fn run(pool: &SqlitePool, sql: &str) -> i64 {
    sqlx::query_scalar(sql)
        .fetch_one(pool)
        .await
        .unwrap_or_else(|e| panic!("{sql}: {e}"))
}

async fn exec(pool: &SqlitePool, sql: &str) {
    sqlx::query(sql)
        .execute(pool)
        .await
        .unwrap_or_else(|e| panic!("{sql}: {e}"));
}

async fn person(pool: &SqlitePool, name: &str, born: i64, sectors: &[&str]) -> i64 {
    let id = run(
        pool,
        &format!(
            "INSERT INTO users (email, display_name, password_hash, email_verified_at, birth_year)
             VALUES ('{name}@santaka.test', '{name}', 'x', datetime('now'), {born}) RETURNING id"
        ),
    )
    .await;
    for sector in sectors {
        exec(
            pool,
            &format!("INSERT INTO user_sectors (user_id, sector) VALUES ({id}, '{sector}')"),
        )
        .await;
    }
    id
}

async fn idea(pool: &SqlitePool, author: i64, title: &str, days_ago: i64, sectors: &[&str]) -> i64 {
    let id = run(
        pool,
        &format!(
            "INSERT INTO ideas (author_id, title, summary, created_at, activity_at, district)
             VALUES ({author}, '{title}', 'Santrauka', datetime('now', '-{days_ago} days'),
                     datetime('now'), 'sanciai') RETURNING id"
        ),
    )
    .await;
    for sector in sectors {
        exec(
            pool,
            &format!("INSERT INTO idea_sectors (idea_id, sector) VALUES ({id}, '{sector}')"),
        )
        .await;
    }
    id
}

/// Moves an idea (the trigger records it) and dates the move `days_ago`.
async fn move_to(pool: &SqlitePool, idea: i64, stage: &str, days_ago: i64) {
    exec(
        pool,
        &format!("UPDATE ideas SET stage = '{stage}' WHERE id = {idea}"),
    )
    .await;
    exec(
        pool,
        &format!(
            "UPDATE idea_stage_changes SET at = datetime('now', '-{days_ago} days')
              WHERE idea_id = {idea} AND to_stage = '{stage}'"
        ),
    )
    .await;
}

#[tokio::test]
async fn every_panel_counts_the_fixture() {
    let dir = tempfile::tempdir().expect("temp dir");
    let pool = db::open_pool(&format!("sqlite://{}", dir.path().join("t.db").display()))
        .await
        .expect("open");
    db::migrate(&pool).await.expect("migrate");
    let year = i64::from(app::common::current_year());
    let adult = person(&pool, "Rasa", 1990, &["youth", "culture"]).await;
    let young = person(&pool, "Vaikas Jaunasis", year - 16, &["youth"]).await;
    let lead = person(&pool, "Karolis", year - 26, &["business"]).await;
    let mentor = person(&pool, "Mentorė", 1980, &["education"]).await;
    exec(
        &pool,
        &format!("INSERT INTO user_roles (user_id, role) VALUES ({mentor}, 'mentor')"),
    )
    .await;
    exec(
        &pool,
        &format!("INSERT INTO mentor_profiles (user_id, capacity) VALUES ({mentor}, 2)"),
    )
    .await;

    // I1: written 100 days ago, a team 40 days ago, ready 10 days ago.
    let i1 = idea(&pool, adult, "Šančių lieptas", 100, &["youth", "social"]).await;
    move_to(&pool, i1, "team", 40).await;
    move_to(&pool, i1, "ready", 10).await;
    // I2: a spark of 10 days ago. I3: shaping, untouched for 60 days, its team too.
    let i2 = idea(&pool, young, "Kiemo šventė", 10, &["youth"]).await;
    let i3 = idea(&pool, lead, "Senas sumanymas", 200, &["business"]).await;
    move_to(&pool, i3, "shaping", 190).await;
    exec(
        &pool,
        &format!("UPDATE ideas SET activity_at = datetime('now', '-60 days') WHERE id = {i3}"),
    )
    .await;
    // A hidden idea counts nowhere.
    let hidden = idea(&pool, adult, "Paslėpta", 5, &["culture"]).await;
    exec(
        &pool,
        &format!("UPDATE ideas SET hidden_at = datetime('now') WHERE id = {hidden}"),
    )
    .await;

    let t1 = run(&pool, &format!(
        "INSERT INTO teams (idea_id, name, created_by, created_at) VALUES ({i1}, 'Lieptininkai', {lead}, datetime('now', '-40 days')) RETURNING id"
    )).await;
    for (who, role) in [
        (lead, "lead"),
        (adult, "member"),
        (young, "member"),
        (mentor, "mentor"),
    ] {
        exec(
            &pool,
            &format!(
                "INSERT INTO team_members (team_id, user_id, role) VALUES ({t1}, {who}, '{role}')"
            ),
        )
        .await;
    }
    let t2 = run(&pool, &format!(
        "INSERT INTO teams (idea_id, name, created_by, created_at, activity_at)
         VALUES ({i3}, 'Seni draugai', {lead}, datetime('now', '-300 days'), datetime('now', '-60 days')) RETURNING id"
    )).await;
    exec(&pool, &format!("INSERT INTO team_members (team_id, user_id, role, joined_at) VALUES ({t2}, {lead}, 'lead', datetime('now', '-300 days'))")).await;

    // A workshop five days ago: two seats taken (one came), one waiting, one outcome.
    let w = run(&pool,
        "INSERT INTO workshops (title, purpose, serves, age_min, lang, day, starts_min, ends_min, online_url, capacity, closes_at)
         VALUES ('Biudžetas', 'Kaip suskaičiuoti biudžetą', 'team', 14, 'lt', date('now', '-5 days'), 600, 720,
                 'https://meet.example.org/b', 10, '2000-01-01 00:00') RETURNING id"
    ).await;
    exec(
        &pool,
        &format!("INSERT INTO workshop_sectors (workshop_id, sector) VALUES ({w}, 'youth')"),
    )
    .await;
    for (who, status, attended) in [
        (adult, "registered", "1"),
        (young, "registered", "0"),
        (lead, "waiting", "NULL"),
    ] {
        exec(&pool, &format!("INSERT INTO workshop_seats (workshop_id, user_id, status, attended) VALUES ({w}, {who}, '{status}', {attended})")).await;
    }
    exec(&pool, &format!("INSERT INTO workshop_outcomes (workshop_id, team_id, notes) VALUES ({w}, {t1}, 'Biudžetas sudarytas')")).await;

    // A partner: money 20 days ago (accepted), time 400 days ago (fulfilled).
    let org = run(&pool, "INSERT INTO organisations (name, sector, kind) VALUES ('Kepykla', 'business', 'business') RETURNING id").await;
    exec(&pool, &format!("INSERT INTO pledges (idea_id, organisation_id, kind, amount_eur, status, offered_at) VALUES ({i1}, {org}, 'money', 300, 'accepted', datetime('now', '-20 days'))")).await;
    exec(&pool, &format!("INSERT INTO pledges (idea_id, organisation_id, kind, hours, status, offered_at, answered_at, fulfilled_at) VALUES ({i2}, {org}, 'time', 8, 'fulfilled', datetime('now', '-400 days'), datetime('now', '-399 days'), datetime('now', '-390 days'))")).await;

    // The festival: one of two venues agreed; one intervention of I1 placed and published.
    let edition = run(&pool, "INSERT INTO festival_editions (title, day, opens_min, closes_min) VALUES ('100 per 1 dieną', '2027-05-22', 600, 1320) RETURNING id").await;
    let venue = run(&pool, &format!("INSERT INTO festival_venues (edition_id, name, address, lat, lon, capacity, indoor, consent) VALUES ({edition}, 'Kiemas', 'Kranto g. 1', 54.88, 23.93, 50, 0, 'yes') RETURNING id")).await;
    exec(&pool, &format!("INSERT INTO festival_venues (edition_id, name, address, lat, lon, capacity, indoor, consent) VALUES ({edition}, 'Salė', 'Kranto g. 2', 54.88, 23.93, 50, 1, 'pending')")).await;
    exec(&pool, &format!("INSERT INTO interventions (edition_id, idea_id, title, sector, category, duration_min, audience, status, venue_id, starts_min) VALUES ({edition}, {i1}, 'Lieptas', 'culture', 'talk', 30, 20, 'published', {venue}, 700)")).await;

    let today = chrono::Utc::now().date_naive();
    let range = PeriodQuery {
        period: "range".into(),
        from: (today - chrono::Days::new(60)).to_string(),
        to: today.to_string(),
    };
    let desk = ssr::desk(&pool, &range).await.expect("desk");
    assert_eq!(desk.period_problem, None);

    let f = &desk.funnel;
    let at = |rows: &[(Stage, i64)], s: Stage| rows.iter().find(|(x, _)| *x == s).map(|(_, n)| *n);
    assert_eq!(
        at(&f.now, Stage::Spark),
        Some(1),
        "I2; the hidden one is not counted"
    );
    assert_eq!(at(&f.now, Stage::Shaping), Some(1));
    assert_eq!(at(&f.now, Stage::Ready), Some(1));
    assert_eq!(at(&f.now, Stage::Team), Some(0));
    assert_eq!(
        at(&f.moved, Stage::Spark),
        Some(1),
        "I2 started in the range"
    );
    assert_eq!(at(&f.moved, Stage::Team), Some(1));
    assert_eq!(at(&f.moved, Stage::Ready), Some(1));
    assert_eq!(
        at(&f.moved, Stage::Shaping),
        Some(0),
        "I3 moved 190 days ago"
    );
    assert_eq!(f.spark_to_team_days.map(|d| d.round()), Some(60.0));
    assert_eq!(f.team_to_ready_days.map(|d| d.round()), Some(30.0));
    assert_eq!(f.stuck_total, 1);
    assert_eq!(f.stuck[0].title, "Senas sumanymas");
    assert_eq!(f.stuck[0].idle_days, 60);

    let s = &desk.sectors;
    let row = |sector: Sector| {
        s.rows
            .iter()
            .find(|r| r.sector == sector)
            .expect("sector")
            .clone()
    };
    assert_eq!(
        row(Sector::Youth).ideas,
        1,
        "I2 (I1 is older than the range)"
    );
    assert_eq!(row(Sector::Youth).teams, 1, "T1, by its idea's sectors");
    assert_eq!(row(Sector::Social).teams, 1);
    assert_eq!(row(Sector::Business).teams, 0, "T2 is older");
    assert_eq!(row(Sector::Youth).people, 2, "everyone joined today");
    assert_eq!(row(Sector::Education).people, 1);
    assert_eq!(row(Sector::Youth).seats, 2, "the waiting seat is not taken");
    assert_eq!(
        (s.teams, s.teams_mixed),
        (1, 1),
        "T1 brings youth, culture, business"
    );
    assert_eq!(
        pair_count(&s.pairs, Sector::Culture, Sector::Business),
        Some(1)
    );
    assert_eq!(
        pair_count(&s.pairs, Sector::Youth, Sector::Education),
        Some(0),
        "the mentor brings no sector to the team"
    );

    let band = |b: AgeBand| {
        desk.youth
            .bands
            .iter()
            .find(|(x, _)| *x == b)
            .map(|(_, n)| *n)
    };
    assert_eq!(band(AgeBand::Under18), Some(1));
    assert_eq!(band(AgeBand::From18To29), Some(1));
    assert_eq!(band(AgeBand::From30), Some(2));
    assert_eq!(band(AgeBand::Unknown), Some(0));
    assert_eq!(
        (desk.youth.teams, desk.youth.youth_led),
        (1, 1),
        "Karolis is 26"
    );

    assert_eq!(desk.mentors.mentors.len(), 1);
    assert_eq!(
        (
            desk.mentors.mentors[0].teams,
            desk.mentors.mentors[0].capacity
        ),
        (1, 2)
    );
    assert_eq!(desk.mentors.unmentored_total, 1);
    assert_eq!(desk.mentors.unmentored[0].1, "Seni draugai");

    let g = &desk.gatherings;
    assert_eq!(
        (g.workshops, g.workshop_capacity, g.workshop_seats),
        (1, 10, 2)
    );
    assert_eq!((g.attendance_taken, g.attended, g.outcomes), (2, 1, 1));
    assert_eq!((g.forums, g.forum_seats), (0, 0));

    let fest = &desk.festival;
    assert_eq!((fest.target, fest.placed, fest.published), (100, 1, 1));
    assert!(fest.by_sector.contains(&(Sector::Culture, 1)));
    assert_eq!(fest.by_district, vec![(Some(District::Sanciai), 1)]);
    assert_eq!((fest.venues, fest.venues_consent), (2, 1));

    let p = &desk.partners;
    assert_eq!((p.active, p.organisations), (1, 1));
    let kind = |k: PledgeKind| {
        p.pledges
            .iter()
            .find(|r| r.kind == k)
            .expect("kind")
            .clone()
    };
    assert_eq!(
        (
            kind(PledgeKind::Money).offered,
            kind(PledgeKind::Money).accepted
        ),
        (1, 1)
    );
    assert_eq!(kind(PledgeKind::Time).offered, 0, "offered 400 days ago");

    // No young person's name, anywhere in the desk.
    let json = serde_json::to_string(&desk).expect("json");
    assert!(!json.contains("Vaikas"), "{json}");

    // All time: both teams and both pledges.
    let all = ssr::desk(
        &pool,
        &PeriodQuery {
            period: "all".into(),
            ..Default::default()
        },
    )
    .await
    .expect("desk");
    assert_eq!(all.sectors.teams, 2);
    let time = all
        .partners
        .pledges
        .iter()
        .find(|r| r.kind == PledgeKind::Time)
        .expect("time")
        .clone();
    assert_eq!((time.offered, time.accepted, time.fulfilled), (1, 1, 1));

    // A range that is not one: this year, with what was wrong.
    let bad = ssr::desk(
        &pool,
        &PeriodQuery {
            period: "range".into(),
            from: "2026-05-02".into(),
            to: "2026-05-01".into(),
        },
    )
    .await
    .expect("desk");
    assert_eq!(
        bad.period_problem,
        Some(("to".into(), "before_start".into()))
    );
    assert_eq!(bad.period.kind, app::steering::PeriodKind::Year);
}

/// A move dated before the idea was written (as filled or imported data can have) counts as
/// zero days, never a negative number, and the medians still read as numbers (a `max(0, …)`
/// once came back as an integer and the desk answered 500).
#[tokio::test]
async fn a_move_dated_before_the_idea_counts_as_zero_days() {
    let dir = tempfile::tempdir().expect("temp dir");
    let pool = db::open_pool(&format!("sqlite://{}", dir.path().join("t.db").display()))
        .await
        .expect("open");
    db::migrate(&pool).await.expect("migrate");
    let author = person(&pool, "Rasa", 1990, &["social"]).await;
    let early = idea(&pool, author, "Ankstyvas", 5, &["social"]).await;
    move_to(&pool, early, "team", 9).await;
    move_to(&pool, early, "ready", 12).await;
    let all = PeriodQuery {
        period: "all".into(),
        from: String::new(),
        to: String::new(),
    };
    let desk = ssr::desk(&pool, &all).await.expect("the desk answers");
    assert_eq!(desk.funnel.spark_to_team_days, Some(0.0));
    assert_eq!(desk.funnel.team_to_ready_days, Some(0.0));
}
