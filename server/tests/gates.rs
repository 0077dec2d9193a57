//! Stage gates and mentors over HTTP: a team asks for sign-off with evidence per criterion, a
//! mentor who is not the team's (or anyone else) is refused, a return needs a reason, a decided
//! request cannot be decided twice, approving moves the idea and tells its followers, a
//! festival idea is not realised before its day, and a mentor at capacity is assigned only when
//! the steering group says so.
mod common;

use axum::http::StatusCode;
use common::{id_of, kind_of, ok, spawn_app, TestApp};

async fn idea_of(app: &TestApp, title: &str) -> i64 {
    sqlx::query_scalar("SELECT id FROM ideas WHERE title = ?")
        .bind(title)
        .fetch_one(&app.pool)
        .await
        .expect("a demo idea")
}

async fn stage_of(app: &TestApp, idea: i64) -> String {
    sqlx::query_scalar("SELECT stage FROM ideas WHERE id = ?")
        .bind(idea)
        .fetch_one(&app.pool)
        .await
        .unwrap()
}

async fn criteria(app: &TestApp, stage: &str) -> Vec<String> {
    sqlx::query_scalar::<_, i64>(
        "SELECT id FROM gate_criteria WHERE stage = ? AND retired_at IS NULL ORDER BY position",
    )
    .bind(stage)
    .fetch_all(&app.pool)
    .await
    .unwrap()
    .into_iter()
    .map(|id| id.to_string())
    .collect()
}

async fn open_request(app: &TestApp, idea: i64) -> Option<i64> {
    sqlx::query_scalar("SELECT id FROM gate_requests WHERE idea_id = ? AND status = 'requested'")
        .bind(idea)
        .fetch_optional(&app.pool)
        .await
        .unwrap()
}

