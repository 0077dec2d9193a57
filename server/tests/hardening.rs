//! Issue 19's numbered defects, each as it was found (these failed before the fixes): the
//! session store filled by failed forms, lockouts and voided resets, hidden ideas leaking,
//! unconsented venues, co-author links for anyone, line breaks in mail, unbounded reads.
mod common;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use common::{form, header_of, spawn_app, text, token_in, Jar, TestApp};

/// Signs in from `peer`, with a known-browser cookie if given: the status, and the browser
/// cookie the answer sets (if any).
async fn sign_in(
    app: &TestApp,
    peer: &str,
    email: &str,
    password: &str,
    device: Option<&str>,
) -> (StatusCode, Option<String>) {
    let body = form(&[("email", email), ("password", password)]);
    let mut request = Request::post("/api/login")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::ACCEPT, "application/json")
        .header(header::CONTENT_LENGTH, body.len());
    if let Some(device) = device {
        request = request.header(header::COOKIE, device);
    }
    let mut request = request.body(Body::from(body)).expect("request");
    let addr: std::net::SocketAddr = peer.parse().expect("peer");
    request
        .extensions_mut()
        .insert(axum::extract::ConnectInfo(addr));
    let response = app.send(request, &mut Jar::default()).await;
    let device = response
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .filter_map(|v| v.split(';').next())
        .find(|pair| pair.starts_with("santaka_device="))
        .map(str::to_owned);
    (response.status(), device)
}

// 1. Failed plain-form posts by anonymous callers filled the session store: 60 KB rows,
//    one per request, kept 7 days, no limit.
#[tokio::test]
async fn anonymous_form_failures_keep_little_briefly_and_not_without_end() {
    let app = spawn_app().await;
    // A kept failure still shows what was typed, and its row goes once shown.
    let mut jar = Jar::default();
    app.submit(
        "register",
        "/register",
        &[
            ("email", "kitas@santaka.test"),
            ("display_name", "Ona"),
            ("password", "trumpas"),
            ("birth_year", "1990"),
            ("guardian_email", ""),
        ],
        &mut jar,
    )
    .await;
    let (_, page) = app.page("/register", &mut jar).await;
    assert!(
        page.contains("kitas@santaka.test"),
        "the typed address is kept"
    );
    let rows: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM tower_sessions")
        .fetch_one(&app.pool)
        .await
        .expect("count");
    assert_eq!(rows, 0, "shown once, the row is gone");

    let long = "ą".repeat(9_000); // 54 KB encoded, under the 64 KB body limit
    for _ in 0..130 {
        let response = app
            .submit(
                "register",
                "/register",
                &[
                    ("email", "nebe@santaka.test"),
                    ("display_name", &long),
                    ("password", "trumpas"),
                    ("birth_year", "1990"),
                    ("guardian_email", ""),
                ],
                &mut Jar::default(),
            )
            .await;
        assert_eq!(response.status(), StatusCode::FOUND);
    }
    let rows: Vec<(i64, i64)> =
        sqlx::query_as("SELECT length(data), expiry_date - unixepoch() FROM tower_sessions")
            .fetch_all(&app.pool)
            .await
            .expect("sessions");
    assert_eq!(
        rows.len(),
        119,
        "one address keeps 120 failures per 5 minutes (one above)"
    );
    for (size, lifetime) in rows {
        assert!(size < 6 * 1024, "a kept failure is small: {size} bytes");
        assert!(lifetime <= 600, "and short-lived: {lifetime} s");
    }
}

