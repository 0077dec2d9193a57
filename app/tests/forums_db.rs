//! Database tests of forums on a fresh SQLite file: many people registering at once never get
//! a seat twice; a World Café seats everyone checked in (sectors mixed at every table, nobody
//! meeting twice), follows the host's rounds, seats a late arrival without moving anyone, and
//! files each harvest note under its table; the flow refuses overlapping segments.
#![cfg(feature = "ssr")]
mod common;

use app::common::error::AppError;
use app::common::ids::ForumId;
use app::common::Viewer;
use app::forums::{ssr, ForumForm, SegmentForm};
use common::{seeded_db, viewer};
use sqlx::SqlitePool;

async fn forum(pool: &SqlitePool, host: &Viewer, capacity: u32) -> ForumId {
    let form = ForumForm {
        title: "Kaunas po 2022-ųjų".into(),
        calling: "Kas iš Europos kultūros sostinės metų turi likti mieste?".into(),
        day: "2099-03-14".into(),
        starts: "10:00".into(),
        ends: "13:00".into(),
        place: "online".into(),
        online_url: "https://meet.example.org/santaka-forumas".into(),
        capacity: capacity.to_string(),
        ..Default::default()
    };
    ssr::create(pool, host, &form, &[]).await.expect("created")
}

fn segment(kind: &str, starts: &str, ends: &str, questions: &str) -> SegmentForm {
    SegmentForm {
        kind: kind.into(),
        starts: starts.into(),
        ends: ends.into(),
        questions: questions.into(),
        round_min: "20".into(),
        tables: "4".into(),
        ..Default::default()
    }
}

/// `n` new confirmed adults.
async fn people(pool: &SqlitePool, n: usize, from: usize) -> Vec<Viewer> {
    let mut out = Vec::new();
    for i in from..from + n {
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO users (email, display_name, password_hash, email_verified_at, birth_year)
             VALUES (?, ?, 'x', datetime('now'), 2001) RETURNING id",
        )
        .bind(format!("forumo{i}@santaka.test"))
        .bind(format!("Dalyvė {i}"))
        .fetch_one(pool)
        .await
        .expect("person");
        out.push(Viewer {
            id,
            display_name: format!("Dalyvė {i}"),
            roles: vec![],
            email_verified: true,
            guardian_pending: false,
            publishing_blocked: false,
        });
    }
    out
}

const SECTORS: [&str; 4] = ["youth", "culture", "education", "business"];

#[tokio::test]
async fn forty_at_once_for_twelve_seats_leave_twelve_registered_and_twenty_eight_waiting() {
    let (pool, _dir) = seeded_db().await;
    let host = viewer(&pool, "aiste@santaka.test", &[app::common::Role::Mentor]).await;
    let id = forum(&pool, &host, 12).await;
    let crowd = people(&pool, 40, 0).await;
    let tasks: Vec<_> = crowd
        .into_iter()
        .map(|v| {
            let pool = pool.clone();
            tokio::spawn(
                async move { ssr::register(&pool, &v, id, &["social".into()], false).await },
            )
        })
        .collect();
    for task in tasks {
        task.await.expect("joined").expect("registered or waiting");
    }
    let counts: Vec<(String, i64)> = sqlx::query_as(
        "SELECT status, count(*) FROM forum_seats WHERE forum_id = ? GROUP BY status ORDER BY status",
    )
    .bind(id)
    .fetch_all(&pool)
    .await
    .unwrap();
    assert_eq!(
        counts,
        vec![("registered".to_owned(), 12), ("waiting".to_owned(), 28)]
    );
}

