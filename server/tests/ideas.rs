//! Ideas over HTTP and in the database: sharing and versions, who may edit, supports under
//! concurrency, search that folds Lithuanian letters, sanitising, mentor feedback, stages, and
//! what moderation hides from whom.
mod common;

use axum::http::StatusCode;
use common::{kind_of, spawn_app, token_in, Jar, TestApp};
use serde_json::Value;

async fn share(app: &TestApp, jar: &mut Jar, title: &str, summary: &str) -> i64 {
    let (status, body) = app
        .call(
            "share_idea",
            &[
                ("title", title),
                ("summary", summary),
                ("sectors[]", "youth"),
                ("sectors[]", "culture"),
            ],
            jar,
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let next: String = serde_json::from_str(&body).expect("a path");
    next.trim_start_matches("/ideas/")
        .split('?')
        .next()
        .and_then(|id| id.parse().ok())
        .unwrap_or_else(|| panic!("no idea id in {next}"))
}

async fn idea(app: &TestApp, id: i64, jar: &mut Jar) -> Value {
    let (status, body) = app.call_get("get_idea", &format!("id={id}"), jar).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    serde_json::from_str(&body).expect("idea json")
}

fn edit<'a>(
    id: &'a str,
    version: &'a str,
    title: &'a str,
    description: &'a str,
) -> Vec<(&'a str, &'a str)> {
    vec![
        ("id", id),
        ("version", version),
        ("title", title),
        (
            "summary",
            "Vasaros vakarais rodome filmus daugiabučių kiemuose.",
        ),
        ("sectors[]", "youth"),
        ("description", description),
        ("tags", "Kiemai, kinas"),
        ("district", "silainiai"),
        ("lat", "54,9312"),
        ("lng", "23.8856"),
        ("need_skills", "Garso technika"),
        ("need_venue", "on"),
    ]
}

fn ruta(app: &TestApp) -> impl std::future::Future<Output = Jar> + '_ {
    app.login("ruta@santaka.test", "ruta-demo-2026")
}