// 2a. The per-account limit was checked before the password: guesses from a few addresses
//     locked the owner out, steering included.
#[tokio::test]
async fn strangers_guesses_do_not_lock_the_owner_out_of_their_own_browser() {
    let app = spawn_app().await;
    let (status, device) = sign_in(
        &app,
        "10.0.0.1:1",
        "egle@santaka.test",
        "egle-demo-2026",
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let device = device.expect("a known-browser cookie");
    for peer in 0..6 {
        for _ in 0..10 {
            sign_in(
                &app,
                &format!("203.0.113.{peer}:1"),
                "egle@santaka.test",
                "spėjimas-123",
                None,
            )
            .await;
        }
    }
    // A browser the account never signed in from is stopped, even with the right password…
    let (stranger, _) = sign_in(
        &app,
        "198.51.100.7:1",
        "egle@santaka.test",
        "egle-demo-2026",
        None,
    )
    .await;
    assert_eq!(
        stranger,
        StatusCode::TOO_MANY_REQUESTS,
        "guessing stays slow"
    );
    // …but the owner's own browser gets in, from anywhere.
    let (owner, _) = sign_in(
        &app,
        "192.0.2.44:1",
        "egle@santaka.test",
        "egle-demo-2026",
        Some(&device),
    )
    .await;
    assert_eq!(owner, StatusCode::OK, "the owner is not locked out");
    // Their browser's own wrong passwords are limited per browser.
    for _ in 0..10 {
        sign_in(
            &app,
            "192.0.2.45:1",
            "egle@santaka.test",
            "klaida",
            Some(&device),
        )
        .await;
    }
    let (typo, _) = sign_in(
        &app,
        "192.0.2.46:1",
        "egle@santaka.test",
        "egle-demo-2026",
        Some(&device),
    )
    .await;
    assert_eq!(typo, StatusCode::TOO_MANY_REQUESTS);
}

// 2b. Registrations and resets with someone's address used up the per-recipient mail limit,
//     so a later reset mail was dropped and voided the links already sent.
#[tokio::test]
async fn resets_asked_for_are_sent_or_refused_aloud_and_earlier_links_stay_good() {
    let app = spawn_app().await;
    for _ in 0..3 {
        app.call(
            "register",
            &[
                ("email", "ruta@santaka.test"),
                ("display_name", "Kažkas kitas"),
                ("password", "ilgas slaptažodis 2026"),
                ("birth_year", "1990"),
                ("guardian_email", ""),
            ],
            &mut Jar::default(),
        )
        .await;
    }
    let mut links = Vec::new();
    for _ in 0..3 {
        let (status, _) = app
            .call(
                "request_password_reset",
                &[("email", "ruta@santaka.test")],
                &mut Jar::default(),
            )
            .await;
        assert_eq!(status, StatusCode::OK);
        let (_, mail) = app
            .last_mail("ruta@santaka.test", "reset_password")
            .await
            .expect("reset mail");
        links.push(token_in(&mail, "/reset"));
    }
    links.dedup();
    assert_eq!(links.len(), 3, "every reset asked for was sent");
    // A fourth is refused to the one asking, not dropped in silence.
    let (status, _) = app
        .call(
            "request_password_reset",
            &[("email", "ruta@santaka.test")],
            &mut Jar::default(),
        )
        .await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    // The first link still works (later requests did not void it); then all are used up.
    let (status, body) = app
        .call(
            "reset_password",
            &[
                ("token", &links[0]),
                ("password", "Naujas slaptažodis 2026"),
            ],
            &mut Jar::default(),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let (_, again) = app
        .call(
            "reset_password",
            &[("token", &links[2]), ("password", "Dar vienas slaptažodis")],
            &mut Jar::default(),
        )
        .await;
    assert!(again.contains("token_invalid"), "{again}");
}

// 2c. After a reset from the emailed link the owner gets in even from a new browser while
//     strangers keep guessing.
#[tokio::test]
async fn a_reset_lifts_the_lock_that_strangers_caused() {
    let app = spawn_app().await;
    for peer in 0..5 {
        for _ in 0..10 {
            sign_in(
                &app,
                &format!("203.0.113.{peer}:1"),
                "ruta@santaka.test",
                "spėjimas",
                None,
            )
            .await;
        }
    }
    let (locked, _) = sign_in(
        &app,
        "192.0.2.1:1",
        "ruta@santaka.test",
        "ruta-demo-2026",
        None,
    )
    .await;
    assert_eq!(locked, StatusCode::TOO_MANY_REQUESTS);
    app.call(
        "request_password_reset",
        &[("email", "ruta@santaka.test")],
        &mut Jar::default(),
    )
    .await;
    let (_, mail) = app
        .last_mail("ruta@santaka.test", "reset_password")
        .await
        .expect("mail");
    let body = form(&[
        ("token", &token_in(&mail, "/reset")),
        ("password", "Naujas slaptažodis 2026"),
    ]);
    let request = Request::post("/api/reset_password")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::ACCEPT, "application/json")
        .header(header::CONTENT_LENGTH, body.len())
        .body(Body::from(body))
        .expect("request");
    let response = app.send(request, &mut Jar::default()).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert!(header_of(&response, header::SET_COOKIE).starts_with("santaka_device="));
    let _ = text(response).await;
    let (status, _) = sign_in(
        &app,
        "192.0.2.2:1",
        "ruta@santaka.test",
        "Naujas slaptažodis 2026",
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "the lock is lifted");
}

/// Signs in a demo person by key.
async fn demo(app: &TestApp, who: &str) -> Jar {
    app.login(&format!("{who}@santaka.test"), &format!("{who}-demo-2026"))
        .await
}

/// A public festival output: the program page, its calendar and its map data.
async fn festival_outputs(app: &TestApp) -> String {
    let mut all = String::new();
    for path in [
        "/festival",
        "/festival/program.ics",
        "/festival/program.geojson",
    ] {
        let (status, body) = app.page(path, &mut Jar::default()).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        all.push_str(&body);
    }
    all
}

// 3. A hidden idea leaked through the notification list, the start page, the daily digest
//    (stored titles), the festival program with its calendar and map (its interventions and
//    team), and `get_idea` (authors, sectors, place).
#[tokio::test]
async fn a_hidden_idea_leaks_nowhere() {
    let app = spawn_app().await;
    let (idea, title): (i64, String) = sqlx::query_as(
        "SELECT i.id, i.title FROM ideas i
          WHERE EXISTS (SELECT 1 FROM interventions x JOIN festival_venues v ON v.id = x.venue_id
                         WHERE x.idea_id = i.id AND x.status = 'published' AND v.consent = 'yes')
            AND EXISTS (SELECT 1 FROM idea_sectors s WHERE s.idea_id = i.id)
          ORDER BY i.id LIMIT 1",
    )
    .fetch_one(&app.pool)
    .await
    .expect("a demo idea with a published intervention");
    let (author, author_name): (String, String) = sqlx::query_as(
        "SELECT substr(u.email, 1, instr(u.email, '@') - 1), u.display_name
           FROM ideas i JOIN users u ON u.id = i.author_id WHERE i.id = ?",
    )
    .bind(idea)
    .fetch_one(&app.pool)
    .await
    .expect("author");
    let interventions: Vec<String> = sqlx::query_scalar(
        "SELECT title FROM interventions WHERE idea_id = ? AND status = 'published'",
    )
    .bind(idea)
    .fetch_all(&app.pool)
    .await
    .expect("interventions");
    let commenter = if author == "aiste" {
        "mindaugas"
    } else {
        "aiste"
    };
    let mut other = demo(&app, commenter).await;
    common::ok(
        &app,
        "post_comment",
        &[
            ("idea_id", &idea.to_string()),
            ("body", "Puiki mintis, padėsiu."),
        ],
        &mut other,
    )
    .await;
    let mut jar = if ["ruta", "aiste", "mindaugas", "egle"].contains(&author.as_str()) {
        Some(demo(&app, &author).await)
    } else {
        None
    };
    if let Some(jar) = jar.as_mut() {
        let (_, page) = app.page("/notifications", jar).await;
        assert!(
            page.contains(&title),
            "the comment is announced while visible"
        );
        let (_, page) = app.page("/me", jar).await;
        assert!(page.contains(&format!("/ideas/{idea}?comment=")));
    }
    let outputs = festival_outputs(&app).await;
    assert!(interventions.iter().all(|t| outputs.contains(t.as_str())));

    let mut egle = demo(&app, "egle").await;
    common::ok(
        &app,
        "moderate",
        &[("idea_id", &idea.to_string()), ("action", "hide")],
        &mut egle,
    )
    .await;

    if let Some(jar) = jar.as_mut() {
        let (_, page) = app.page("/notifications", jar).await;
        assert!(!page.contains(&title), "the inbox names the hidden idea");
        // The start page lists the author's own ideas (hidden ones too: they wrote them), but
        // no notification about it.
        let (_, page) = app.page("/me", jar).await;
        assert!(
            !page.contains(&format!("/ideas/{idea}?comment=")),
            "the start page announces it"
        );
    }
    let tomorrow = (chrono::Utc::now() + chrono::Duration::days(1)).date_naive();
    let morning = tomorrow.and_hms_opt(7, 0, 0).expect("time").and_utc();
    app::notify::ssr::send_digests(&app.pool, "https://santaka.test", morning)
        .await
        .expect("digests");
    let digests: Vec<String> = sqlx::query_scalar("SELECT body FROM outbox WHERE kind = 'digest'")
        .fetch_all(&app.pool)
        .await
        .expect("outbox");
    assert!(
        digests.iter().all(|body| !body.contains(&title)),
        "a digest names it"
    );

    let outputs = festival_outputs(&app).await;
    for t in &interventions {
        assert!(
            !outputs.contains(t.as_str()),
            "the festival still shows {t}"
        );
    }

    let (_, body) = app
        .call_get("get_idea", &format!("id={idea}"), &mut Jar::default())
        .await;
    let detail: serde_json::Value = serde_json::from_str(&body).expect("json");
    assert!(!body.contains(&author_name), "the author is named: {body}");
    assert!(detail["author"]["name"].is_null());
    assert_eq!(detail["coauthors"], serde_json::json!([]));
    assert_eq!(detail["sectors"], serde_json::json!([]));
    assert!(detail["district"].is_null());
    // The steering group still sees all of it.
    let (_, body) = app
        .call_get("get_idea", &format!("id={idea}"), &mut egle)
        .await;
    assert!(body.contains(&author_name));
}

// 4. Venues whose owner refused or has not answered were published with the programme.
#[tokio::test]
async fn venues_without_the_owner_s_yes_are_not_published() {
    let app = spawn_app().await;
    // The owners of two venues of the published programme take back their yes.
    let venues: Vec<i64> = sqlx::query_scalar(
        "SELECT DISTINCT x.venue_id FROM interventions x
          WHERE x.status = 'published' ORDER BY x.venue_id LIMIT 2",
    )
    .fetch_all(&app.pool)
    .await
    .expect("venues");
    for (venue, answer) in venues.iter().zip(["no", "pending"]) {
        sqlx::query("UPDATE festival_venues SET consent = ? WHERE id = ?")
            .bind(answer)
            .bind(venue)
            .execute(&app.pool)
            .await
            .expect("consent");
    }
    let unconsented: Vec<(i64, String, String)> = sqlx::query_as(
        "SELECT x.id, x.title, v.name FROM interventions x JOIN festival_venues v ON v.id = x.venue_id
          WHERE v.consent <> 'yes' AND x.status = 'published'",
    )
    .fetch_all(&app.pool)
    .await
    .expect("rows");
    assert!(unconsented.len() >= 2);
    let outputs = festival_outputs(&app).await;
    for (id, title, venue) in &unconsented {
        assert!(!outputs.contains(title.as_str()), "{title} is published");
        assert!(!outputs.contains(venue.as_str()), "{venue} is published");
        let (status, _) = app
            .page(&format!("/festival/i/{id}"), &mut Jar::default())
            .await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{title} has a public page");
    }
    // The rest of the programme is still there.
    let shown: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM interventions x JOIN festival_venues v ON v.id = x.venue_id
          WHERE v.consent = 'yes' AND x.status = 'published'",
    )
    .fetch_one(&app.pool)
    .await
    .expect("count");
    assert!(shown > 50);
}