#[tokio::test]
async fn the_team_asks_a_stranger_cannot_decide_a_return_says_why_and_approval_moves_the_idea() {
    let app = spawn_app().await;
    let kino = idea_of(&app, "Kiemų kinas Šilainiuose").await;
    assert_eq!(
        stage_of(&app, kino).await,
        "workshop",
        "Rūta and Tomas came to a demo workshop"
    );
    let ids = criteria(&app, "ready").await;
    assert_eq!(ids.len(), 5, "the demo gate to ready asks five things");
    let mut ruta = app.login("ruta@santaka.test", "ruta-demo-2026").await;

    // Evidence missing for all but the first criterion: refused field by field, nothing written.
    let idea = kino.to_string();
    let mut pairs: Vec<(&str, &str)> = vec![("idea_id", &idea), ("note", "")];
    for (i, id) in ids.iter().enumerate() {
        pairs.push(("criteria[]", id));
        pairs.push((
            "texts[]",
            if i == 0 {
                "Vaikai vakarais neturi kur būti"
            } else {
                ""
            },
        ));
        pairs.push(("links[]", if i == 1 { "ne nuoroda" } else { "" }));
        pairs.push(("outcomes[]", ""));
    }
    let (status, body) = app.call("ask_sign_off", &pairs, &mut ruta).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert!(body.contains(&format!("evidence-{}", ids[2])), "{body}");
    assert!(body.contains(&format!("link-{}", ids[1])), "{body}");
    assert!(body.contains("evidence_missing"), "{body}");
    assert_eq!(open_request(&app, kino).await, None);

    let mut pairs: Vec<(&str, &str)> = vec![("idea_id", &idea), ("note", "Prašome peržiūrėti")];
    for id in &ids {
        pairs.push(("criteria[]", id));
        pairs.push(("texts[]", "Aprašyta komandos plane, žr. nuorodą"));
        pairs.push(("links[]", "https://santaka.test/kino-planas"));
        pairs.push(("outcomes[]", ""));
    }
    ok(&app, "ask_sign_off", &pairs, &mut ruta).await;
    let request = open_request(&app, kino).await.expect("an open request");
    // Twice: refused while the first waits.
    let (status, body) = app.call("ask_sign_off", &pairs, &mut ruta).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains("request_open"), "{body}");

    // Nobody but a mentor of the team or the steering group decides: Aistė does not guide
    // this team, Mindaugas is a partner, Rūta is the team.
    let request_id = request.to_string();
    for (email, password) in [
        ("aiste@santaka.test", "aiste-demo-2026"),
        ("mindaugas@santaka.test", "mindaugas-demo-2026"),
        ("ruta@santaka.test", "ruta-demo-2026"),
    ] {
        let mut jar = app.login(email, password).await;
        let (status, body) = app
            .call(
                "decide_sign_off",
                &[("request_id", &request_id), ("verdict", "approve")],
                &mut jar,
            )
            .await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{email}: {body}");
        assert_eq!(kind_of(&body).as_deref(), Some("forbidden"));
    }

    // The steering group assigns Aistė as the team's mentor; now she decides.
    let mut egle = app.login("egle@santaka.test", "egle-demo-2026").await;
    let team: i64 = sqlx::query_scalar("SELECT id FROM teams WHERE idea_id = ?")
        .bind(kino)
        .fetch_one(&app.pool)
        .await
        .unwrap();
    let aiste = id_of(&app, "aiste").await;
    ok(
        &app,
        "assign_mentor",
        &[
            ("team_id", &team.to_string()),
            ("mentor", &aiste.to_string()),
        ],
        &mut egle,
    )
    .await;
    let mut aiste_jar = app.login("aiste@santaka.test", "aiste-demo-2026").await;
    let (status, body) = app
        .call(
            "decide_sign_off",
            &[("request_id", &request_id), ("verdict", "return")],
            &mut aiste_jar,
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains("reason_required"), "{body}");
    let mut returned: Vec<(&str, &str)> = vec![("request_id", &request_id), ("verdict", "return")];
    for (i, id) in ids.iter().enumerate() {
        returned.push(("criteria[]", id));
        returned.push((
            "reasons[]",
            if i == 2 {
                "Kiek kainuos projektorius?"
            } else {
                ""
            },
        ));
    }
    ok(&app, "decide_sign_off", &returned, &mut aiste_jar).await;
    assert_eq!(stage_of(&app, kino).await, "workshop");
    let (status, body) = app
        .call(
            "decide_sign_off",
            &[("request_id", &request_id), ("verdict", "approve")],
            &mut aiste_jar,
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains("already_decided"), "{body}");
    let (_, page) = app.page(&format!("/ideas/{kino}"), &mut ruta).await;
    assert!(
        page.contains("Kiek kainuos projektorius?"),
        "the reason is on the idea's page"
    );

    // Asked again, approved: the idea is ready, and its followers are told.
    ok(&app, "ask_sign_off", &pairs, &mut ruta).await;
    let again = open_request(&app, kino).await.unwrap().to_string();
    ok(
        &app,
        "decide_sign_off",
        &[("request_id", &again), ("verdict", "approve")],
        &mut aiste_jar,
    )
    .await;
    assert_eq!(stage_of(&app, kino).await, "ready");
    let told: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM notifications n JOIN idea_follows f ON f.user_id = n.user_id
          WHERE f.idea_id = ? AND n.kind = 'followed_activity' AND n.detail = 'ready'",
    )
    .bind(kino)
    .fetch_one(&app.pool)
    .await
    .unwrap();
    assert!(told >= 1, "followers are told");
    let history: i64 = sqlx::query_scalar("SELECT count(*) FROM gate_requests WHERE idea_id = ?")
        .bind(kino)
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert_eq!(history, 2, "every request stays in the history");
}

