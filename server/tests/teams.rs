//! Teams over HTTP and in the database: forming a team moves the idea, joining is answered
//! once however many times it is sent, two leads acting at once leave a lead, open roles
//! suggest and notify people who fit, the workspace is private, followers are notified in one
//! statement, and the daily digest goes out once per person per day on an injected clock.
mod common;

use axum::http::StatusCode;
use chrono::{Duration, TimeZone, Utc};
use common::{id_of, kind_of, ok, spawn_app, Jar, TestApp};
use serde_json::Value;

/// The public address digests link to.
const BASE: &str = "https://santaka.test";

/// Lets demo people who normally cannot sign in use Rūta's demo password.
async fn can_sign_in(app: &TestApp, keys: &[&str]) {
    for key in keys {
        sqlx::query(
            "UPDATE users SET password_hash =
                    (SELECT password_hash FROM users WHERE email = 'ruta@santaka.test')
              WHERE email = ?",
        )
        .bind(format!("{key}@santaka.test"))
        .execute(&app.pool)
        .await
        .expect("password");
    }
}

async fn sign_in(app: &TestApp, key: &str) -> Jar {
    let password = match key {
        "aiste" | "mindaugas" | "egle" => format!("{key}-demo-2026"),
        _ => "ruta-demo-2026".to_owned(),
    };
    app.login(&format!("{key}@santaka.test"), &password).await
}

async fn team(app: &TestApp, id: i64, jar: &mut Jar) -> Value {
    let (status, body) = app.call_get("get_team", &format!("id={id}"), jar).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    serde_json::from_str(&body).expect("team json")
}

async fn notifications(app: &TestApp, key: &str, kind: &str) -> i64 {
    sqlx::query_scalar(
        "SELECT count(*) FROM notifications n JOIN users u ON u.id = n.user_id
          WHERE u.email = ? AND n.kind = ?",
    )
    .bind(format!("{key}@santaka.test"))
    .bind(kind)
    .fetch_one(&app.pool)
    .await
    .expect("count")
}

/// Rūta forms a team on her spark idea about the Šilainiai garages.
async fn rutas_team(app: &TestApp, ruta: &mut Jar) -> (i64, i64) {
    let (idea,): (i64,) =
        sqlx::query_as("SELECT id FROM ideas WHERE title LIKE 'Gatvės menas Šilainių garažų%'")
            .fetch_one(&app.pool)
            .await
            .expect("demo idea");
    let next = ok(
        app,
        "create_team",
        &[
            ("idea_id", &idea.to_string()),
            ("name", "Garažų galerijos komanda"),
            ("description", "Piešiame ant Šilainių garažų vartų."),
        ],
        ruta,
    )
    .await;
    let id = next
        .trim_start_matches("/teams/")
        .split('?')
        .next()
        .and_then(|id| id.parse().ok())
        .expect("team id");
    (idea, id)
}

/// Lukas asks to join Rūta's team and she accepts; returns his session.
async fn lukas_joins(app: &TestApp, ruta: &mut Jar, id: i64) -> Jar {
    let mut lukas = sign_in(app, "lukas").await;
    ok(
        app,
        "request_join",
        &[("team_id", &id.to_string())],
        &mut lukas,
    )
    .await;
    let request = team(app, id, ruta).await["pending"][0]["id"]
        .as_i64()
        .expect("a pending request");
    ok(
        app,
        "answer_request",
        &[("request_id", &request.to_string()), ("accept", "true")],
        ruta,
    )
    .await;
    lukas
}