// 5. A co-author invitation worked for whoever held the link; authors could neither remove
//    co-authors nor take an invitation back.
#[tokio::test]
async fn a_coauthor_link_works_only_for_its_address_and_authors_can_undo() {
    let app = spawn_app().await;
    let idea: i64 = sqlx::query_scalar(
        "SELECT i.id FROM ideas i JOIN users u ON u.id = i.author_id
          WHERE u.email = 'ruta@santaka.test' AND i.hidden_at IS NULL ORDER BY i.id LIMIT 1",
    )
    .fetch_one(&app.pool)
    .await
    .expect("Rūta's idea");
    let idea_s = idea.to_string();
    let mut ruta = demo(&app, "ruta").await;
    let invite = |email: &'static str| [("id", idea_s.clone()), ("email", email.to_owned())];
    let pairs = invite("aiste@santaka.test");
    let pairs = common::pairs(&pairs);
    common::ok(&app, "invite_coauthor", &pairs, &mut ruta).await;
    let (_, mail) = app
        .last_mail("aiste@santaka.test", "coauthor_invite")
        .await
        .expect("invitation");
    let token = token_in(&mail, "/ideas/invite");
    let coauthors = |user: &'static str| {
        sqlx::query_scalar::<_, i64>(
            "SELECT count(*) FROM idea_coauthors c JOIN users u ON u.id = c.user_id
              WHERE c.idea_id = ? AND u.email = ?",
        )
        .bind(idea)
        .bind(format!("{user}@santaka.test"))
        .fetch_one(&app.pool)
    };

    // Mindaugas got hold of the link: it does nothing for him, and stays good for Aistė.
    let mut mindaugas = demo(&app, "mindaugas").await;
    common::refused(
        &app,
        "accept_invite",
        &[("token", &token)],
        &mut mindaugas,
        "invite_other_address",
    )
    .await;
    assert_eq!(coauthors("mindaugas").await.expect("count"), 0);
    let mut aiste = demo(&app, "aiste").await;
    common::ok(&app, "accept_invite", &[("token", &token)], &mut aiste).await;
    assert_eq!(coauthors("aiste").await.expect("count"), 1);

    // Only the author removes a co-author.
    let aiste_id = common::id_of(&app, "aiste").await.to_string();
    common::refused(
        &app,
        "remove_coauthor",
        &[("id", &idea_s), ("user_id", &aiste_id)],
        &mut mindaugas,
        "forbidden",
    )
    .await;
    common::ok(
        &app,
        "remove_coauthor",
        &[("id", &idea_s), ("user_id", &aiste_id)],
        &mut ruta,
    )
    .await;
    assert_eq!(coauthors("aiste").await.expect("count"), 0);

    // An invitation taken back is a dead link; the edit page lists what is still open.
    let pairs = invite("egle@santaka.test");
    let pairs = common::pairs(&pairs);
    common::ok(&app, "invite_coauthor", &pairs, &mut ruta).await;
    let (_, page) = app.page(&format!("/ideas/{idea}/edit"), &mut ruta).await;
    assert!(
        page.contains("egle@santaka.test"),
        "the open invitation is listed"
    );
    let (_, mail) = app
        .last_mail("egle@santaka.test", "coauthor_invite")
        .await
        .expect("invitation");
    let token = token_in(&mail, "/ideas/invite");
    let invite_id: i64 =
        sqlx::query_scalar("SELECT id FROM idea_invites WHERE email = 'egle@santaka.test'")
            .fetch_one(&app.pool)
            .await
            .expect("invite");
    common::ok(
        &app,
        "revoke_invite",
        &[("id", &idea_s), ("invite_id", &invite_id.to_string())],
        &mut ruta,
    )
    .await;
    let mut egle = demo(&app, "egle").await;
    common::refused(
        &app,
        "accept_invite",
        &[("token", &token)],
        &mut egle,
        "token_invalid",
    )
    .await;
    assert_eq!(coauthors("egle").await.expect("count"), 0);
}

