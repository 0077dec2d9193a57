//! Database tests of publishing a forum's harvest on a fresh SQLite file: the hosts publish one
//! table's notes while the others stay with those who took part; publishing the whole covers
//! every table, taking one table back from it leaves the others public, keeping it private
//! hides all; only hosts publish, and only a part that holds notes.
#![cfg(feature = "ssr")]
mod common;

use app::common::error::AppError;
use app::common::Viewer;
use app::forums::{ssr, ForumForm, HarvestState, SegmentForm};
use common::{seeded_db, viewer};

#[tokio::test]
async fn the_hosts_publish_the_harvest_table_by_table_or_whole() {
    let (pool, _dir) = seeded_db().await;
    let host = viewer(&pool, "aiste@santaka.test", &[app::common::Role::Mentor]).await;
    let form = ForumForm {
        title: "Žaliakalnio kiemai".into(),
        calling: "Kaip kiemai gali tapti kaimynų susitikimų vieta?".into(),
        day: "2099-04-18".into(),
        starts: "10:00".into(),
        ends: "12:00".into(),
        place: "online".into(),
        online_url: "https://meet.example.org/kiemai".into(),
        capacity: "20".into(),
        ..Default::default()
    };
    let id = ssr::create(&pool, &host, &form, &[])
        .await
        .expect("created");
    let cafe = SegmentForm {
        kind: "cafe".into(),
        starts: "10:00".into(),
        ends: "11:00".into(),
        questions: "Kas kieme jau vyksta?\nKo trūksta?".into(),
        round_min: "20".into(),
        tables: "2".into(),
        ..Default::default()
    };
    ssr::add_segment(&pool, &host, id, &cafe)
        .await
        .expect("café");
    let mut crowd = Vec::new();
    for i in 0..6 {
        let (uid,): (i64,) = sqlx::query_as(
            "INSERT INTO users (email, display_name, password_hash, email_verified_at, birth_year)
             VALUES (?, ?, 'x', datetime('now'), 1995) RETURNING id",
        )
        .bind(format!("kiemas{i}@santaka.test"))
        .bind(format!("Kaimynė {i}"))
        .fetch_one(&pool)
        .await
        .expect("person");
        let person = Viewer {
            id: uid,
            display_name: format!("Kaimynė {i}"),
            roles: vec![],
            email_verified: true,
            guardian_pending: false,
            publishing_blocked: false,
        };
        let sector = ["youth", "culture", "social"][i % 3];
        ssr::register(&pool, &person, id, &[sector.into()], false)
            .await
            .expect("registered");
        ssr::check_in(&pool, &host, id, person.id, true)
            .await
            .expect("checked in");
        crowd.push(person);
    }
    ssr::advance(&pool, &host, id, false, &[], None)
        .await
        .expect("the café begins");
    // Everyone writes a note at their table in round 1.
    for (i, person) in crowd.iter().enumerate() {
        ssr::add_note(&pool, person, id, &format!("Kiemo mintis {i}"), "lt", None)
            .await
            .expect("a note");
    }
    let tables = |notes: &[app::forums::HarvestNote]| {
        let mut t: Vec<u32> = notes.iter().filter_map(|n| n.table).collect();
        t.sort();
        t.dedup();
        t
    };
    let db = &pool;
    let public = move || async move { ssr::forum_page(db, None, id).await.expect("page").harvest };
    assert!(
        public().await.is_empty(),
        "nothing public before publishing"
    );

    let page = ssr::forum_page(&pool, Some(&host), id)
        .await
        .expect("host's page");
    assert_eq!(page.parts.len(), 2, "one part per table: {:?}", page.parts);
    assert_eq!(page.parts.iter().map(|p| p.notes).sum::<i64>(), 6);
    let first = page.parts[0].clone();
    let second = page.parts[1].clone();

    // Someone who only took part cannot publish; a part that holds no notes is refused.
    assert!(matches!(
        ssr::set_part(&pool, &crowd[0], id, Some(first.key()), true).await,
        Err(AppError::Forbidden)
    ));
    let nowhere = Some((first.segment, 9, 0));
    assert!(matches!(
        ssr::set_part(&pool, &host, id, nowhere, true).await,
        Err(AppError::Invalid { fields }) if fields[0].code == "choice_invalid"
    ));

    // Table one alone.
    ssr::set_part(&pool, &host, id, Some(first.key()), true)
        .await
        .expect("table one published");
    let shown = public().await;
    assert_eq!(tables(&shown), vec![first.table.unwrap()]);
    assert_eq!(shown.len() as i64, first.notes);
    // Everyone taking part still sees the whole.
    let inside = ssr::forum_page(&pool, Some(&crowd[0]), id).await.unwrap();
    assert_eq!(inside.harvest.len(), 6);

    // The whole, then table one taken back: table two stays public.
    ssr::set_harvest(&pool, &host, id, Some(HarvestState::Published))
        .await
        .expect("published whole");
    assert_eq!(public().await.len(), 6);
    ssr::set_part(&pool, &host, id, Some(first.key()), false)
        .await
        .expect("table one taken back");
    assert_eq!(tables(&public().await), vec![second.table.unwrap()]);
    let page = ssr::forum_page(&pool, Some(&host), id).await.unwrap();
    assert_eq!(page.harvest_state, HarvestState::Open);
    assert_eq!(
        page.parts.iter().map(|p| p.published).collect::<Vec<_>>(),
        vec![false, true]
    );

    // Kept private: nothing public, and no part left published.
    ssr::set_harvest(&pool, &host, id, Some(HarvestState::Private))
        .await
        .expect("private");
    assert!(public().await.is_empty());
    let page = ssr::forum_page(&pool, Some(&host), id).await.unwrap();
    assert!(page.parts.iter().all(|p| !p.published));

    // One part of a private harvest: that part is public, the rest stays private even to the
    // people who took part.
    ssr::set_part(&pool, &host, id, Some(second.key()), true)
        .await
        .expect("table two published");
    assert_eq!(tables(&public().await), vec![second.table.unwrap()]);
    let inside = ssr::forum_page(&pool, Some(&crowd[0]), id).await.unwrap();
    assert_eq!(inside.harvest_state, HarvestState::Private);
    assert_eq!(tables(&inside.harvest), vec![second.table.unwrap()]);
}
