//! Forums over HTTP: the list and the demo forums are public; the past World Café shows its
//! published harvest and the ideas born there (which point back); the room screen and the
//! live channel need no sign-in; registering asks for sectors, refuses a second press and a
//! child waiting for consent; only hosts open the console.
mod common;

use axum::http::{header, StatusCode};
use common::{header_of, kind_of, ok, spawn_app, TestApp};

async fn forum(app: &TestApp, title_like: &str) -> i64 {
    sqlx::query_scalar("SELECT id FROM forums WHERE title LIKE ? ORDER BY id LIMIT 1")
        .bind(format!("%{title_like}%"))
        .fetch_one(&app.pool)
        .await
        .expect("a demo forum")
}

#[tokio::test]
async fn the_past_cafe_shows_its_harvest_and_the_ideas_born_there_to_anyone() {
    let app = spawn_app().await;
    let mut anonymous = common::Jar::default();
    let (status, list) = app.page("/forums", &mut anonymous).await;
    assert_eq!(status, StatusCode::OK);
    assert!(list.contains("Jaunimo Kaunas 2027"), "the upcoming forum");
    assert!(list.contains("Kaunas po 2022-ųjų"), "the past one");

    let past = forum(&app, "Kaunas po 2022").await;
    let (status, page) = app.page(&format!("/forums/{past}"), &mut anonymous).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("og:title"));
    assert!(
        page.contains("Kiemų šventės Eiguliuose"),
        "a published harvest note"
    );
    assert!(page.contains(r#"lang="en""#), "an English note is marked");
    assert!(
        page.contains("Kaimynų pietūs Eigulių kiemuose"),
        "an idea born there"
    );
    assert!(!page.contains("/console"), "no console for visitors");

    let idea: i64 = sqlx::query_scalar("SELECT id FROM ideas WHERE born_in_forum = ? LIMIT 1")
        .bind(past)
        .fetch_one(&app.pool)
        .await
        .unwrap();
    let (_, idea_page) = app.page(&format!("/ideas/{idea}"), &mut anonymous).await;
    assert!(
        idea_page.contains(&format!("/forums/{past}")),
        "the idea links back"
    );

    let (status, screen) = app
        .page(&format!("/forums/{past}/screen"), &mut anonymous)
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(screen.contains("room-screen"));
    let live = app.get(&format!("/live/forums/{past}"), &[]).await;
    assert_eq!(live.status(), StatusCode::OK);
    assert_eq!(header_of(&live, header::CONTENT_TYPE), "text/event-stream");
    let missing = app.get("/live/forums/999999", &[]).await;
    assert_eq!(missing.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn registering_asks_for_sectors_refuses_twice_and_a_child_waiting_for_consent() {
    let app = spawn_app().await;
    let upcoming = forum(&app, "Jaunimo Kaunas 2027").await.to_string();
    let mut aiste = app.login("aiste@santaka.test", "aiste-demo-2026").await;
    let (status, body) = app
        .call("register_forum", &[("id", &upcoming)], &mut aiste)
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert!(body.contains("sectors_missing"), "{body}");
    let next = ok(
        &app,
        "register_forum",
        &[
            ("id", &upcoming),
            ("sectors[]", "education"),
            ("stays", "on"),
        ],
        &mut aiste,
    )
    .await;
    assert!(next.contains("seat=registered"), "{next}");
    let (status, body) = app
        .call(
            "register_forum",
            &[("id", &upcoming), ("sectors[]", "education")],
            &mut aiste,
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains("already_registered"), "{body}");
    let stays: bool = sqlx::query_scalar(
        "SELECT stays FROM forum_seats s JOIN users u ON u.id = s.user_id
          WHERE s.forum_id = ? AND u.email = 'aiste@santaka.test'",
    )
    .bind(upcoming.parse::<i64>().unwrap())
    .fetch_one(&app.pool)
    .await
    .unwrap();
    assert!(stays, "the wish to stay at one table is kept");

    let mut jonukas = app.login("jonukas@santaka.test", "jonukas-demo-2026").await;
    let (_, body) = app
        .call(
            "register_forum",
            &[("id", &upcoming), ("sectors[]", "youth")],
            &mut jonukas,
        )
        .await;
    assert_eq!(kind_of(&body).as_deref(), Some("forbidden"), "{body}");

    // Only the hosts (and the steering group) open the console.
    let (_, body) = app
        .call_get("get_forum_console", &format!("id={upcoming}"), &mut aiste)
        .await;
    assert_eq!(kind_of(&body).as_deref(), Some("forbidden"), "{body}");
    let mut mindaugas = app
        .login("mindaugas@santaka.test", "mindaugas-demo-2026")
        .await;
    let (status, console) = app
        .page(&format!("/forums/{upcoming}/console"), &mut mindaugas)
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(console.contains("Pradėti forumą"), "the host can begin");
}