// 6. A line break in a team's name or a role's title reached plain-text email, so a lead
//    could write lines of their own into official mail: names and titles are one line.
#[tokio::test]
async fn names_and_titles_with_line_breaks_are_refused() {
    let app = spawn_app().await;
    let mut ruta = demo(&app, "ruta").await;
    let idea: i64 =
        sqlx::query_scalar("SELECT id FROM ideas WHERE title LIKE 'Gatvės menas Šilainių garažų%'")
            .fetch_one(&app.pool)
            .await
            .expect("demo idea");
    let idea = idea.to_string();
    let teams_before: i64 = sqlx::query_scalar("SELECT count(*) FROM teams")
        .fetch_one(&app.pool)
        .await
        .expect("count");
    for name in [
        "Garažų komanda\nSveiki, jūsų paskyra užblokuota: prisijunkite čia",
        "Garažų komanda\r\nBcc: visi@kaunas.test",
    ] {
        let (status, body) = app
            .call(
                "create_team",
                &[("idea_id", &idea), ("name", name)],
                &mut ruta,
            )
            .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
        assert!(body.contains("line_break"), "{body}");
    }
    let teams_after: i64 = sqlx::query_scalar("SELECT count(*) FROM teams")
        .fetch_one(&app.pool)
        .await
        .expect("count");
    assert_eq!(teams_before, teams_after, "nothing written");
    let next = common::ok(
        &app,
        "create_team",
        &[("idea_id", &idea), ("name", "Garažų galerijos komanda")],
        &mut ruta,
    )
    .await;
    let team: String = next
        .trim_start_matches("/teams/")
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    let (status, body) = app
        .call(
            "add_open_role",
            &[
                ("team_id", &team),
                ("title", "Dažytojas\nSubject: skubu"),
                ("skills", "dažymas"),
                ("sector", "culture"),
                ("hours", "4"),
                ("description", ""),
            ],
            &mut ruta,
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert!(body.contains("line_break"), "{body}");
}

// 7a. Live streams were unbounded per person and overall.
#[tokio::test]
async fn one_person_holds_a_bounded_number_of_live_streams() {
    let app = spawn_app().await;
    let ruta = demo(&app, "ruta").await;
    let team: i64 = sqlx::query_scalar(
        "SELECT m.team_id FROM team_members m JOIN users u ON u.id = m.user_id
          WHERE u.email = 'ruta@santaka.test' ORDER BY m.team_id LIMIT 1",
    )
    .fetch_one(&app.pool)
    .await
    .expect("a team of Rūta's");
    let app = &app;
    let open = |jar: &Jar| {
        let request = Request::get(format!("/live/teams/{team}"))
            .body(Body::empty())
            .expect("request");
        let mut jar = jar.clone();
        async move { app.send(request, &mut jar).await }
    };
    let mut streams = Vec::new();
    for _ in 0..app::server::live::STREAMS_PER_PERSON {
        let response = open(&ruta).await;
        assert_eq!(response.status(), StatusCode::OK);
        streams.push(response);
    }
    let refused = open(&ruta).await;
    assert_eq!(refused.status(), StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(header_of(&refused, header::RETRY_AFTER), "30");
    // A closed tab gives its place back.
    drop(streams.pop());
    assert_eq!(open(&ruta).await.status(), StatusCode::OK);
}

/// The fields of `update_idea`, with `description` as given.
fn idea_edit<'a>(id: &'a str, version: &'a str, description: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("id", id),
        ("version", version),
        ("title", "Kiemų kinas Šilainiuose"),
        (
            "summary",
            "Vasaros vakarais rodome filmus daugiabučių kiemuose.",
        ),
        ("sectors[]", "youth"),
        ("description", description),
        ("tags", "Kiemai, kinas"),
        ("district", "silainiai"),
        ("need_skills", "Garso technika"),
    ]
}

// 8a. An idea's history kept text its authors removed, for ever (a phone number a child typed
//     and deleted): authors and the steering group redact a version.
#[tokio::test]
async fn an_author_redacts_a_version_that_held_a_phone_number() {
    let app = spawn_app().await;
    let mut ruta = demo(&app, "ruta").await;
    let (idea, version): (i64, i64) = sqlx::query_as(
        "SELECT i.id, i.version FROM ideas i JOIN users u ON u.id = i.author_id
          WHERE u.email = 'ruta@santaka.test' AND i.hidden_at IS NULL ORDER BY i.id LIMIT 1",
    )
    .fetch_one(&app.pool)
    .await
    .expect("Rūta's idea");
    let id = idea.to_string();
    let phone = "+370 612 34567";
    let with_phone = format!("Skambinkite man: {phone}. Renkamės kiemuose.");
    let v = version.to_string();
    common::ok(
        &app,
        "update_idea",
        &idea_edit(&id, &v, &with_phone),
        &mut ruta,
    )
    .await;
    let v = (version + 1).to_string();
    common::ok(
        &app,
        "update_idea",
        &idea_edit(&id, &v, "Renkamės kiemuose."),
        &mut ruta,
    )
    .await;
    let history = format!(
        "/ideas/{idea}/history?from={}&to={}",
        version + 1,
        version + 2
    );
    let (_, page) = app.page(&history, &mut Jar::default()).await;
    assert!(page.contains(phone), "the history shows the removed number");

    // Not for others, nor the current version.
    let mut mindaugas = demo(&app, "mindaugas").await;
    common::refused(
        &app,
        "redact_version",
        &[("id", &id), ("version", &v)],
        &mut mindaugas,
        "forbidden",
    )
    .await;
    let latest = (version + 2).to_string();
    common::refused(
        &app,
        "redact_version",
        &[("id", &id), ("version", &latest)],
        &mut ruta,
        "redact_latest",
    )
    .await;

    common::ok(
        &app,
        "redact_version",
        &[("id", &id), ("version", &v)],
        &mut ruta,
    )
    .await;
    let (_, page) = app.page(&history, &mut Jar::default()).await;
    assert!(!page.contains(phone), "the number is gone from the history");
    assert!(page.contains("version-redacted"));
    let kept: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM idea_versions WHERE idea_id = ? AND description LIKE '%612%'",
    )
    .bind(idea)
    .fetch_one(&app.pool)
    .await
    .expect("count");
    assert_eq!(kept, 0, "and from the database");
}

