//! My Santaka over HTTP: signing in leads there; each person sees their own lists, in the order
//! their role calls for; a child waiting for consent sees where things stand and no way to
//! publish; a request to join is withdrawn from there, by its sender only.
mod common;

use axum::http::{header, StatusCode};
use common::{header_of, kind_of, ok, spawn_app, Jar, TestApp};
use serde_json::Value;

async fn start(app: &TestApp, jar: &mut Jar) -> Value {
    let (status, body) = app.call_get("my_start", "", jar).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    serde_json::from_str(&body).expect("the start page's data")
}

fn lists(start: &Value) -> Vec<String> {
    start["sections"]
        .as_array()
        .expect("sections")
        .iter()
        .map(|s| s["list"].as_str().expect("a list code").to_owned())
        .collect()
}

fn titles(start: &Value, list: &str) -> Vec<String> {
    start["sections"]
        .as_array()
        .expect("sections")
        .iter()
        .filter(|s| s["list"] == list)
        .flat_map(|s| s["items"].as_array().expect("items").clone())
        .map(|item| item["title"].as_str().unwrap_or_default().to_owned())
        .collect()
}

#[tokio::test]
async fn signing_in_leads_to_my_santaka_and_each_person_sees_only_their_own_lists() {
    let app = spawn_app().await;
    let mut ruta = app.login("ruta@santaka.test", "ruta-demo-2026").await;
    let next: String = {
        let (status, body) = app
            .call(
                "login",
                &[
                    ("email", "ruta@santaka.test"),
                    ("password", "ruta-demo-2026"),
                ],
                &mut Jar::default(),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{body}");
        serde_json::from_str(&body).expect("a path")
    };
    assert_eq!(
        next, "/me",
        "signing in without a next page leads to My Santaka"
    );

    let mine: Vec<String> = sqlx::query_scalar(
        "SELECT title FROM ideas WHERE author_id = (SELECT id FROM users WHERE email = 'ruta@santaka.test')",
    )
    .fetch_all(&app.pool)
    .await
    .expect("Rūta's ideas");
    assert!(!mine.is_empty(), "the demo gives Rūta ideas");
    let ruta_start = start(&app, &mut ruta).await;
    assert!(
        ruta_start["name"]
            .as_str()
            .is_some_and(|name| name.starts_with("Rūta")),
        "{}",
        ruta_start["name"]
    );
    let ruta_ideas = titles(&ruta_start, "my_ideas");
    for title in mine.iter().take(6) {
        assert!(
            ruta_ideas.contains(title),
            "{title} is on Rūta's page: {ruta_ideas:?}"
        );
    }

    let mut aiste = app.login("aiste@santaka.test", "aiste-demo-2026").await;
    let aiste_start = start(&app, &mut aiste).await;
    assert_ne!(aiste_start["name"], ruta_start["name"]);
    for title in titles(&aiste_start, "my_ideas") {
        assert!(
            !mine.contains(&title),
            "Rūta's idea {title} is not on Aistė's page"
        );
    }
    assert_eq!(
        lists(&aiste_start)
            .iter()
            .take(2)
            .map(String::as_str)
            .collect::<Vec<_>>(),
        vec!["sign_offs", "needed"],
        "a mentor's page starts with the requests for her sign-off, then where she is needed"
    );
    assert!(
        titles(&aiste_start, "sign_offs")
            .contains(&"Ukrainian–Lithuanian teen language café".to_owned()),
        "the demo team's request waits for her"
    );

    let mut egle = app.login("egle@santaka.test", "egle-demo-2026").await;
    assert_eq!(
        lists(&start(&app, &mut egle).await)
            .first()
            .map(String::as_str),
        Some("steering"),
        "the steering group's page starts with what waits on it"
    );

    // Nobody else's page can be asked for: there is no argument, and an anonymous caller is
    // told to sign in.
    let (_, body) = app.call_get("my_start", "", &mut Jar::default()).await;
    assert_eq!(kind_of(&body).as_deref(), Some("unauthenticated"));
}

#[tokio::test]
async fn a_child_waiting_for_consent_sees_where_things_stand_and_no_way_to_publish() {
    let app = spawn_app().await;
    let mut child = app.login("jonukas@santaka.test", "jonukas-demo-2026").await;
    let data = start(&app, &mut child).await;
    assert_eq!(lists(&data).first().map(String::as_str), Some("account"));
    let notes: Vec<&str> = data["sections"][0]["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter_map(|item| item["note"].as_str())
        .collect();
    assert!(notes.contains(&"guardian_pending"), "{notes:?}");
    let (status, page) = app.page("/me", &mut child).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        page.contains("data-testid=\"start-resend\""),
        "the consent link can be sent again"
    );
    assert!(
        !page.contains("href=\"/ideas/new\""),
        "no way to publish on a child's page"
    );
}

#[tokio::test]
async fn a_request_to_join_is_withdrawn_from_my_santaka_by_its_sender_only() {
    let app = spawn_app().await;
    let mut ruta = app.login("ruta@santaka.test", "ruta-demo-2026").await;
    let team: i64 = sqlx::query_scalar(
        "SELECT id FROM teams WHERE id NOT IN (SELECT team_id FROM team_members WHERE user_id =
            (SELECT id FROM users WHERE email = 'ruta@santaka.test'))
          AND id NOT IN (SELECT team_id FROM team_requests WHERE user_id =
            (SELECT id FROM users WHERE email = 'ruta@santaka.test'))
          ORDER BY id LIMIT 1",
    )
    .fetch_one(&app.pool)
    .await
    .expect("a team Rūta is not in");
    ok(
        &app,
        "request_join",
        &[("team_id", &team.to_string())],
        &mut ruta,
    )
    .await;
    let data = start(&app, &mut ruta).await;
    let request = data["sections"]
        .as_array()
        .expect("sections")
        .iter()
        .filter(|s| s["list"] == "my_requests")
        .flat_map(|s| s["items"].as_array().expect("items").clone())
        .find(|item| item["href"] == format!("/teams/{team}"))
        .expect("the request is on Rūta's page");
    assert_eq!(request["note"], "asked_to_join");
    let id = request["withdraw"]
        .as_i64()
        .expect("it can be withdrawn")
        .to_string();

    let mut aiste = app.login("aiste@santaka.test", "aiste-demo-2026").await;
    let (_, body) = app
        .call("withdraw_request", &[("request_id", &id)], &mut aiste)
        .await;
    assert_eq!(
        kind_of(&body).as_deref(),
        Some("not_found"),
        "not Aistė's to withdraw"
    );

    let response = app
        .submit("withdraw_request", "/me", &[("request_id", &id)], &mut ruta)
        .await;
    assert!(response.status().is_redirection(), "{}", response.status());
    assert_eq!(header_of(&response, header::LOCATION), "/me?withdrawn=1");
    let status: String = sqlx::query_scalar("SELECT status FROM team_requests WHERE id = ?")
        .bind(id.parse::<i64>().expect("an id"))
        .fetch_one(&app.pool)
        .await
        .expect("the request");
    assert_eq!(status, "withdrawn");
    let (_, body) = app
        .call("withdraw_request", &[("request_id", &id)], &mut ruta)
        .await;
    assert_eq!(
        kind_of(&body).as_deref(),
        Some("conflict"),
        "withdrawn once"
    );
}

