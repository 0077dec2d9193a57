//! Database tests of workshop seats on a fresh SQLite file: many people pressing "register"
//! at once never get a seat twice, the waitlist keeps arrival order, and a cancellation moves
//! exactly the first waiting person up (and tells them).
#![cfg(feature = "ssr")]
mod common;

use app::common::ids::WorkshopId;
use app::common::Viewer;
use app::workshops::{ssr, WorkshopForm};
use common::{seeded_db, viewer};
use sqlx::SqlitePool;

async fn workshop(pool: &SqlitePool, creator: &Viewer, capacity: u32) -> WorkshopId {
    let form = WorkshopForm {
        title: "Biudžetas be baimės".into(),
        purpose: "Sudarome pirmą projekto sąmatą ir išsiaiškiname, kur ieškoti lėšų.".into(),
        serves: "workshop".into(),
        day: "2099-04-08".into(),
        starts: "17:30".into(),
        ends: "20:00".into(),
        place: "online".into(),
        online_url: "https://meet.example.org/santaka-biudzetas".into(),
        capacity: capacity.to_string(),
        ..Default::default()
    };
    ssr::create(pool, creator, &form, &["youth".into()], &[])
        .await
        .expect("created")
}

/// `n` new confirmed adults, as the policy sees them.
async fn people(pool: &SqlitePool, n: usize) -> Vec<Viewer> {
    let mut out = Vec::new();
    for i in 0..n {
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO users (email, display_name, password_hash, email_verified_at, birth_year)
             VALUES (?, ?, 'x', datetime('now'), 2001) RETURNING id",
        )
        .bind(format!("dalyvis{i}@santaka.test"))
        .bind(format!("Dalyvis {i}"))
        .fetch_one(pool)
        .await
        .expect("person");
        out.push(Viewer {
            id,
            display_name: format!("Dalyvis {i}"),
            roles: vec![],
            email_verified: true,
            guardian_pending: false,
            publishing_blocked: false,
        });
    }
    out
}

async fn seats(pool: &SqlitePool, id: WorkshopId, status: &str) -> Vec<(i64, i64)> {
    sqlx::query_as(
        "SELECT id, user_id FROM workshop_seats WHERE workshop_id = ? AND status = ? ORDER BY id",
    )
    .bind(id)
    .bind(status)
    .fetch_all(pool)
    .await
    .expect("seats")
}

#[tokio::test]
async fn sixty_four_at_once_for_ten_seats_leave_ten_registered_and_fifty_four_waiting_in_order() {
    let (pool, _dir) = seeded_db().await;
    let steering = viewer(&pool, "egle@santaka.test", &[app::common::Role::Steering]).await;
    let id = workshop(&pool, &steering, 10).await;
    let crowd = people(&pool, 64).await;
    let started = std::time::Instant::now();
    let tasks: Vec<_> = crowd
        .iter()
        .cloned()
        .map(|v| {
            let pool = pool.clone();
            tokio::spawn(async move { ssr::register(&pool, &v, id, None, &[]).await })
        })
        .collect();
    let mut seated = 0;
    let mut waiting = 0;
    for task in tasks {
        let done = task.await.expect("joined").expect("registered");
        seated += done.seats;
        waiting += done.waiting;
    }
    eprintln!(
        "64 concurrent registrations for 10 seats: {seated} seated, {waiting} waiting, {:?}",
        started.elapsed()
    );
    assert_eq!((seated, waiting), (10, 54), "what the callers were told");
    let registered = seats(&pool, id, "registered").await;
    let queue = seats(&pool, id, "waiting").await;
    assert_eq!(
        (registered.len(), queue.len()),
        (10, 54),
        "what the table holds"
    );
    assert!(
        registered.last().unwrap().0 < queue.first().unwrap().0,
        "the first ten to arrive hold the seats; everyone after waits"
    );

    // A second press by the same person is refused and changes nothing.
    let again = ssr::register(&pool, &crowd[0], id, None, &[]).await;
    assert_eq!(
        again
            .err()
            .and_then(|e| e.field_code("form").map(str::to_owned)),
        Some("already_registered".to_owned())
    );

    // One seat frees: exactly the first on the waitlist moves up, and is told.
    let leaving = registered[3].1;
    let leaver = crowd.iter().find(|v| v.id == leaving).unwrap();
    let moved = ssr::cancel(&pool, leaver, id, leaving)
        .await
        .expect("cancelled");
    assert_eq!(moved, 1);
    let after = seats(&pool, id, "registered").await;
    assert_eq!(after.len(), 10);
    assert!(
        after.iter().any(|(_, user)| *user == queue[0].1),
        "the first waiting moved up"
    );
    assert_eq!(seats(&pool, id, "waiting").await.len(), 53);
    let told: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM notifications WHERE user_id = ? AND kind = 'workshop_seat'",
    )
    .bind(queue[0].1)
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(told, 1);

    // Someone waiting who leaves frees no seat: nobody moves.
    let waiter = crowd.iter().find(|v| v.id == queue[5].1).unwrap();
    assert_eq!(
        ssr::cancel(&pool, waiter, id, waiter.id)
            .await
            .expect("left"),
        0
    );
    assert_eq!(seats(&pool, id, "registered").await.len(), 10);
}