// 8b. "My data" left out notifications, preferences, follows, co-authorships, join requests,
//     reports, proposals, tasks and versions; deleting left co-author rows and invitations.
#[tokio::test]
async fn my_data_holds_everything_and_deleting_leaves_nothing_personal() {
    let app = spawn_app().await;
    let mut ruta = demo(&app, "ruta").await;
    let (status, body) = app.call_get("export_my_data", "", &mut ruta).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let data: serde_json::Value = serde_json::from_str(&body).expect("json");
    let account = &data["account"];
    for section in [
        "notifications",
        "notification_preferences",
        "follows",
        "coauthorships",
        "coauthor_invitations_sent",
        "team_join_requests",
        "reports_made",
        "festival_proposals",
        "team_tasks",
        "idea_versions_written",
        "known_browsers",
    ] {
        assert!(account[section].is_array(), "{section} missing");
    }
    assert!(
        !account["idea_versions_written"]
            .as_array()
            .expect("versions")
            .is_empty(),
        "Rūta wrote versions"
    );
    assert!(!account["known_browsers"]
        .as_array()
        .expect("browsers")
        .is_empty());

    // Aistė co-authors an idea and was invited to another; then she deletes her account.
    let aiste = common::id_of(&app, "aiste").await;
    let idea: i64 = sqlx::query_scalar("SELECT id FROM ideas ORDER BY id LIMIT 1")
        .fetch_one(&app.pool)
        .await
        .expect("idea");
    sqlx::query("INSERT OR IGNORE INTO idea_coauthors (idea_id, user_id) VALUES (?, ?)")
        .bind(idea)
        .bind(aiste)
        .execute(&app.pool)
        .await
        .expect("coauthor");
    let mut ruta_jar = ruta.clone();
    let pairs = [
        ("id", idea.to_string()),
        ("email", "aiste@santaka.test".to_owned()),
    ];
    let pairs = common::pairs(&pairs);
    app.call("invite_coauthor", &pairs, &mut ruta_jar).await;
    let mut jar = demo(&app, "aiste").await;
    let (status, body) = app
        .call(
            "delete_account",
            &[("password", "aiste-demo-2026")],
            &mut jar,
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    for (table, sql) in [
        (
            "idea_coauthors",
            "SELECT count(*) FROM idea_coauthors WHERE user_id = ?1",
        ),
        (
            "known_devices",
            "SELECT count(*) FROM known_devices WHERE user_id = ?1",
        ),
        (
            "idea_drafts",
            "SELECT count(*) FROM idea_drafts WHERE user_id = ?1",
        ),
        (
            "idea_invites",
            "SELECT count(*) FROM idea_invites WHERE email = 'aiste@santaka.test' AND ?1 > 0",
        ),
    ] {
        let left: i64 = sqlx::query_scalar(sql)
            .bind(aiste)
            .fetch_one(&app.pool)
            .await
            .expect(table);
        assert_eq!(left, 0, "{table} keeps something of the deleted account");
    }
}

// Backups: a consistent copy while the server runs, and a restore that brings it back.
#[tokio::test]
async fn a_backup_taken_while_serving_restores_with_its_data() {
    let app = spawn_app().await;
    let mut ruta = demo(&app, "ruta").await;
    let idea: i64 = sqlx::query_scalar("SELECT id FROM ideas WHERE hidden_at IS NULL LIMIT 1")
        .fetch_one(&app.pool)
        .await
        .expect("idea");
    let idea = idea.to_string();
    let comment = |body: &'static str| [("idea_id", idea.clone()), ("body", body.to_owned())];
    let before = comment("Prieš atsarginę kopiją: susitinkame šeštadienį.");
    let before = common::pairs(&before);
    common::ok(&app, "post_comment", &before, &mut ruta).await;

    let dir = tempfile::tempdir().expect("dir");
    let copy = dir.path().join("kopija/santaka-backup.db");
    let bytes = server::backup::backup(&app.pool, &copy)
        .await
        .expect("backup");
    assert!(bytes > 100_000, "{bytes} bytes");
    assert!(
        server::backup::backup(&app.pool, &copy).await.is_err(),
        "never overwrites"
    );
    let after = comment("Po kopijos: šio kopijoje nebus.");
    let after = common::pairs(&after);
    common::ok(&app, "post_comment", &after, &mut ruta).await;

    // Restored over a database file (as the server's own would be), the old one kept aside.
    let database = dir.path().join("data/santaka.db");
    std::fs::create_dir_all(database.parent().expect("dir")).expect("mkdir");
    std::fs::write(&database, b"not a database").expect("write");
    let kept = server::backup::restore(&copy, &database)
        .await
        .expect("restore");
    assert_eq!(std::fs::read(&kept).expect("kept"), b"not a database");
    let restored = sqlx::sqlite::SqlitePoolOptions::new()
        .connect_with(sqlx::sqlite::SqliteConnectOptions::new().filename(&database))
        .await
        .expect("open");
    let bodies: Vec<String> = sqlx::query_scalar(
        "SELECT body FROM comments WHERE body LIKE 'Prieš atsarginę%' OR body LIKE 'Po kopijos%'",
    )
    .fetch_all(&restored)
    .await
    .expect("comments");
    assert_eq!(
        bodies,
        vec!["Prieš atsarginę kopiją: susitinkame šeštadienį.".to_owned()]
    );
    let check: String = sqlx::query_scalar("PRAGMA integrity_check")
        .fetch_one(&restored)
        .await
        .expect("check");
    assert_eq!(check, "ok");
    // `server check` finds it healthy, and finds a counter that no longer matches its rows.
    let health = server::backup::health(&database).await.expect("health");
    assert!(health.ok(), "{health:?}");
    sqlx::query("UPDATE ideas SET support_count = support_count + 1 WHERE id = ?")
        .bind(&idea)
        .execute(&restored)
        .await
        .expect("drift");
    restored.close().await;
    let health = server::backup::health(&database).await.expect("health");
    assert_eq!((health.integrity.as_str(), health.support_drift), ("ok", 1));
    assert!(!health.ok());
    // A damaged copy is refused before anything is touched.
    let bad = dir.path().join("bad.db");
    std::fs::write(&bad, b"garbage").expect("write");
    assert!(server::backup::restore(&bad, &database).await.is_err());
}

/// Posts `body` with `content_type` to `path` as a browser's script would.
async fn post_raw(
    app: &TestApp,
    path: &str,
    content_type: &str,
    body: Vec<u8>,
    jar: &mut Jar,
) -> StatusCode {
    let request = Request::post(path)
        .header(header::CONTENT_TYPE, content_type)
        .header(header::ACCEPT, "application/json")
        .header("sec-fetch-site", "same-origin")
        .header(header::CONTENT_LENGTH, body.len())
        .body(Body::from(body))
        .expect("request");
    let response = app.send(request, jar).await;
    let status = response.status();
    let _ = text(response).await;
    status
}

// Bad input on every server function: an oversized body gets 413; malformed and mistyped ones
// a 4xx (or, for a function without arguments, are ignored), never a 5xx or a panic, signed
// in or not. (Before, Leptos answered every unreadable body 500.)
#[tokio::test]
async fn oversized_and_malformed_bodies_never_get_a_5xx_on_any_server_function() {
    let app = spawn_app().await;
    let huge = vec![b'a'; 70 * 1024];
    let mut bad = Vec::new();
    let cases: Vec<(&str, Vec<u8>)> = vec![
        (
            "application/x-www-form-urlencoded",
            b"%%%&&==&id=%FF%FE&=x".to_vec(),
        ),
        (
            "application/x-www-form-urlencoded",
            b"id=1&id=2&id[]=3&page=-99999999999999999999".to_vec(),
        ),
        (
            "application/x-www-form-urlencoded",
            vec![0xff, 0xfe, 0x00, 0x01],
        ),
        (
            "application/json",
            b"{\"id\": [[[[[[[[[[]]]]]]]]]]".to_vec(),
        ),
        ("text/plain", b"<script>alert(1)</script>".to_vec()),
    ];
    let mut checked = 0;
    for who in [None, Some("steering")] {
        let mut jar = match who {
            Some(_) => demo(&app, "egle").await,
            None => Jar::default(),
        };
        for (name, _) in app::server::policy::REGISTRY {
            // Signing out would end the session the rest of the loop uses.
            if *name == "logout" {
                continue;
            }
            let path = format!("/api/{name}");
            let status = post_raw(
                &app,
                &path,
                "application/x-www-form-urlencoded",
                huge.clone(),
                &mut jar,
            )
            .await;
            if status != StatusCode::PAYLOAD_TOO_LARGE {
                bad.push(format!("{name}: 70 KB body answered {status}"));
            }
            for (content_type, body) in &cases {
                let status = post_raw(&app, &path, content_type, body.clone(), &mut jar).await;
                checked += 1;
                if status.is_server_error() {
                    bad.push(format!("{name}: {content_type} {body:?} answered {status}"));
                }
            }
        }
    }
    assert!(
        bad.is_empty(),
        "{} of {checked}:\n{}",
        bad.len(),
        bad.join("\n")
    );
}

// 7, the rest. An idea's page read every comment and a workspace every task, however many.
// Now a page of the discussion holds 50 comments (each with at most 200 replies) and links to
// the earlier ones; a team has at most 300 open tasks and its workspace shows the 30 most
// recently done.
#[tokio::test]
async fn a_long_discussion_comes_in_pages_and_a_workspace_in_bounds() {
    let app = spawn_app().await;
    let idea: i64 = sqlx::query_scalar(
        "SELECT i.id FROM ideas i JOIN users u ON u.id = i.author_id
          WHERE u.email = 'ruta@santaka.test' AND i.hidden_at IS NULL ORDER BY i.id LIMIT 1",
    )
    .fetch_one(&app.pool)
    .await
    .expect("Rūta's idea");
    let ruta_id = common::id_of(&app, "ruta").await;
    // 130 comments after those of the demo, every tenth one mentor feedback.
    sqlx::query(
        "INSERT INTO comments (idea_id, author_id, body, feedback_kind, created_at)
         SELECT ?1, ?2, 'Komentaras nr. ' || i, CASE WHEN i % 10 = 0 THEN 'question' END,
                datetime('2027-01-01', '+' || i || ' minutes')
           FROM (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 130)
                 SELECT i FROM n)",
    )
    .bind(idea)
    .bind(ruta_id)
    .execute(&app.pool)
    .await
    .expect("comments");
    let newest: i64 = sqlx::query_scalar(
        "SELECT id FROM comments WHERE idea_id = ? ORDER BY created_at DESC, id DESC LIMIT 1",
    )
    .bind(idea)
    .fetch_one(&app.pool)
    .await
    .expect("newest");
    // 250 replies under the newest comment.
    sqlx::query(
        "INSERT INTO comments (idea_id, parent_id, author_id, body, created_at)
         SELECT ?1, ?2, ?3, 'Atsakymas nr. ' || i, datetime('2027-02-01', '+' || i || ' minutes')
           FROM (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 250)
                 SELECT i FROM n)",
    )
    .bind(idea)
    .bind(newest)
    .bind(ruta_id)
    .execute(&app.pool)
    .await
    .expect("replies");
    let all_top: Vec<i64> = sqlx::query_scalar(
        "SELECT id FROM comments WHERE idea_id = ? AND parent_id IS NULL
          ORDER BY created_at, id",
    )
    .bind(idea)
    .fetch_all(&app.pool)
    .await
    .expect("all");
    assert!(all_top.len() > 130, "{}", all_top.len());
    let feedback_all: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM comments
          WHERE idea_id = ? AND parent_id IS NULL AND feedback_kind IS NOT NULL",
    )
    .bind(idea)
    .fetch_one(&app.pool)
    .await
    .expect("feedback");
    assert!(feedback_all >= 13);

    let read = |query: String| {
        let app = &app;
        async move {
            let (status, body) = app.call_get("get_idea", &query, &mut Jar::default()).await;
            assert_eq!(status, StatusCode::OK, "{body}");
            serde_json::from_str::<app::ideas::IdeaDetail>(&body).expect("detail")
        }
    };
    // Page by page from the newest back: 50 a page, oldest first within it, nothing twice,
    // nothing missed.
    let mut seen: Vec<i64> = Vec::new();
    let mut query = format!("id={idea}");
    let mut pages = 0;
    loop {
        let page = read(query.clone()).await;
        pages += 1;
        assert!(page.comments.len() <= app::ideas::THREADS_PER_PAGE);
        if pages == 1 {
            assert_eq!(page.comments.len(), app::ideas::THREADS_PER_PAGE);
            let last = page.comments.last().expect("newest");
            assert_eq!(last.id.0, newest);
            // The newest 200 replies, oldest first, and a count of the 50 before them.
            assert_eq!(last.replies.len(), app::ideas::REPLIES_PER_THREAD);
            assert_eq!(last.earlier_replies, 50);
            assert!(last.replies[0].body_html.contains("Atsakymas nr. 51<"));
            assert!(last.replies[199].body_html.contains("Atsakymas nr. 250<"));
            assert_eq!(page.feedback_count, feedback_all);
        }
        let ids: Vec<i64> = page.comments.iter().map(|c| c.id.0).collect();
        seen.splice(0..0, ids);
        match page.comments_earlier {
            Some(before) => query = format!("id={idea}&before={before}"),
            None => break,
        }
    }
    assert_eq!(pages, all_top.len().div_ceil(app::ideas::THREADS_PER_PAGE));
    assert_eq!(seen, all_top);

    // A link to a comment opens the page that holds it: an old one ends the page it is on; the
    // newest, or a reply under it, is on the newest page.
    let oldest_new: i64 =
        sqlx::query_scalar("SELECT id FROM comments WHERE body = 'Komentaras nr. 1'")
            .fetch_one(&app.pool)
            .await
            .expect("comment 1");
    let at = read(format!("id={idea}&comment={oldest_new}")).await;
    assert_eq!(at.comments.last().map(|c| c.id.0), Some(oldest_new));
    assert_eq!(at.comments_page.at.map(|c| c.0), Some(oldest_new));
    let reply: i64 = sqlx::query_scalar("SELECT max(id) FROM comments WHERE parent_id = ?")
        .bind(newest)
        .fetch_one(&app.pool)
        .await
        .expect("reply");
    for latest in [newest, reply] {
        let page = read(format!("id={idea}&comment={latest}")).await;
        assert!(page.comments_page.is_latest(), "{latest}");
        assert_eq!(page.comments.last().map(|c| c.id.0), Some(newest));
    }
    let (_, html) = app
        .page(
            &format!("/ideas/{idea}?comment={oldest_new}"),
            &mut Jar::default(),
        )
        .await;
    assert!(html.contains("Komentaras nr. 1<") && html.contains("comments-latest"));
    // The notification of a new comment links that way.
    let link = app::common::ids::comment_link(idea, oldest_new);
    assert_eq!(
        link,
        format!("/ideas/{idea}?comment={oldest_new}#comment-{oldest_new}")
    );

    // Mentor feedback only: the 13 questions and the demo's, on one page.
    let feedback = read(format!("id={idea}&feedback=true")).await;
    assert_eq!(feedback.comments.len() as i64, feedback_all);
    assert!(feedback.comments.iter().all(|c| c.feedback.is_some()));
    assert!(feedback.comments_earlier.is_none());

    // The page links to the earlier comments, and an earlier page back to the latest.
    let (status, html) = app
        .page(&format!("/ideas/{idea}"), &mut Jar::default())
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains(&format!("/ideas/{idea}?before=")), "no link");
    assert!(html.contains("Komentaras nr. 130") && !html.contains("Komentaras nr. 80<"));
    let earlier = read(format!("id={idea}"))
        .await
        .comments_earlier
        .expect("cursor");
    let (_, html) = app
        .page(
            &format!("/ideas/{idea}?before={earlier}"),
            &mut Jar::default(),
        )
        .await;
    assert!(html.contains("Komentaras nr. 80<"), "earlier page");
    assert!(html.contains("comments-latest"), "link back");

    // A workspace: open tasks are capped, done ones shown 30 at most and the rest counted.
    let (team, lead): (i64, String) = sqlx::query_as(
        "SELECT m.team_id, u.email FROM team_members m JOIN users u ON u.id = m.user_id
          WHERE m.role = 'lead' ORDER BY m.team_id LIMIT 1",
    )
    .fetch_one(&app.pool)
    .await
    .expect("a team");
    let who = lead.trim_end_matches("@santaka.test").to_owned();
    let mut jar = demo(&app, &who).await;
    let team_s = team.to_string();
    let fill = |done: bool, count: i64| {
        sqlx::query(
            "INSERT INTO team_tasks (team_id, title, done_at)
             SELECT ?1, 'Užduotis nr. ' || i, CASE WHEN ?2 THEN datetime('now', '-' || i || ' hours') END
               FROM (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?3)
                     SELECT i FROM n)",
        )
        .bind(team)
        .bind(done)
        .bind(count)
        .execute(&app.pool)
    };
    fill(true, 80).await.expect("done tasks");
    let open: i64 =
        sqlx::query_scalar("SELECT count(*) FROM team_tasks WHERE team_id = ? AND done_at IS NULL")
            .bind(team)
            .fetch_one(&app.pool)
            .await
            .expect("open");
    fill(false, app::teams::TASKS_OPEN_MAX as i64 - open)
        .await
        .expect("open tasks");
    common::refused(
        &app,
        "add_team_task",
        &[("team_id", &team_s), ("title", "Dar viena užduotis")],
        &mut jar,
        "tasks_too_many",
    )
    .await;
    let done_task: i64 = sqlx::query_scalar(
        "SELECT id FROM team_tasks WHERE team_id = ? AND done_at IS NOT NULL LIMIT 1",
    )
    .bind(team)
    .fetch_one(&app.pool)
    .await
    .expect("a done task");
    let (_, body) = app
        .call(
            "set_task_done",
            &[("task_id", &done_task.to_string()), ("done", "false")],
            &mut jar,
        )
        .await;
    assert!(body.contains("tasks_too_many"), "reopening: {body}");
    let (status, body) = app
        .call_get("get_workspace", &format!("team_id={team}"), &mut jar)
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let workspace: app::teams::Workspace = serde_json::from_str(&body).expect("workspace");
    let done_total: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM team_tasks WHERE team_id = ? AND done_at IS NOT NULL",
    )
    .bind(team)
    .fetch_one(&app.pool)
    .await
    .expect("done");
    let shown_done = workspace.tasks.iter().filter(|t| t.done).count();
    // Open first (soonest due first), then the done ones.
    let open_max = app::teams::TASKS_OPEN_MAX;
    assert!(workspace.tasks[..open_max].iter().all(|t| !t.done));
    assert!(workspace.tasks[open_max..].iter().all(|t| t.done));
    assert_eq!(workspace.open_not_shown, 0);
    assert_eq!(shown_done, app::teams::TASKS_DONE_SHOWN);
    assert_eq!(
        workspace.tasks.len(),
        app::teams::TASKS_OPEN_MAX + app::teams::TASKS_DONE_SHOWN
    );
    assert_eq!(
        workspace.done_not_shown,
        done_total - app::teams::TASKS_DONE_SHOWN as i64
    );
    // A forum's or workshop's outcome may add tasks past the cap: they are counted, not lost
    // without a word.
    fill(false, 5).await.expect("outcome tasks");
    let (_, body) = app
        .call_get("get_workspace", &format!("team_id={team}"), &mut jar)
        .await;
    let past: app::teams::Workspace = serde_json::from_str(&body).expect("workspace");
    assert_eq!(past.open_not_shown, 5);
    assert_eq!(past.tasks.iter().filter(|t| !t.done).count(), open_max);
    // The done ones shown are the most recently done: 'Užduotis nr. 1' was done an hour ago.
    assert!(workspace
        .tasks
        .iter()
        .any(|t| t.done && t.title == "Užduotis nr. 1"));
    assert!(!workspace
        .tasks
        .iter()
        .any(|t| t.done && t.title == "Užduotis nr. 80"));
}