#[tokio::test]
async fn every_edit_is_a_version_and_the_history_shows_what_changed() {
    let app = spawn_app().await;
    let mut jar = ruta(&app).await;
    let id = share(
        &app,
        &mut jar,
        "Kiemų kinas Šilainiuose",
        "Filmai po atviru dangumi.",
    )
    .await;
    let sid = id.to_string();
    let (status, body) = app
        .call(
            "update_idea",
            &edit(
                &sid,
                "1",
                "Kiemų kino vakarai Šilainiuose",
                "## Kaip\n\nEkranas ir projektorius.",
            ),
            &mut jar,
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let (status, _) = app
        .call(
            "update_idea",
            &edit(
                &sid,
                "2",
                "Kiemų kino vakarai Šilainiuose",
                "## Kaip\n\nEkranas, projektorius ir kolonėlės.",
            ),
            &mut jar,
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    // An edit started from version 2 after version 3 was saved would undo it: refused.
    let (status, body) = app
        .call(
            "update_idea",
            &edit(&sid, "2", "Senas pavadinimas", ""),
            &mut jar,
        )
        .await;
    assert_eq!(status, StatusCode::CONFLICT, "{body}");

    let detail = idea(&app, id, &mut Jar::default()).await;
    assert_eq!(detail["version"], 3);
    assert_eq!(detail["tags"], serde_json::json!(["kiemai", "kinas"]));
    assert_eq!(detail["district"], "silainiai");
    assert_eq!(detail["lat"], 54.9312);
    assert!(detail["description_html"]
        .as_str()
        .unwrap()
        .contains("<h3>Kaip</h3>"));

    let (_, body) = app
        .call_get(
            "idea_history",
            &format!("id={id}&from=1&to=3"),
            &mut Jar::default(),
        )
        .await;
    let history: Value = serde_json::from_str(&body).expect("history");
    assert_eq!(history["versions"].as_array().unwrap().len(), 3);
    let fields: Vec<&str> = history["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["field"].as_str().unwrap())
        .collect();
    assert!(
        fields.contains(&"title") && fields.contains(&"description"),
        "{fields:?}"
    );
    let title = &history["changes"][0]["parts"];
    assert!(
        title.to_string().contains("[\"Added\",\"vakarai\"]")
            || title.to_string().contains("vakarai"),
        "{title}"
    );
}

#[tokio::test]
async fn only_the_authors_and_invited_co_authors_edit() {
    let app = spawn_app().await;
    let mut author = ruta(&app).await;
    let id = share(
        &app,
        &mut author,
        "Remonto kavinė Dainavoje",
        "Taisome kartu, o ne išmetame.",
    )
    .await;
    let sid = id.to_string();
    let mut mentor = app.login("aiste@santaka.test", "aiste-demo-2026").await;
    let (status, body) = app
        .call(
            "update_idea",
            &edit(&sid, "1", "Perimta idėja", ""),
            &mut mentor,
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{body}");
    let (status, _) = app
        .call(
            "invite_coauthor",
            &[("id", &sid), ("email", "x@y.lt")],
            &mut mentor,
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    // The author invites the mentor by email; the link makes them a co-author.
    let (status, body) = app
        .call(
            "invite_coauthor",
            &[("id", &sid), ("email", "Aiste@santaka.test")],
            &mut author,
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let (_, mail) = app
        .last_mail("aiste@santaka.test", "coauthor_invite")
        .await
        .expect("invitation email");
    let token = token_in(&mail, "/ideas/invite");
    let (status, body) = app
        .call_get("get_invite", &format!("token={token}"), &mut Jar::default())
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert!(body.contains("Remonto kavinė Dainavoje"));
    let (status, body) = app
        .call("accept_invite", &[("token", &token)], &mut mentor)
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    // Single use.
    let (status, _) = app
        .call("accept_invite", &[("token", &token)], &mut mentor)
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);

    let (status, body) = app
        .call(
            "update_idea",
            &edit(&sid, "1", "Remonto kavinė Dainavos bibliotekoje", ""),
            &mut mentor,
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let detail = idea(&app, id, &mut Jar::default()).await;
    assert_eq!(detail["coauthors"][0]["name"], "Aistė Vaitkienė");
    assert_eq!(detail["title"], "Remonto kavinė Dainavos bibliotekoje");
}

#[tokio::test]
async fn sixty_four_parallel_supports_by_one_person_leave_exactly_one() {
    let app = spawn_app().await;
    let mut jar = ruta(&app).await;
    let id = share(
        &app,
        &mut jar,
        "Dviračių takai į mokyklas",
        "Saugus kelias kiekvienam vaikui.",
    )
    .await;
    let user: i64 = sqlx::query_scalar("SELECT id FROM users WHERE email = 'egle@santaka.test'")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    let mut tasks = Vec::new();
    for _ in 0..64 {
        let pool = app.pool.clone();
        tasks.push(tokio::spawn(async move {
            app::ideas::ssr::support(&pool, user, app::common::ids::IdeaId(id), true).await
        }));
    }
    for task in tasks {
        task.await.expect("task").expect("support");
    }
    let (rows, counter): (i64, i64) = sqlx::query_as(
        "SELECT (SELECT COUNT(*) FROM idea_supports WHERE idea_id = ?1),
                (SELECT support_count FROM ideas WHERE id = ?1)",
    )
    .bind(id)
    .fetch_one(&app.pool)
    .await
    .unwrap();
    assert_eq!((rows, counter), (1, 1));

    // Over HTTP: supporting twice is still one; taking it back is zero.
    let sid = id.to_string();
    for _ in 0..2 {
        let (status, _) = app
            .call("support_idea", &[("id", &sid), ("on", "true")], &mut jar)
            .await;
        assert_eq!(status, StatusCode::OK);
    }
    assert_eq!(idea(&app, id, &mut jar).await["support_count"], 2);
    assert_eq!(idea(&app, id, &mut jar).await["me"]["supported"], true);
    app.call("support_idea", &[("id", &sid), ("on", "false")], &mut jar)
        .await;
    app.call("support_idea", &[("id", &sid), ("on", "false")], &mut jar)
        .await;
    assert_eq!(idea(&app, id, &mut jar).await["support_count"], 1);
}

async fn search(app: &TestApp, query: &str) -> Vec<String> {
    let (status, body) = app.call_get("list_ideas", query, &mut Jar::default()).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let list: Value = serde_json::from_str(&body).unwrap();
    list["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["title"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn search_folds_lithuanian_letters_and_filters_combine() {
    let app = spawn_app().await;
    let mut jar = ruta(&app).await;
    share(
        &app,
        &mut jar,
        "Krepšinio aikštelės prie Žalgirio arenos",
        "Atviros aikštelės Nemuno saloje.",
    )
    .await;
    share(
        &app,
        &mut jar,
        "Šančių kiemų šventė",
        "Kaimynų šventė Šančiuose.",
    )
    .await;
    let found = search(&app, "q=zalgirio").await;
    assert!(found.iter().any(|t| t.contains("Žalgirio")), "{found:?}");
    let found = search(&app, "q=%C5%A1an%C4%8Di%C5%B3").await; // "šančių"
    assert!(found.iter().any(|t| t.contains("Šančių")), "{found:?}");
    let found = search(&app, "q=sanciu%20kiem").await;
    assert!(
        found.contains(&"Šančių kiemų šventė".to_owned()),
        "{found:?}"
    );
    assert!(search(&app, "q=sanciu%20kiem%20sventes").await.len() < found.len() + 1);
    // Quotes and operators typed into the box are words, not syntax.
    let (status, _) = app
        .call_get("list_ideas", "q=%22%20OR%20*%20NEAR(", &mut Jar::default())
        .await;
    assert_eq!(status, StatusCode::OK);
    // Filters narrow the same query.
    assert!(search(&app, "q=krepsinio%20zalgirio&sector=business")
        .await
        .is_empty());
    assert_eq!(
        search(&app, "q=krepsinio%20zalgirio&sector=youth&stage=spark")
            .await
            .len(),
        1
    );
    // Similar ideas while typing a title.
    let (_, body) = app
        .call_get(
            "similar_ideas",
            "title=Kiemu%20sventes",
            &mut Jar::default(),
        )
        .await;
    assert!(body.contains("Šančių kiemų šventė"), "{body}");
}

#[tokio::test]
async fn scripts_and_javascript_links_never_survive() {
    let app = spawn_app().await;
    let mut jar = ruta(&app).await;
    let id = share(
        &app,
        &mut jar,
        "Gatvės meno siena Vilijampolėje",
        "Siena jaunimo piešiniams.",
    )
    .await;
    let sid = id.to_string();
    let evil = "<script>alert('x')</script>\n\n[spausk](javascript:alert(1)) <img src=x onerror=alert(1)> [gera](https://kaunas.lt)";
    let (status, body) = app
        .call(
            "update_idea",
            &edit(&sid, "1", "Gatvės meno siena Vilijampolėje", evil),
            &mut jar,
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let (status, body) = app
        .call(
            "post_comment",
            &[("idea_id", &sid), ("body", evil)],
            &mut jar,
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let detail = idea(&app, id, &mut Jar::default()).await;
    for html in [
        detail["description_html"].as_str().unwrap(),
        detail["comments"][0]["body_html"].as_str().unwrap(),
    ] {
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("<img"), "{html}");
        assert!(!html.contains("javascript:"), "{html}");
        assert!(html.contains("href=\"https://kaunas.lt\""), "{html}");
    }
    // The server-rendered page carries the same sanitised HTML.
    let (_, page) = app.page(&format!("/ideas/{id}"), &mut Jar::default()).await;
    assert!(!page.contains("<script>alert"), "raw script on the page");
    assert!(page.contains("og:title"));
}

#[tokio::test]
async fn mentor_feedback_is_marked_and_the_authors_mark_it_addressed() {
    let app = spawn_app().await;
    let mut author = ruta(&app).await;
    let id = share(
        &app,
        &mut author,
        "Senjorai moko amatų",
        "Močiutės ir moksleiviai kartu.",
    )
    .await;
    let sid = id.to_string();
    // A participant cannot post feedback.
    let (status, body) = app
        .call(
            "post_comment",
            &[
                ("idea_id", &sid),
                ("body", "Gera mintis"),
                ("feedback", "concern"),
            ],
            &mut author,
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains("feedback_mentors_only"), "{body}");
    let mut mentor = app.login("aiste@santaka.test", "aiste-demo-2026").await;
    let (status, body) = app
        .call(
            "post_comment",
            &[
                ("idea_id", &sid),
                ("body", "Kas ves užsiėmimus?"),
                ("feedback", "question"),
            ],
            &mut mentor,
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let detail = idea(&app, id, &mut Jar::default()).await;
    let comment = &detail["comments"][0];
    assert_eq!(comment["feedback"], "question");
    assert_eq!(comment["author"]["mentor"], true);
    assert_eq!(comment["addressed"], false);
    let cid = comment["id"].to_string();
    // Not the mentor, not a stranger: the authors mark it addressed.
    let (status, _) = app
        .call(
            "mark_addressed",
            &[("comment_id", &cid), ("addressed", "true")],
            &mut mentor,
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _) = app
        .call(
            "mark_addressed",
            &[("comment_id", &cid), ("addressed", "true")],
            &mut author,
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        idea(&app, id, &mut Jar::default()).await["comments"][0]["addressed"],
        true
    );
    // Replies go one level deep.
    let (status, body) = app
        .call(
            "post_comment",
            &[
                ("idea_id", &sid),
                ("parent_id", &cid),
                ("body", "Močiutės iš bendruomenės centro."),
            ],
            &mut author,
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let reply_id =
        idea(&app, id, &mut Jar::default()).await["comments"][0]["replies"][0]["id"].to_string();
    let (status, _) = app
        .call(
            "post_comment",
            &[
                ("idea_id", &sid),
                ("parent_id", &reply_id),
                ("body", "Trečias lygis"),
            ],
            &mut mentor,
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn the_stage_rule_lets_authors_shape_and_archive_but_not_skip_gates() {
    let app = spawn_app().await;
    let mut author = ruta(&app).await;
    let id = share(
        &app,
        &mut author,
        "Upės pakrantės talka",
        "Išvalome Neries krantinę.",
    )
    .await;
    let sid = id.to_string();
    let (status, _) = app
        .call(
            "set_idea_stage",
            &[("id", &sid), ("stage", "shaping")],
            &mut author,
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let (status, body) = app
        .call(
            "set_idea_stage",
            &[("id", &sid), ("stage", "ready")],
            &mut author,
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    let (status, body) = app
        .call(
            "set_idea_stage",
            &[("id", &sid), ("stage", "archived")],
            &mut author,
        )
        .await;
    assert!(body.contains("reason"), "{status} {body}");
    let (status, _) = app
        .call(
            "set_idea_stage",
            &[
                ("id", &sid),
                ("stage", "archived"),
                ("reason", "Sujungta su kita idėja"),
            ],
            &mut author,
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let detail = idea(&app, id, &mut Jar::default()).await;
    assert_eq!(detail["stage"], "archived");
    assert_eq!(detail["archived_reason"], "Sujungta su kita idėja");
    // Archived ideas leave the default list but are found when asked for.
    assert!(!search(&app, "q=krantine")
        .await
        .iter()
        .any(|t| t.contains("talka")));
    assert_eq!(search(&app, "q=krantine&stage=archived").await.len(), 1);
    // Hidden by a moderator, the reason (the author's words) goes with the rest of the text.
    let mut steering = app.login("egle@santaka.test", "egle-demo-2026").await;
    app.call(
        "moderate",
        &[("idea_id", &sid), ("action", "hide")],
        &mut steering,
    )
    .await;
    assert_eq!(
        idea(&app, id, &mut Jar::default()).await["archived_reason"],
        Value::Null
    );
}

#[tokio::test]
async fn moderators_hide_what_was_reported_and_visitors_see_only_the_mark() {
    let app = spawn_app().await;
    let mut author = ruta(&app).await;
    let id = share(
        &app,
        &mut author,
        "Mokyklų radijo bangos Eiguliuose",
        "Mokyklos radijas visam rajonui.",
    )
    .await;
    let sid = id.to_string();
    let mut mentor = app.login("aiste@santaka.test", "aiste-demo-2026").await;
    app.call(
        "post_comment",
        &[
            ("idea_id", &sid),
            ("body", "Pirkite pigius laikrodžius čia"),
        ],
        &mut mentor,
    )
    .await;
    let cid = idea(&app, id, &mut Jar::default()).await["comments"][0]["id"].to_string();

    // Reporting needs an account; twice by one person is one report.
    let (status, _) = app
        .call(
            "report_content",
            &[("idea_id", &sid), ("comment_id", &cid), ("reason", "spam")],
            &mut Jar::default(),
        )
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    for _ in 0..2 {
        let (status, body) = app
            .call(
                "report_content",
                &[("idea_id", &sid), ("comment_id", &cid), ("reason", "spam")],
                &mut author,
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{body}");
    }
    let mut steering = app.login("egle@santaka.test", "egle-demo-2026").await;
    let (_, body) = app.call_get("list_reports", "", &mut steering).await;
    let queue: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(queue.as_array().unwrap().len(), 1, "{body}");
    assert!(body.contains("Pirkite pigius"));

    let (status, _) = app
        .call(
            "moderate",
            &[("idea_id", &sid), ("comment_id", &cid), ("action", "hide")],
            &mut steering,
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let (_, body) = app.call_get("list_reports", "", &mut steering).await;
    assert_eq!(body, "[]");
    let public = idea(&app, id, &mut Jar::default()).await;
    assert_eq!(public["comments"][0]["hidden"], true);
    assert_eq!(public["comments"][0]["body_html"], "");
    let (_, page) = app.page(&format!("/ideas/{id}"), &mut Jar::default()).await;
    assert!(
        !page.contains("Pirkite pigius"),
        "hidden text on the public page"
    );
    assert!(page.contains("Paslėpė moderatorius"));
    let moderator_view = idea(&app, id, &mut steering).await;
    assert!(moderator_view["comments"][0]["body_html"]
        .as_str()
        .unwrap()
        .contains("Pirkite"));

    // A hidden idea keeps its page with the mark, and leaves lists and search.
    app.call(
        "moderate",
        &[("idea_id", &sid), ("action", "hide")],
        &mut steering,
    )
    .await;
    let public = idea(&app, id, &mut Jar::default()).await;
    assert_eq!(
        (public["hidden"].clone(), public["title"].clone()),
        (Value::Bool(true), Value::String(String::new()))
    );
    assert!(search(&app, "q=radijo%20bangos%20eiguliuose")
        .await
        .is_empty());
    app.call(
        "moderate",
        &[("idea_id", &sid), ("action", "restore")],
        &mut steering,
    )
    .await;
    assert_eq!(
        search(&app, "q=radijo%20bangos%20eiguliuose").await.len(),
        1
    );

    // Blocking stops publishing, not reading.
    let ruta_id: i64 = sqlx::query_scalar("SELECT id FROM users WHERE email = 'ruta@santaka.test'")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    let (status, _) = app
        .call(
            "set_publishing_block",
            &[("user_id", &ruta_id.to_string()), ("blocked", "true")],
            &mut steering,
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let (status, body) = app
        .call(
            "share_idea",
            &[
                ("title", "Dar viena idėja"),
                ("summary", "x"),
                ("sectors[]", "youth"),
            ],
            &mut author,
        )
        .await;
    assert_eq!(
        (status, kind_of(&body).as_deref()),
        (StatusCode::FORBIDDEN, Some("forbidden"))
    );
    let (status, _) = app
        .call_get("get_idea", &format!("id={id}"), &mut author)
        .await;
    assert_eq!(status, StatusCode::OK);
    // The administration shows who is blocked, and unblocking lets them publish again.
    let (_, people) = app
        .call_get("admin_search_people", "q=ruta%40", &mut steering)
        .await;
    assert!(people.contains("\"publishing_blocked\":true"), "{people}");
    let ruta = ruta_id.to_string();
    app.call(
        "set_publishing_block",
        &[("user_id", &ruta), ("blocked", "false")],
        &mut steering,
    )
    .await;
    let (status, body) = app
        .call(
            "share_idea",
            &[
                ("title", "Dar viena idėja"),
                ("summary", "Santrauka."),
                ("sectors[]", "youth"),
            ],
            &mut author,
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
}

#[tokio::test]
async fn the_list_and_pages_work_without_javascript() {
    let app = spawn_app().await;
    let mut anonymous = Jar::default();
    let (status, page) = app
        .page("/ideas?sector=youth&sort=supported", &mut anonymous)
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("idea-card"), "demo ideas listed");
    let (status, _) = app.page("/ideas/999999", &mut anonymous).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    // A plain form post shares and redirects to the new idea.
    let mut jar = ruta(&app).await;
    let response = app
        .submit(
            "share_idea",
            "/ideas/new",
            &[
                ("title", "Knygų mainų spintelės"),
                ("summary", "Spintelės stotelėse."),
                ("sectors[]", "education"),
            ],
            &mut jar,
        )
        .await;
    assert!(response.status().is_redirection(), "{}", response.status());
    let location = response.headers()["location"].to_str().unwrap().to_owned();
    assert!(
        location.starts_with("/ideas/") && location.ends_with("?shared=1"),
        "{location}"
    );
    let (status, page) = app.page(&location, &mut jar).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Knygų mainų spintelės"));
}

#[tokio::test]
async fn content_records_its_language_and_carries_it_where_it_differs_from_the_page() {
    let app = spawn_app().await;
    let mut jar = ruta(&app).await;
    // Written on the Lithuanian site, in English: recorded as English all the same.
    let id = share(
        &app,
        &mut jar,
        "Open mic nights for the young poets of Kaunas",
        "A monthly evening in the old town where anyone can read their poems.",
    )
    .await;
    let sid = id.to_string();
    let (status, body) = app
        .call(
            "post_comment",
            &[
                ("idea_id", &sid),
                (
                    "body",
                    "We would love to host one of the evenings at our library.",
                ),
            ],
            &mut jar,
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let (status, body) = app
        .call(
            "post_comment",
            &[
                ("idea_id", &sid),
                ("body", "Puiki mintis, prisidėsime su muzika!"),
            ],
            &mut jar,
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let langs: Vec<String> =
        sqlx::query_scalar("SELECT lang FROM comments WHERE idea_id = ? ORDER BY id")
            .bind(id)
            .fetch_all(&app.pool)
            .await
            .unwrap();
    assert_eq!(langs, ["en", "lt"]);
    let idea_lang: String = sqlx::query_scalar("SELECT lang FROM ideas WHERE id = ?")
        .bind(id)
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert_eq!(idea_lang, "en");

    // The Lithuanian page marks the English parts, and only those.
    let (status, page) = app.page(&format!("/ideas/{id}"), &mut jar).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains(r#"<h1 lang="en">"#), "the title");
    assert!(page.contains(r#"class="lang-mark""#), "a marker");
    // The opening tags of the comments' bodies, whatever the order of their attributes.
    let bodies: Vec<&str> = page
        .match_indices("<div ")
        .map(|(at, _)| &page[at..at + page[at..].find('>').unwrap_or(0)])
        .filter(|tag| tag.contains("comment-body"))
        .collect();
    assert_eq!(bodies.len(), 2, "{bodies:?}");
    assert_eq!(
        bodies
            .iter()
            .filter(|tag| tag.contains(r#"lang="en""#))
            .count(),
        1,
        "the English comment, not the Lithuanian one: {bodies:?}"
    );
}