#[tokio::test]
async fn registration_closes_at_the_deadline_and_a_stranger_cannot_cancel_someone_elses_seat() {
    let (pool, _dir) = seeded_db().await;
    let steering = viewer(&pool, "egle@santaka.test", &[app::common::Role::Steering]).await;
    let id = workshop(&pool, &steering, 5).await;
    let two = people(&pool, 2).await;
    ssr::register(&pool, &two[0], id, None, &[])
        .await
        .expect("registered");
    let stranger = ssr::cancel(&pool, &two[1], id, two[0].id).await;
    assert_eq!(stranger.err(), Some(app::common::error::AppError::NotFound));
    sqlx::query("UPDATE workshops SET closes_at = '2000-01-01 00:00' WHERE id = ?")
        .bind(id)
        .execute(&pool)
        .await
        .unwrap();
    let late = ssr::register(&pool, &two[1], id, None, &[]).await;
    assert_eq!(
        late.err()
            .and_then(|e| e.field_code("form").map(str::to_owned)),
        Some("registration_closed".to_owned())
    );
    assert_eq!(
        seats(&pool, id, "registered").await.len(),
        1,
        "nothing half-written"
    );
}

#[tokio::test]
async fn the_day_before_everyone_with_a_seat_is_reminded_once() {
    let (pool, _dir) = seeded_db().await;
    let steering = viewer(&pool, "egle@santaka.test", &[app::common::Role::Steering]).await;
    let id = workshop(&pool, &steering, 3).await;
    let crowd = people(&pool, 4).await;
    for person in &crowd {
        ssr::register(&pool, person, id, None, &[])
            .await
            .expect("registered");
    }
    let now = chrono::Utc::now();
    let tomorrow = app::server::time::in_vilnius(now).date_naive() + chrono::Duration::days(1);
    // Not yet tomorrow: nobody is reminded.
    assert_eq!(ssr::send_reminders(&pool, now).await.unwrap(), 0);
    sqlx::query("UPDATE workshops SET day = ? WHERE id = ?")
        .bind(tomorrow.format("%Y-%m-%d").to_string())
        .bind(id)
        .execute(&pool)
        .await
        .unwrap();
    assert_eq!(
        ssr::send_reminders(&pool, now).await.unwrap(),
        3,
        "the three with a seat, not the one waiting"
    );
    assert_eq!(
        ssr::send_reminders(&pool, now).await.unwrap(),
        0,
        "never twice"
    );
    let told: Vec<(i64,)> = sqlx::query_as(
        "SELECT user_id FROM notifications WHERE kind = 'workshop_reminder' AND link = ?
          ORDER BY user_id",
    )
    .bind(format!("/workshops/{id}"))
    .fetch_all(&pool)
    .await
    .unwrap();
    let waiting = seats(&pool, id, "waiting").await;
    assert_eq!(told.len(), 3);
    assert!(told.iter().all(|(user,)| *user != waiting[0].1));
}