/// Field names the forms use, and a few no form has, to build random bodies from.
const FIELD_NAMES: &[&str] = &[
    "id",
    "idea_id",
    "team_id",
    "task_id",
    "comment_id",
    "user_id",
    "role_id",
    "request_id",
    "venue_id",
    "edition_id",
    "workshop_id",
    "forum_id",
    "segment_id",
    "intervention_id",
    "pledge_id",
    "version",
    "title",
    "summary",
    "description",
    "body",
    "name",
    "email",
    "password",
    "new_password",
    "token",
    "sectors",
    "sectors[]",
    "tags",
    "district",
    "lat",
    "lng",
    "done",
    "accept",
    "feedback",
    "lang",
    "next",
    "back",
    "page",
    "before",
    "kind",
    "q",
    "day",
    "start",
    "end",
    "minute",
    "seats",
    "amount",
    "note",
    "reason",
    "confirm",
    "owner",
    "due_on",
    "parent_id",
    "birth_year",
    "consent",
    "answer",
    "stage",
    "x",
    "",
];

/// Values: numbers at and past every edge, booleans spelt every way, dates, hostile text,
/// long text and bytes that are not UTF-8 once decoded.
const FIELD_VALUES: &[&str] = &[
    "",
    "0",
    "1",
    "-1",
    "2",
    "9223372036854775807",
    "9223372036854775808",
    "-9223372036854775809",
    "1e309",
    "NaN",
    "0x10",
    "3.5",
    "true",
    "false",
    "on",
    "yes",
    "2027-05-22",
    "2027-02-30",
    "24:00",
    "99:99",
    "lt",
    "en",
    "xx",
    "/me",
    "//evil.example",
    "javascript:alert(1)",
    "<script>alert(1)</script>",
    "Kauno jaunimo idėja",
    "ą\u{0}b",
    "line\r\nbreak",
    "%FF%FE",
    "%",
    "%%",
    "&",
    "=",
    "[]",
    "{}",
    "null",
    "\u{202e}",
    "ruta@santaka.test",
    "x@y",
    "demo-2026",
];