#[tokio::test]
async fn a_teams_question_waits_on_its_mentors_page_until_she_answers() {
    let app = spawn_app().await;
    let ruta_id = common::id_of(&app, "ruta").await;
    let aiste_id = common::id_of(&app, "aiste").await;
    let (team, name): (i64, String) = sqlx::query_as(
        "SELECT t.id, t.name FROM teams t JOIN team_members m ON m.team_id = t.id
          WHERE m.user_id = ? AND m.role = 'lead' ORDER BY t.id LIMIT 1",
    )
    .bind(ruta_id)
    .fetch_one(&app.pool)
    .await
    .expect("a team Rūta leads");
    sqlx::query(
        "INSERT INTO team_members (team_id, user_id, role) VALUES (?, ?, 'mentor')
         ON CONFLICT DO UPDATE SET role = 'mentor'",
    )
    .bind(team)
    .bind(aiste_id)
    .execute(&app.pool)
    .await
    .unwrap();
    let mut aiste = app.login("aiste@santaka.test", "aiste-demo-2026").await;
    let mut ruta = app.login("ruta@santaka.test", "ruta-demo-2026").await;
    let team_s = team.to_string();
    let post = |body: &'static str| [("team_id", team_s.clone()), ("body", body.to_owned())];

    // Aistė writes first; then the team asks her something.
    let mine = post("Sveiki, būsiu jūsų mentorė.");
    let pairs = common::pairs(&mine);
    ok(&app, "post_team_message", &pairs, &mut aiste).await;
    assert!(!titles(&start(&app, &mut aiste).await, "team_questions").contains(&name));
    let asked = post("Ar leidimo seniūnijoje reikia ir piešimui ant garažų?");
    let pairs = common::pairs(&asked);
    ok(&app, "post_team_message", &pairs, &mut ruta).await;
    let page = start(&app, &mut aiste).await;
    assert!(titles(&page, "team_questions").contains(&name), "{page}");
    // Nobody else sees it: Rūta asked, she is not the mentor.
    assert!(!titles(&start(&app, &mut ruta).await, "team_questions").contains(&name));

    // Her answer takes it off her list.
    let answer = post("Reikia: parašykite seniūnijai, padėsiu su laišku.");
    let pairs = common::pairs(&answer);
    ok(&app, "post_team_message", &pairs, &mut aiste).await;
    assert!(!titles(&start(&app, &mut aiste).await, "team_questions").contains(&name));
}