#[tokio::test]
async fn a_mentor_at_capacity_is_assigned_only_when_the_steering_group_says_so() {
    let app = spawn_app().await;
    let mut egle = app.login("egle@santaka.test", "egle-demo-2026").await;
    let vilma = id_of(&app, "vilma").await.to_string();
    let team: i64 = sqlx::query_scalar(
        "SELECT t.id FROM teams t JOIN ideas i ON i.id = t.idea_id
          WHERE i.title = 'Kiemų kinas Šilainiuose'",
    )
    .fetch_one(&app.pool)
    .await
    .unwrap();
    let team = team.to_string();
    let (_, board) = app.page(&format!("/teams/{team}/mentors"), &mut egle).await;
    assert!(board.contains("Aistė Vaitkienė"), "suggested");
    let suggestions = &board[board.find("mentor-suggestions").unwrap()..];
    let suggestions = &suggestions[..suggestions.find("</section>").unwrap()];
    assert!(
        !suggestions.contains("Vilma"),
        "a mentor at capacity is not suggested"
    );

    let (status, body) = app
        .call(
            "assign_mentor",
            &[("team_id", &team), ("mentor", &vilma)],
            &mut egle,
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains("at_capacity"), "{body}");
    ok(
        &app,
        "assign_mentor",
        &[
            ("team_id", &team),
            ("mentor", &vilma),
            ("beyond_capacity", "on"),
        ],
        &mut egle,
    )
    .await;
    let over: bool = sqlx::query_scalar(
        "SELECT over_capacity FROM team_members WHERE team_id = ? AND user_id = ? AND role = 'mentor'",
    )
    .bind(&team)
    .bind(&vilma)
    .fetch_one(&app.pool)
    .await
    .unwrap();
    assert!(over, "recorded as beyond capacity");
    let (status, body) = app
        .call(
            "assign_mentor",
            &[("team_id", &team), ("mentor", &vilma)],
            &mut egle,
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains("already_in_team"), "{body}");

    // Her own page of load: a mentor sees hers, the steering group everyone's.
    let (_, loads) = app.page("/mentors", &mut egle).await;
    assert!(loads.contains("Vilma") && loads.contains("Aistė Vaitkienė"));
    let mut aiste = app.login("aiste@santaka.test", "aiste-demo-2026").await;
    let (_, mine) = app.page("/mentors", &mut aiste).await;
    assert!(mine.contains("Aistė Vaitkienė") && !mine.contains("Vilma"));
}

#[tokio::test]
async fn a_festival_idea_is_not_confirmed_realised_before_the_festival_day() {
    let app = spawn_app().await;
    let idea: i64 = sqlx::query_scalar(
        "SELECT v.idea_id FROM interventions v JOIN festival_editions e ON e.id = v.edition_id
          JOIN ideas i ON i.id = v.idea_id
          WHERE e.day > date('now')
            AND i.author_id <> (SELECT id FROM users WHERE email = 'egle@santaka.test')
            AND v.idea_id NOT IN (SELECT t.idea_id FROM teams t JOIN team_members m ON m.team_id = t.id
                                   JOIN users u ON u.id = m.user_id AND u.email = 'egle@santaka.test')
          LIMIT 1",
    )
    .fetch_one(&app.pool)
    .await
    .expect("a demo idea in the coming festival");
    sqlx::query("UPDATE ideas SET stage = 'ready', archived_reason = NULL WHERE id = ?")
        .bind(idea)
        .execute(&app.pool)
        .await
        .unwrap();
    let request: i64 = sqlx::query_scalar(
        "INSERT INTO gate_requests (idea_id, to_stage, status) VALUES (?, 'realised', 'requested')
         RETURNING id",
    )
    .bind(idea)
    .fetch_one(&app.pool)
    .await
    .unwrap();
    let mut egle = app.login("egle@santaka.test", "egle-demo-2026").await;
    let (status, body) = app
        .call(
            "decide_sign_off",
            &[("request_id", &request.to_string()), ("verdict", "approve")],
            &mut egle,
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert!(body.contains("festival_not_over"), "{body}");
    assert_eq!(stage_of(&app, idea).await, "ready");
}
