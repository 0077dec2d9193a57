//! Database tests of the festival's `ssr` functions on a fresh SQLite file with the demo
//! edition: the auto-scheduler places what waits without a venue clash and is idempotent; a
//! bad time places nothing.
#![cfg(feature = "ssr")]
mod common;

use app::festival::ssr;
use common::seeded_db;
use sqlx::SqlitePool;

/// Pairs of placed interventions that hold one venue at overlapping times (set-up to
/// clear-down), in the current (latest) edition.
async fn venue_clashes(pool: &SqlitePool) -> i64 {
    sqlx::query_scalar(
        "SELECT COUNT(*) FROM interventions a JOIN interventions b
            ON a.id < b.id AND a.edition_id = b.edition_id AND a.venue_id = b.venue_id
         WHERE a.status <> 'cancelled' AND b.status <> 'cancelled'
           AND a.starts_min - a.setup_min < b.starts_min + b.duration_min + b.cleardown_min
           AND b.starts_min - b.setup_min < a.starts_min + a.duration_min + a.cleardown_min",
    )
    .fetch_one(pool)
    .await
    .expect("clashes")
}

async fn waiting(pool: &SqlitePool) -> i64 {
    sqlx::query_scalar(
        "SELECT COUNT(*) FROM interventions WHERE status = 'accepted' AND venue_id IS NULL",
    )
    .fetch_one(pool)
    .await
    .expect("waiting")
}

#[tokio::test]
async fn the_auto_scheduler_places_without_clashes_and_twice_is_once() {
    let (pool, _dir) = seeded_db().await;
    let before = waiting(&pool).await;
    assert!(
        before > 0,
        "the demo edition has accepted interventions waiting"
    );
    assert_eq!(venue_clashes(&pool).await, 0);

    let egle: i64 = sqlx::query_scalar("SELECT id FROM users WHERE email = 'egle@santaka.test'")
        .fetch_one(&pool)
        .await
        .expect("the steering demo account");
    let (placed, left) = ssr::run_auto_schedule(&pool, egle)
        .await
        .expect("scheduled");
    assert_eq!(
        (placed + left) as i64,
        before,
        "every waiting one is placed or explained"
    );
    assert_eq!(waiting(&pool).await, left as i64);
    assert_eq!(venue_clashes(&pool).await, 0);

    let (again, _) = ssr::run_auto_schedule(&pool, egle)
        .await
        .expect("scheduled again");
    assert_eq!(again, 0, "a second run moves nothing");
    // Both runs are in the steering group's audit log, with who ran them and what they placed.
    let runs: Vec<String> = sqlx::query_scalar(
        "SELECT detail FROM audit_log WHERE action = 'schedule_run' AND actor_id = ? ORDER BY id",
    )
    .bind(egle)
    .fetch_all(&pool)
    .await
    .expect("audit log");
    assert_eq!(runs, vec![placed.to_string(), "0".to_owned()]);
}

#[tokio::test]
async fn a_time_that_is_not_a_time_places_nothing() {
    let (pool, _dir) = seeded_db().await;
    let (id, venue): (app::common::ids::InterventionId, app::common::ids::VenueId) = sqlx::query_as(
        "SELECT id, venue_id FROM interventions WHERE venue_id IS NOT NULL AND status = 'published'
         ORDER BY id LIMIT 1",
    )
    .fetch_one(&pool)
    .await
    .expect("a published intervention");
    let error = ssr::place(&pool, 1, id, venue, "25:99").await.unwrap_err();
    assert_eq!(error.field_code("start"), Some("not_a_time"));
    let start: Option<i64> =
        sqlx::query_scalar("SELECT starts_min FROM interventions WHERE id = ?")
            .bind(id)
            .fetch_one(&pool)
            .await
            .expect("start");
    assert!(start.is_some(), "still where it was");
}