#[tokio::test]
async fn forming_joining_and_an_answer_that_counts_once() {
    let app = spawn_app().await;
    can_sign_in(&app, &["lukas"]).await;
    let mut ruta = sign_in(&app, "ruta").await;
    let (idea, id) = rutas_team(&app, &mut ruta).await;
    let stage: String = sqlx::query_scalar("SELECT stage FROM ideas WHERE id = ?")
        .bind(idea)
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert_eq!(
        stage, "team",
        "forming a team moves a spark idea to the team stage"
    );
    // One team per idea.
    let (_, body) = app
        .call(
            "create_team",
            &[("idea_id", &idea.to_string()), ("name", "Antra komanda")],
            &mut ruta,
        )
        .await;
    assert_eq!(kind_of(&body).as_deref(), Some("invalid"), "{body}");

    let mut lukas = sign_in(&app, "lukas").await;
    let team_id = id.to_string();
    ok(
        &app,
        "request_join",
        &[
            ("team_id", &team_id),
            ("message", "Galiu padėti su žemėlapiu."),
        ],
        &mut lukas,
    )
    .await;
    // Asking twice while the first waits is refused.
    let (_, body) = app
        .call("request_join", &[("team_id", &team_id)], &mut lukas)
        .await;
    assert_eq!(kind_of(&body).as_deref(), Some("invalid"), "{body}");
    assert_eq!(notifications(&app, "ruta", "join_request").await, 1);
    // Lukas cannot answer his own request; the lead can.
    let t = team(&app, id, &mut ruta).await;
    let request = t["pending"][0]["id"].as_i64().expect("a pending request");
    let (_, body) = app
        .call(
            "answer_request",
            &[("request_id", &request.to_string()), ("accept", "true")],
            &mut lukas,
        )
        .await;
    assert_eq!(kind_of(&body).as_deref(), Some("forbidden"), "{body}");

    // The lead presses "accept" twice at once: one answer counts, the other is a conflict.
    let request = request.to_string();
    let pairs = [("request_id", request.as_str()), ("accept", "true")];
    let mut second = ruta.clone();
    let (a, b) = tokio::join!(
        app.call("answer_request", &pairs, &mut ruta),
        app.call("answer_request", &pairs, &mut second)
    );
    let statuses = [a.0, b.0];
    assert!(statuses.contains(&StatusCode::OK), "{a:?} {b:?}");
    assert!(statuses.contains(&StatusCode::CONFLICT), "{a:?} {b:?}");
    let members: i64 = sqlx::query_scalar("SELECT count(*) FROM team_members WHERE team_id = ?")
        .bind(id)
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert_eq!(members, 2);
    assert_eq!(notifications(&app, "lukas", "join_answer").await, 1);

    // The workspace: members only; someone outside the team is told there is no such thing.
    let (status, _) = app
        .call_get("get_workspace", &format!("team_id={id}"), &mut lukas)
        .await;
    assert_eq!(status, StatusCode::OK);
    ok(
        &app,
        "post_team_message",
        &[("team_id", &team_id), ("body", "Sveiki visi!")],
        &mut lukas,
    )
    .await;
    let mut mindaugas = sign_in(&app, "mindaugas").await;
    let (_, body) = app
        .call_get("get_workspace", &format!("team_id={id}"), &mut mindaugas)
        .await;
    assert_eq!(kind_of(&body).as_deref(), Some("not_found"), "{body}");
    let (_, body) = app
        .call(
            "post_team_message",
            &[("team_id", &team_id), ("body", "Labas")],
            &mut mindaugas,
        )
        .await;
    assert_eq!(kind_of(&body).as_deref(), Some("not_found"), "{body}");
    let status = app
        .send(
            axum::http::Request::get(format!("/live/teams/{id}"))
                .body(axum::body::Body::empty())
                .unwrap(),
            &mut mindaugas,
        )
        .await
        .status();
    assert_eq!(
        status,
        StatusCode::NOT_FOUND,
        "the live channel is private too"
    );
    // Only leads run the team.
    let (_, body) = app
        .call(
            "add_open_role",
            &[
                ("team_id", &team_id),
                ("title", "Dizaineris"),
                ("hours", "2"),
            ],
            &mut lukas,
        )
        .await;
    assert_eq!(kind_of(&body).as_deref(), Some("forbidden"), "{body}");
}