#[tokio::test]
async fn a_child_keeps_a_private_draft_meanwhile_and_sharing_an_idea_clears_ones_draft() {
    let app = spawn_app().await;
    // Jonukas waits for his guardian: he may keep a draft, not publish it.
    let mut jonukas = app.login("jonukas@santaka.test", "jonukas-demo-2026").await;
    let draft = [
        ("title", "Kiemo krepšinio turnyras"),
        (
            "summary",
            "Vasaros šeštadieniais žaidžiame su kaimyninių kiemų komandomis.",
        ),
    ];
    let next = ok(&app, "save_idea_draft", &draft, &mut jonukas).await;
    assert_eq!(next, "/me?draft=saved#draft");
    let page = start(&app, &mut jonukas).await;
    assert_eq!(page["draft"][0], "Kiemo krepšinio turnyras");
    assert_eq!(page["may_publish"], false);
    let (_, body) = app
        .call(
            "share_idea",
            &[
                ("title", draft[0].1),
                ("summary", draft[1].1),
                ("sectors[]", "youth"),
            ],
            &mut jonukas,
        )
        .await;
    assert_eq!(kind_of(&body).as_deref(), Some("forbidden"), "{body}");
    let (status, html) = app.page("/me", &mut jonukas).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("/api/save_idea_draft"), "the draft form");
    assert!(!html.contains("/api/share_idea"), "no publish form");
    // Nobody else sees it.
    let mut ruta = app.login("ruta@santaka.test", "ruta-demo-2026").await;
    assert_eq!(start(&app, &mut ruta).await["draft"], Value::Null);

    // Someone who may publish shares it in one step, and the draft is gone.
    ok(&app, "save_idea_draft", &draft, &mut ruta).await;
    let (_, html) = app.page("/me", &mut ruta).await;
    assert!(
        html.contains("/ideas/new?title=Kiemo"),
        "a link that opens the share form filled in"
    );
    ok(
        &app,
        "share_idea",
        &[
            ("title", draft[0].1),
            ("summary", draft[1].1),
            ("sectors[]", "youth"),
        ],
        &mut ruta,
    )
    .await;
    assert_eq!(start(&app, &mut ruta).await["draft"], Value::Null);
    // Emptied, a draft is removed; too long, it is refused with the field named.
    ok(&app, "save_idea_draft", &draft, &mut jonukas).await;
    ok(
        &app,
        "save_idea_draft",
        &[("title", ""), ("summary", "")],
        &mut jonukas,
    )
    .await;
    assert_eq!(start(&app, &mut jonukas).await["draft"], Value::Null);
    let long = "ž".repeat(121);
    let (_, body) = app
        .call("save_idea_draft", &[("title", &long)], &mut jonukas)
        .await;
    assert_eq!(kind_of(&body).as_deref(), Some("invalid"), "{body}");
}