#[tokio::test]
async fn a_world_cafe_seats_everyone_checked_in_follows_the_rounds_and_takes_a_late_arrival() {
    let (pool, _dir) = seeded_db().await;
    let host = viewer(&pool, "aiste@santaka.test", &[app::common::Role::Mentor]).await;
    let id = forum(&pool, &host, 40).await;
    ssr::add_segment(
        &pool,
        &host,
        id,
        &segment("circle", "10:00", "10:20", "Su kuo atėjai?"),
    )
    .await
    .expect("circle");
    let questions = "Kas turi likti?\nKo trūksta?\nKą darysime kitaip?";
    ssr::add_segment(
        &pool,
        &host,
        id,
        &segment("cafe", "10:20", "11:30", questions),
    )
    .await
    .expect("café");
    // Overlapping the café, and outside the forum's hours: refused on the field.
    for (starts, ends, code) in [
        ("11:00", "11:40", "segments_overlap"),
        ("12:30", "13:30", "outside_hours"),
    ] {
        let refused = ssr::add_segment(
            &pool,
            &host,
            id,
            &segment("reflection", starts, ends, "Ką išsinešu?"),
        )
        .await;
        match refused {
            Err(AppError::Invalid { fields }) => assert_eq!(fields[0].code, code),
            other => panic!("expected {code}, got {other:?}"),
        }
    }

    let crowd = people(&pool, 17, 100).await;
    for (i, person) in crowd.iter().enumerate() {
        ssr::register(&pool, person, id, &[SECTORS[i % 4].into()], false)
            .await
            .expect("registered");
    }
    // The first sixteen come on time.
    for person in &crowd[..16] {
        ssr::check_in(&pool, &host, id, person.id, true)
            .await
            .expect("checked in");
    }
    ssr::advance(&pool, &host, id, false, &[], None)
        .await
        .expect("the circle begins");
    let not_yet = ssr::advance(&pool, &host, id, false, &[], None).await;
    assert!(
        matches!(&not_yet, Err(AppError::Invalid { fields }) if fields[0].code == "round_not_over"),
        "{not_yet:?}"
    );
    let cafe = ssr::advance(
        &pool,
        &host,
        id,
        true,
        &[Some(crowd[0].id), Some(crowd[1].id)],
        None,
    )
    .await
    .expect("the café begins");
    assert_eq!(cafe.seated, 16);

    let rows: Vec<(i64, i64, i64, bool)> = sqlx::query_as(
        "SELECT t.round, t.table_no, t.user_id, t.hosts FROM forum_tables t
           JOIN forum_segments s ON s.id = t.segment_id WHERE s.forum_id = ? ORDER BY 1, 2",
    )
    .bind(id)
    .fetch_all(&pool)
    .await
    .unwrap();
    assert_eq!(rows.len(), 16 * 3, "everyone, every round");
    let sector_of = |user: i64| {
        crowd
            .iter()
            .position(|p| p.id == user)
            .map(|i| i % 4)
            .unwrap()
    };
    let mut met = std::collections::HashMap::new();
    for round in 1..=3 {
        for table in 1..=4 {
            let at: Vec<i64> = rows
                .iter()
                .filter(|r| r.0 == round && r.1 == table)
                .map(|r| r.2)
                .collect();
            assert_eq!(at.len(), 4, "round {round} table {table}");
            let mut sectors: Vec<usize> = at.iter().map(|u| sector_of(*u)).collect();
            sectors.sort();
            sectors.dedup();
            assert_eq!(
                sectors.len(),
                4,
                "four sectors at table {table} in round {round}"
            );
            for (i, a) in at.iter().enumerate() {
                for b in &at[i + 1..] {
                    *met.entry((*a.min(b), *a.max(b))).or_insert(0) += 1;
                }
            }
        }
    }
    assert!(met.values().all(|n| *n == 1), "nobody meets twice");
    for (k, hosting) in [crowd[0].id, crowd[1].id].into_iter().enumerate() {
        let tables: Vec<i64> = rows
            .iter()
            .filter(|r| r.2 == hosting)
            .map(|r| r.1)
            .collect();
        assert_eq!(
            tables,
            vec![k as i64 + 1; 3],
            "a table host stays at table {}",
            k + 1
        );
    }

    let live = ssr::live_forum(&pool, Some(&crowd[5]), id)
        .await
        .expect("live");
    assert_eq!((live.round, live.rounds), (1, 3));
    assert_eq!(live.question.as_deref(), Some("Kas turi likti?"));
    assert!(live.my_table.is_some(), "a table");
    assert_eq!(live.tables.len(), 4, "the room screen lists every table");

    // The seventeenth arrives late: seated from this round on, nobody else moves.
    ssr::check_in(&pool, &host, id, crowd[16].id, true)
        .await
        .expect("late");
    let after: Vec<(i64, i64, i64, bool)> = sqlx::query_as(
        "SELECT t.round, t.table_no, t.user_id, t.hosts FROM forum_tables t
           JOIN forum_segments s ON s.id = t.segment_id WHERE s.forum_id = ? ORDER BY 1, 2",
    )
    .bind(id)
    .fetch_all(&pool)
    .await
    .unwrap();
    assert_eq!(after.len(), 16 * 3 + 3);
    assert!(rows.iter().all(|r| after.contains(r)), "nobody moved");

    // A second press on a console that still shows round 1 changes nothing.
    let seen = Some((live.segment.as_ref().map(|s| s.id), 1));
    ssr::advance(&pool, &host, id, true, &[], seen)
        .await
        .expect("round 2");
    assert!(matches!(
        ssr::advance(&pool, &host, id, true, &[], seen).await,
        Err(AppError::Conflict)
    ));
    let live = ssr::live_forum(&pool, Some(&crowd[5]), id)
        .await
        .expect("live");
    assert_eq!(live.round, 2);
    assert_eq!(live.question.as_deref(), Some("Ko trūksta?"));
    assert_ne!(live.my_table.expect("a table").0, 0);

    ssr::add_note(
        &pool,
        &crowd[5],
        id,
        "Kiemų šventės turi likti kasmet.",
        "lt",
        None,
    )
    .await
    .expect("a note");
    let stranger = people(&pool, 1, 200).await.remove(0);
    assert!(matches!(
        ssr::add_note(&pool, &stranger, id, "Ne iš čia", "lt", None).await,
        Err(AppError::Forbidden)
    ));
    let live = ssr::live_forum(&pool, Some(&crowd[5]), id)
        .await
        .expect("live");
    assert_eq!(live.notes.len(), 1);
    assert_eq!(
        live.notes[0].table,
        live.my_table.map(|t| t.0),
        "filed under the table"
    );
    let anonymous = ssr::live_forum(&pool, None, id).await.expect("live");
    assert!(
        anonymous.notes.is_empty(),
        "the harvest is not public until published"
    );
}