/// A random body for a server function: 0 to 9 fields, names and values from the lists above
/// or arbitrary, encoded properly or raw.
fn random_body() -> impl proptest::strategy::Strategy<Value = Vec<u8>> {
    use proptest::prelude::*;
    let name = prop_oneof![
        4 => proptest::sample::select(FIELD_NAMES).prop_map(str::to_owned),
        1 => any::<String>(),
    ];
    let value = prop_oneof![
        4 => proptest::sample::select(FIELD_VALUES).prop_map(str::to_owned),
        1 => any::<String>(),
        1 => (1usize..6000).prop_map(|n| "ž".repeat(n)),
    ];
    let pairs = proptest::collection::vec((name, value), 0..10);
    prop_oneof![
        4 => pairs.clone().prop_map(|pairs| {
            let pairs: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
            form(&pairs).into_bytes()
        }),
        1 => pairs.prop_map(|pairs| {
            pairs.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("&").into_bytes()
        }),
        1 => proptest::collection::vec(any::<u8>(), 0..300),
    ]
}

// Random bodies on every server function (proptest, deterministic): 24 per function, signed
// out and as the steering group. None gets a 5xx, and nothing panics.
#[tokio::test]
async fn random_bodies_on_every_server_function_never_get_a_5xx() {
    use proptest::strategy::{Strategy, ValueTree};
    let app = spawn_app().await;
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let strategy = random_body();
    let mut bad = Vec::new();
    let mut checked = 0;
    for who in [None, Some("egle")] {
        let mut jar = match who {
            Some(who) => demo(&app, who).await,
            None => Jar::default(),
        };
        for (name, _) in app::server::policy::REGISTRY {
            if *name == "logout" {
                continue;
            }
            for _ in 0..24 {
                let body = strategy.new_tree(&mut runner).expect("body").current();
                let status = post_raw(
                    &app,
                    &format!("/api/{name}"),
                    "application/x-www-form-urlencoded",
                    body.clone(),
                    &mut jar,
                )
                .await;
                checked += 1;
                if status.is_server_error() {
                    bad.push(format!(
                        "{name}: {status} for {:?}",
                        String::from_utf8_lossy(&body)
                    ));
                }
            }
        }
    }
    assert!(checked > 3000, "{checked}");
    // The steering account the signed-in half used is still there (no random body deleted it).
    demo(&app, "egle").await;
    assert!(
        bad.is_empty(),
        "{} of {checked}:\n{}",
        bad.len(),
        bad.join("\n")
    );
}