fn items<'a>(start: &'a Value, list: &str) -> Vec<&'a Value> {
    start["sections"]
        .as_array()
        .expect("sections")
        .iter()
        .filter(|s| s["list"] == list)
        .flat_map(|s| s["items"].as_array().expect("items"))
        .collect()
}

#[tokio::test]
async fn a_partner_sees_the_ideas_that_need_what_the_organisation_offers_and_nothing_else() {
    let app = spawn_app().await;
    let mut mindaugas = app
        .login("mindaugas@santaka.test", "mindaugas-demo-2026")
        .await;
    // The demo workshop offers a venue and materials, not money.
    let offered = start(&app, &mut mindaugas).await;
    let matches = items(&offered, "partner_matches");
    assert!(!matches.is_empty(), "the demo has ideas that need a venue");
    for item in &matches {
        let tags: Vec<&str> = item["tags"]
            .as_array()
            .expect("tags")
            .iter()
            .map(|t| t.as_str().expect("a tag"))
            .collect();
        assert!(!tags.is_empty(), "each match says what it needs: {item}");
        assert!(
            tags.iter()
                .all(|t| ["offer_venue", "offer_materials"].contains(t)),
            "only what the workshop offers: {tags:?}"
        );
        let id: i64 = item["href"].as_str().expect("href")["/ideas/".len()..]
            .parse()
            .expect("an idea id");
        let (venue, materials): (bool, bool) =
            sqlx::query_as("SELECT need_venue, need_materials FROM ideas WHERE id = ?")
                .bind(id)
                .fetch_one(&app.pool)
                .await
                .expect("the idea");
        assert_eq!(tags.contains(&"offer_venue"), venue, "{item}");
        assert_eq!(tags.contains(&"offer_materials"), materials, "{item}");
    }

    // Offering money only: ideas that need only a venue leave the list; ideas that need money
    // come in.
    let org = "Žaliakalnio kūrybinės dirbtuvės";
    let mindaugas_id: String =
        sqlx::query_scalar::<_, i64>("SELECT id FROM users WHERE email = 'mindaugas@santaka.test'")
            .fetch_one(&app.pool)
            .await
            .expect("Mindaugas")
            .to_string();
    let form = |offers: &[(&'static str, &'static str)]| {
        let mut form = vec![
            ("user_id", mindaugas_id.clone()),
            ("org_name", org.to_owned()),
            ("org_sector", "culture".to_owned()),
            ("org_kind", "ngo".to_owned()),
        ];
        form.extend(offers.iter().map(|(k, v)| (*k, (*v).to_owned())));
        form
    };
    let money = form(&[("offers_money", "on")]);
    let money = common::pairs(&money);
    let (status, body) = app
        .call("update_partner_profile", &money, &mut mindaugas)
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let needing_money: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM ideas WHERE need_money = 1 AND hidden_at IS NULL
            AND stage IN ('spark', 'shaping', 'team', 'workshop', 'ready')",
    )
    .fetch_one(&app.pool)
    .await
    .expect("a count");
    let now = start(&app, &mut mindaugas).await;
    let section = now["sections"]
        .as_array()
        .expect("sections")
        .iter()
        .find(|s| s["list"] == "partner_matches")
        .expect("the partner's list");
    assert_eq!(section["total"], needing_money);
    for item in items(&now, "partner_matches") {
        assert_eq!(item["tags"], serde_json::json!(["offer_money"]), "{item}");
    }

    // Offering nothing: the list asks what the organisation offers instead.
    let nothing = form(&[]);
    let nothing = common::pairs(&nothing);
    app.call("update_partner_profile", &nothing, &mut mindaugas)
        .await;
    let empty = start(&app, &mut mindaugas).await;
    let asks = items(&empty, "partner_matches");
    assert_eq!(asks.len(), 1, "{asks:?}");
    assert_eq!(asks[0]["note"], "say_offers");
    assert_eq!(asks[0]["href"], "/profile#partner-title");
}