#[tokio::test]
async fn after_the_demo_cafe_a_participant_reflects_privately_and_a_note_becomes_an_idea_born_there(
) {
    let (pool, _dir) = seeded_db().await;
    let past: ForumId =
        sqlx::query_scalar("SELECT id FROM forums WHERE title LIKE 'Kaunas po 2022%'")
            .fetch_one(&pool)
            .await
            .expect("the demo café");
    let ruta = viewer(&pool, "ruta@santaka.test", &[]).await;
    let host = viewer(&pool, "aiste@santaka.test", &[app::common::Role::Mentor]).await;
    let notes_before: i64 =
        sqlx::query_scalar("SELECT count(*) FROM harvest_notes WHERE forum_id = ?")
            .bind(past)
            .fetch_one(&pool)
            .await
            .unwrap();
    ssr::save_reflection(
        &pool,
        &ruta,
        past,
        "Noriu, kad kiemų kinas liktų kasmet.",
        true,
        "lt",
    )
    .await
    .expect("reflected and shared");
    ssr::save_reflection(
        &pool,
        &ruta,
        past,
        "Noriu, kad kiemų kinas liktų kasmet ir Šilainiuose.",
        true,
        "lt",
    )
    .await
    .expect("rewritten");
    let notes_after: i64 =
        sqlx::query_scalar("SELECT count(*) FROM harvest_notes WHERE forum_id = ?")
            .bind(past)
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(
        notes_after,
        notes_before + 1,
        "shared with the harvest once"
    );
    let mine = ssr::forum_page(&pool, Some(&ruta), past)
        .await
        .expect("page");
    assert_eq!(
        mine.my_reflection,
        Some((
            "Noriu, kad kiemų kinas liktų kasmet ir Šilainiuose.".to_owned(),
            true
        ))
    );
    let hosts = ssr::forum_page(&pool, Some(&host), past)
        .await
        .expect("page");
    assert_eq!(hosts.reflections, Some(1), "the host sees a count");
    assert_eq!(hosts.my_reflection, None, "and never the text");
    let stranger = people(&pool, 1, 300).await.remove(0);
    assert!(matches!(
        ssr::save_reflection(&pool, &stranger, past, "Manęs ten nebuvo.", false, "lt").await,
        Err(AppError::Forbidden)
    ));

    // A note becomes an idea born in the forum; only someone who took part can say so.
    use app::ideas::{ssr as ideas, BornIn};
    let idea = ideas::share(
        &pool,
        ruta.id,
        "Kiemų šventių kalendorius",
        "Vienas kalendorius visoms Kauno kiemų šventėms, kad kaimynai rastų vieni kitus.",
        &["social".into(), "culture".into()],
        "lt",
        Some(BornIn::Forum(past)),
    )
    .await
    .expect("shared");
    let origin: Option<i64> = sqlx::query_scalar("SELECT born_in_forum FROM ideas WHERE id = ?")
        .bind(idea)
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(origin, Some(past.0));
    let page = ssr::forum_page(&pool, None, past).await.expect("page");
    assert!(
        page.born.iter().any(|(id, _, _)| *id == idea),
        "the forum counts it"
    );
    let refused = ideas::share(
        &pool,
        stranger.id,
        "Ne mano forumo idėja",
        "Bandau pažymėti idėją kaip gimusią forume, kuriame nebuvau.",
        &["social".into()],
        "lt",
        Some(BornIn::Forum(past)),
    )
    .await;
    assert!(
        matches!(&refused, Err(AppError::Invalid { fields }) if fields[0].field == "forum"),
        "{refused:?}"
    );

    // The hosts print the café's seating: sixteen cards, four tables in each of three rounds.
    let cards = ssr::seating_cards(&pool, &host, past).await.expect("cards");
    assert_eq!(cards.cafes.len(), 1);
    assert_eq!(cards.cafes[0].cards.len(), 16);
    assert!(cards.cafes[0].rounds.iter().all(|r| r.len() == 4));
    assert!(matches!(
        ssr::seating_cards(&pool, &ruta, past).await,
        Err(AppError::Forbidden)
    ));
}