#[tokio::test]
async fn two_leads_leaving_at_once_leave_one_lead() {
    let app = spawn_app().await;
    can_sign_in(&app, &["lukas"]).await;
    let mut ruta = sign_in(&app, "ruta").await;
    let (_, id) = rutas_team(&app, &mut ruta).await;
    let team_id = id.to_string();
    let mut lukas = lukas_joins(&app, &mut ruta, id).await;
    let lukas_id = id_of(&app, "lukas").await.to_string();
    ok(
        &app,
        "make_lead",
        &[("team_id", &team_id), ("user_id", &lukas_id)],
        &mut ruta,
    )
    .await;
    // Both leads leave at the same moment: one goes, the other is told to hand over first.
    let pairs = [("team_id", team_id.as_str())];
    let (a, b) = tokio::join!(
        app.call("leave_team", &pairs, &mut ruta),
        app.call("leave_team", &pairs, &mut lukas)
    );
    let oks = [&a, &b].iter().filter(|r| r.0 == StatusCode::OK).count();
    assert_eq!(oks, 1, "{a:?} {b:?}");
    let leads: i64 =
        sqlx::query_scalar("SELECT count(*) FROM team_members WHERE team_id = ? AND role = 'lead'")
            .bind(id)
            .fetch_one(&app.pool)
            .await
            .unwrap();
    assert_eq!(leads, 1, "a team always keeps a lead");
}

#[tokio::test]
async fn an_open_role_suggests_and_notifies_the_people_who_fit() {
    let app = spawn_app().await;
    can_sign_in(&app, &["lukas"]).await;
    let mut ruta = sign_in(&app, "ruta").await;
    let (_, id) = rutas_team(&app, &mut ruta).await;
    // Lukas wants role matches by email straight away; everyone else keeps the digest.
    let mut lukas = sign_in(&app, "lukas").await;
    ok(
        &app,
        "set_notification_prefs",
        &[("role_match", "immediate")],
        &mut lukas,
    )
    .await;
    let outbox_before: i64 =
        sqlx::query_scalar("SELECT count(*) FROM outbox WHERE kind = 'notification'")
            .fetch_one(&app.pool)
            .await
            .unwrap();
    ok(
        &app,
        "add_open_role",
        &[
            ("team_id", &id.to_string()),
            ("title", "Žemėlapių kūrėjas"),
            ("skills", "GIS žemėlapiai, Programavimas"),
            ("sector", "education"),
            ("hours", "3"),
        ],
        &mut ruta,
    )
    .await;
    let t = team(&app, id, &mut ruta).await;
    let suggestions = t["roles"][0]["suggestions"]
        .as_array()
        .expect("suggestions for the lead");
    assert_eq!(suggestions[0]["name"], "Lukas Navickas", "{suggestions:?}");
    // 3 + 3 for two skills, 2 for the role's sector, 1 for education which the team lacks.
    assert_eq!(suggestions[0]["score"], 9);
    assert_eq!(notifications(&app, "lukas", "role_match").await, 1);
    let outbox_after: i64 =
        sqlx::query_scalar("SELECT count(*) FROM outbox WHERE kind = 'notification'")
            .fetch_one(&app.pool)
            .await
            .unwrap();
    assert_eq!(
        outbox_after,
        outbox_before + 1,
        "one immediate email, to Lukas"
    );
    // Suggestions are for leads: a visitor sees the role without them.
    let mut visitor = Jar::default();
    let public = team(&app, id, &mut visitor).await;
    assert_eq!(
        public["roles"][0]["suggestions"].as_array().unwrap().len(),
        0
    );
    assert!(public["pending"].as_array().unwrap().is_empty());
}