// Every route that is not a server function, with bodies and methods it does not expect:
// pages, live streams, calendars, downloads, the import, the language switch, static files.
// Oversized bodies get a 4xx (the import, a redirect with its flash), the rest an answer
// below 500.
#[tokio::test]
async fn other_routes_answer_bad_bodies_and_methods_with_a_4xx() {
    let app = spawn_app().await;
    let idea = sqlx::query_scalar::<_, i64>("SELECT min(id) FROM ideas")
        .fetch_one(&app.pool)
        .await
        .expect("idea");
    let team = sqlx::query_scalar::<_, i64>("SELECT min(id) FROM teams")
        .fetch_one(&app.pool)
        .await
        .expect("team");
    let routes = [
        "/".to_owned(),
        "/ideas".to_owned(),
        format!("/ideas/{idea}"),
        format!("/ideas/{idea}/history"),
        "/me".to_owned(),
        "/festival".to_owned(),
        "/festival/program.ics".to_owned(),
        "/festival/agenda.ics?ids=1,2,x".to_owned(),
        "/festival/program.geojson".to_owned(),
        format!("/live/teams/{team}"),
        "/live/forums/1".to_owned(),
        "/forums/1/forum.ics".to_owned(),
        "/workshops/1/workshop.ics".to_owned(),
        "/open-data/ideas.csv".to_owned(),
        "/steering/import".to_owned(),
        "/steering/funnel.csv?period=%FF".to_owned(),
        "/lang/en?next=%2F%2Fevil.example".to_owned(),
        "/lang/xx".to_owned(),
        "/healthz".to_owned(),
        "/pkg/nothing.wasm".to_owned(),
        "/no/such/page".to_owned(),
    ];
    let bodies: Vec<(&str, Vec<u8>)> = vec![
        ("application/x-www-form-urlencoded", b"%%%&&==&id=%FF".to_vec()),
        ("multipart/form-data; boundary=x", b"--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nname\r\n\"open".to_vec()),
        ("multipart/form-data", b"no boundary at all".to_vec()),
        ("application/json", b"{\"a\": [[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]}".to_vec()),
        ("text/plain", vec![0xff, 0xfe, 0x00, 0x00]),
    ];
    let huge = vec![b'a'; 12 * 1024 * 1024];
    let mut bad = Vec::new();
    let mut checked = 0;
    for who in [None, Some("egle")] {
        let mut jar = match who {
            Some(who) => demo(&app, who).await,
            None => Jar::default(),
        };
        for route in &routes {
            for method in ["POST", "PUT", "PATCH", "DELETE"] {
                for (content_type, body) in &bodies {
                    let request = Request::builder()
                        .method(method)
                        .uri(route.as_str())
                        .header(header::CONTENT_TYPE, *content_type)
                        .header("sec-fetch-site", "same-origin")
                        .header(header::CONTENT_LENGTH, body.len())
                        .body(Body::from(body.clone()))
                        .expect("request");
                    let response = app.send(request, &mut jar).await;
                    checked += 1;
                    if response.status().is_server_error() {
                        bad.push(format!(
                            "{method} {route} {content_type}: {}",
                            response.status()
                        ));
                    }
                }
            }
            // A GET with a body it ignores, and an oversized POST.
            let request = Request::get(route.as_str())
                .header(header::CONTENT_LENGTH, 5)
                .body(Body::from("x=1&y"))
                .expect("request");
            let status = app.send(request, &mut jar).await.status();
            checked += 1;
            if status.is_server_error() {
                bad.push(format!("GET {route} with a body: {status}"));
            }
            if route.starts_with("/live/") {
                // A stream answers 200 and stays open; its body is not read here.
                continue;
            }
            let request = Request::post(route.as_str())
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .header("sec-fetch-site", "same-origin")
                .header(header::CONTENT_LENGTH, huge.len())
                .body(Body::from(huge.clone()))
                .expect("request");
            let status = app.send(request, &mut jar).await.status();
            checked += 1;
            // The import is a plain form: it answers with a redirect back to its page, where the
            // flash says the file is too large (or, signed out, to sign in).
            let redirect = route == "/steering/import" && status == StatusCode::SEE_OTHER;
            if !status.is_client_error() && !redirect {
                bad.push(format!("POST {route} 12 MB: {status}"));
            }
        }
    }
    assert!(
        bad.is_empty(),
        "{} of {checked}:\n{}",
        bad.len(),
        bad.join("\n")
    );
}