#[tokio::test]
async fn a_comment_reaches_every_follower_and_the_digest_goes_once_a_day() {
    let app = spawn_app().await;
    let mut ruta = sign_in(&app, "ruta").await;
    let (idea,): (i64,) =
        sqlx::query_as("SELECT id FROM ideas WHERE title LIKE 'Gatvės menas Šilainių garažų%'")
            .fetch_one(&app.pool)
            .await
            .unwrap();
    // 300 more followers (confirmed accounts made here), then one comment by the partner.
    sqlx::query(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300)
         INSERT INTO users (email, display_name, password_hash, email_verified_at)
         SELECT 'sekejas' || i || '@kaunas.test', 'Sekėjas ' || i, 'x', datetime('now') FROM n",
    )
    .execute(&app.pool)
    .await
    .unwrap();
    sqlx::query(
        "INSERT INTO idea_follows (idea_id, user_id)
         SELECT ?, id FROM users WHERE email LIKE 'sekejas%@kaunas.test'",
    )
    .bind(idea)
    .execute(&app.pool)
    .await
    .unwrap();
    let followers: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM idea_follows f JOIN users u ON u.id = f.user_id
          WHERE f.idea_id = ? AND u.email NOT IN ('ruta@santaka.test', 'mindaugas@santaka.test')",
    )
    .bind(idea)
    .fetch_one(&app.pool)
    .await
    .unwrap();
    assert!(followers >= 300);
    let mut mindaugas = sign_in(&app, "mindaugas").await;
    ok(
        &app,
        "post_comment",
        &[
            ("idea_id", &idea.to_string()),
            ("body", "Galime paremti dažais."),
        ],
        &mut mindaugas,
    )
    .await;
    let followed: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM notifications WHERE kind = 'followed_activity' AND link LIKE ?",
    )
    .bind(format!("/ideas/{idea}?comment=%"))
    .fetch_one(&app.pool)
    .await
    .unwrap();
    assert_eq!(
        followed, followers,
        "every follower but the author and the commenter"
    );
    assert_eq!(
        notifications(&app, "ruta", "idea_comment").await,
        1,
        "the author hears of it as a comment"
    );
    // Rūta sees it in the header count and the inbox.
    let (_, body) = app.call_get("get_session_info", "", &mut ruta).await;
    let info: Value = serde_json::from_str(&body).unwrap();
    assert!(info["unread"].as_i64().unwrap() >= 1, "{body}");

    // The digest, on a clock the test controls: tomorrow 07:00 UTC (9 or 10 in Vilnius).
    let tomorrow = (Utc::now() + Duration::days(1)).date_naive();
    let day1 = Utc.from_utc_datetime(&tomorrow.and_hms_opt(7, 0, 0).unwrap());
    let early = Utc.from_utc_datetime(&tomorrow.and_hms_opt(4, 0, 0).unwrap());
    // One follower never confirmed the address: no email goes there.
    sqlx::query("UPDATE users SET email_verified_at = NULL WHERE email = 'sekejas1@kaunas.test'")
        .execute(&app.pool)
        .await
        .unwrap();
    assert_eq!(
        app::notify::ssr::send_digests(&app.pool, BASE, early)
            .await
            .unwrap(),
        0,
        "not before 08:00"
    );
    let sent = app::notify::ssr::send_digests(&app.pool, BASE, day1)
        .await
        .unwrap();
    assert_eq!(
        sent as i64, followers,
        "the author and every confirmed follower, one each"
    );
    // A second run the same day (a restart, another tick) sends nothing again.
    assert_eq!(
        app::notify::ssr::send_digests(&app.pool, BASE, day1 + Duration::hours(5))
            .await
            .unwrap(),
        0
    );
    let to_ruta: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM outbox WHERE kind = 'digest' AND recipient = 'ruta@santaka.test'",
    )
    .fetch_one(&app.pool)
    .await
    .unwrap();
    assert_eq!(to_ruta, 1);
    // The next day: only people with something new get one.
    ok(
        &app,
        "post_comment",
        &[("idea_id", &idea.to_string()), ("body", "Ir kopėčiomis.")],
        &mut mindaugas,
    )
    .await;
    let day2 = day1 + Duration::days(1);
    assert_eq!(
        app::notify::ssr::send_digests(&app.pool, BASE, day2)
            .await
            .unwrap() as i64,
        followers
    );
    let to_ruta: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM outbox WHERE kind = 'digest' AND recipient = 'ruta@santaka.test'",
    )
    .fetch_one(&app.pool)
    .await
    .unwrap();
    assert_eq!(to_ruta, 2);
    let (_, body): (String, String) = sqlx::query_as(
        "SELECT subject, body FROM outbox WHERE kind = 'digest' AND recipient = 'ruta@santaka.test' ORDER BY id DESC",
    )
    .fetch_one(&app.pool)
    .await
    .unwrap();
    assert!(
        body.contains(&format!("{BASE}/ideas/{idea}?comment=")),
        "links are absolute: {body}"
    );
    assert!(
        body.contains("Mindaugas Kazlauskas pakomentavo jūsų idėją"),
        "{body}"
    );
}

#[tokio::test]
async fn a_deleted_lead_hands_the_team_to_its_longest_standing_member() {
    let app = spawn_app().await;
    can_sign_in(&app, &["lukas"]).await;
    let mut ruta = sign_in(&app, "ruta").await;
    let (_, id) = rutas_team(&app, &mut ruta).await;
    lukas_joins(&app, &mut ruta, id).await;
    let ruta_id = id_of(&app, "ruta").await;
    ok(
        &app,
        "delete_account",
        &[("password", "ruta-demo-2026")],
        &mut ruta,
    )
    .await;
    let members: Vec<(i64, String)> =
        sqlx::query_as("SELECT user_id, role FROM team_members WHERE team_id = ?")
            .bind(id)
            .fetch_all(&app.pool)
            .await
            .unwrap();
    assert_eq!(
        members,
        vec![(id_of(&app, "lukas").await, "lead".to_owned())]
    );
    let left: i64 = sqlx::query_scalar(
        "SELECT (SELECT count(*) FROM notifications WHERE user_id = ?1)
              + (SELECT count(*) FROM team_requests WHERE user_id = ?1)
              + (SELECT count(*) FROM team_members WHERE user_id = ?1)",
    )
    .bind(ruta_id)
    .fetch_one(&app.pool)
    .await
    .unwrap();
    assert_eq!(left, 0, "nothing of the deleted person's team life remains");
}

#[tokio::test]
async fn only_the_invited_person_answers_an_invitation() {
    let app = spawn_app().await;
    can_sign_in(&app, &["lukas"]).await;
    let mut ruta = sign_in(&app, "ruta").await;
    let (_, id) = rutas_team(&app, &mut ruta).await;
    let lukas_id = id_of(&app, "lukas").await.to_string();
    let team_id = id.to_string();
    ok(
        &app,
        "invite_to_team",
        &[
            ("team_id", &team_id),
            ("user_id", &lukas_id),
            ("message", "Prisijunk!"),
        ],
        &mut ruta,
    )
    .await;
    // Twice while the first waits: refused.
    let (_, body) = app
        .call(
            "invite_to_team",
            &[("team_id", &team_id), ("user_id", &lukas_id)],
            &mut ruta,
        )
        .await;
    assert_eq!(kind_of(&body).as_deref(), Some("invalid"), "{body}");
    // A child awaiting consent cannot be invited.
    let jonukas =
        sqlx::query_scalar::<_, i64>("SELECT id FROM users WHERE email = 'jonukas@santaka.test'")
            .fetch_one(&app.pool)
            .await
            .unwrap()
            .to_string();
    let (_, body) = app
        .call(
            "invite_to_team",
            &[("team_id", &team_id), ("user_id", &jonukas)],
            &mut ruta,
        )
        .await;
    assert_eq!(kind_of(&body).as_deref(), Some("invalid"), "{body}");
    assert_eq!(notifications(&app, "lukas", "team_invite").await, 1);
    let mut lukas = sign_in(&app, "lukas").await;
    let invite = team(&app, id, &mut lukas).await["me"]["my_invite"]["id"]
        .as_i64()
        .expect("Lukas sees his invitation")
        .to_string();
    // Nobody else answers it, not even the lead who sent it.
    let mut mindaugas = sign_in(&app, "mindaugas").await;
    for jar in [&mut mindaugas, &mut ruta] {
        let (_, body) = app
            .call(
                "answer_request",
                &[("request_id", &invite), ("accept", "true")],
                jar,
            )
            .await;
        assert_eq!(kind_of(&body).as_deref(), Some("not_found"), "{body}");
    }
    ok(
        &app,
        "answer_request",
        &[("request_id", &invite), ("accept", "true")],
        &mut lukas,
    )
    .await;
    let role: String =
        sqlx::query_scalar("SELECT role FROM team_members WHERE team_id = ? AND user_id = ?")
            .bind(id)
            .bind(id_of(&app, "lukas").await)
            .fetch_one(&app.pool)
            .await
            .unwrap();
    assert_eq!(role, "member");
    assert_eq!(
        notifications(&app, "ruta", "join_answer").await,
        1,
        "the lead hears the answer"
    );
}
