//! The festival over HTTP and in the database: a team proposes, the steering group accepts,
//! placing is refused with every conflict, the auto-scheduler places the rest, publishing makes
//! the program public, later moves and cancellations are public changes, stars are personal,
//! and the program comes out as iCalendar and GeoJSON.
mod common;

use axum::http::{header, StatusCode};
use common::{header_of, id_of, kind_of, ok, spawn_app, text, Jar, TestApp};
use serde_json::Value;

fn cache_header() -> header::HeaderName {
    header::HeaderName::from_static(server::cache::CACHE_HEADER)
}

/// The conflict codes of a refused placement.
fn conflict_codes(body: &str) -> Vec<String> {
    let value: Value = serde_json::from_str(body).expect("error json");
    value["fields"]
        .as_array()
        .map(|fields| {
            fields
                .iter()
                .filter(|f| f["field"] == "conflict")
                .filter_map(|f| f["code"].as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

async fn status_of(app: &TestApp, id: i64) -> String {
    sqlx::query_scalar("SELECT status FROM interventions WHERE id = ?")
        .bind(id)
        .fetch_one(&app.pool)
        .await
        .expect("intervention")
}

async fn published_by_title(app: &TestApp, title: &str) -> (i64, i64, i64) {
    sqlx::query_as(
        "SELECT id, venue_id, starts_min FROM interventions WHERE title = ? AND status = 'published'",
    )
    .bind(title)
    .fetch_one(&app.pool)
    .await
    .unwrap_or_else(|_| panic!("published demo intervention {title}"))
}

/// Asks to place an intervention at a venue and time.
async fn place(
    app: &TestApp,
    jar: &mut Jar,
    id: i64,
    venue: i64,
    start: &str,
) -> (StatusCode, String) {
    let (id, venue) = (id.to_string(), venue.to_string());
    app.call(
        "place_intervention",
        &[("id", &id), ("venue_id", &venue), ("start", start)],
        jar,
    )
    .await
}

fn hhmm(minutes: i64) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

#[tokio::test]
async fn a_team_proposes_steering_places_without_conflicts_publishes_and_changes_show() {
    let app = spawn_app().await;
    let ruta_id = id_of(&app, "ruta").await;
    let (team,): (i64,) = sqlx::query_as(
        "SELECT t.id FROM teams t JOIN team_members m ON m.team_id = t.id
          WHERE m.user_id = ? AND m.role = 'lead' AND t.name LIKE 'Šilainių%'",
    )
    .bind(ruta_id)
    .fetch_one(&app.pool)
    .await
    .expect("Rūta's demo team");
    let team_s = team.to_string();
    let santaka: i64 =
        sqlx::query_scalar("SELECT id FROM festival_venues WHERE name = 'Santakos parkas'")
            .fetch_one(&app.pool)
            .await
            .unwrap();
    let santaka_s = santaka.to_string();
    let ruta_s = ruta_id.to_string();
    let proposal = [
        ("team_id", team_s.as_str()),
        ("title", "Kiemų kino plakatų dirbtuvės"),
        (
            "description",
            "Piešiame kino vakaro plakatus kartu su kaimynų vaikais.",
        ),
        ("sector", "education"),
        ("category", "talk"),
        ("duration", "45"),
        ("setup", "10"),
        ("cleardown", "10"),
        ("audience", "40"),
        ("preferred_from", "15:00"),
        ("preferred_to", "16:00"),
        ("venues[]", santaka_s.as_str()),
        ("people[]", ruta_s.as_str()),
    ];

    // Someone outside the team cannot propose for it; a bad proposal keeps nothing.
    let mut mindaugas = app
        .login("mindaugas@santaka.test", "mindaugas-demo-2026")
        .await;
    let (_, body) = app
        .call("propose_intervention", &proposal, &mut mindaugas)
        .await;
    assert_eq!(kind_of(&body).as_deref(), Some("not_found"), "{body}");
    let mut ruta = app.login("ruta@santaka.test", "ruta-demo-2026").await;
    let mut bad = proposal.to_vec();
    bad[6] = ("duration", "5");
    let (_, body) = app.call("propose_intervention", &bad, &mut ruta).await;
    assert_eq!(kind_of(&body).as_deref(), Some("invalid"), "{body}");
    let before: i64 = sqlx::query_scalar("SELECT count(*) FROM interventions")
        .fetch_one(&app.pool)
        .await
        .unwrap();

    let path = ok(&app, "propose_intervention", &proposal, &mut ruta).await;
    let id: i64 = path
        .trim_start_matches("/festival/i/")
        .trim_end_matches("?proposed=1")
        .parse()
        .expect("the new intervention's path");
    let after: i64 = sqlx::query_scalar("SELECT count(*) FROM interventions")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert_eq!(after, before + 1);
    assert_eq!(status_of(&app, id).await, "proposed");
    let taking_part: Vec<i64> =
        sqlx::query_scalar("SELECT user_id FROM intervention_people WHERE intervention_id = ?")
            .bind(id)
            .fetch_all(&app.pool)
            .await
            .unwrap();
    assert_eq!(taking_part, vec![ruta_id]);

    // Not public yet: the team sees it, a visitor does not.
    let (status, _) = app
        .call_get("get_intervention", &format!("id={id}"), &mut Jar::default())
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = app
        .call_get("get_intervention", &format!("id={id}"), &mut ruta)
        .await;
    assert_eq!(status, StatusCode::OK);

    // Only the steering group decides.
    let id_s = id.to_string();
    let (_, body) = app
        .call(
            "review_intervention",
            &[("id", &id_s), ("decision", "accept")],
            &mut ruta,
        )
        .await;
    assert_eq!(kind_of(&body).as_deref(), Some("forbidden"));
    let mut egle = app.login("egle@santaka.test", "egle-demo-2026").await;
    ok(
        &app,
        "review_intervention",
        &[("id", &id_s), ("decision", "accept")],
        &mut egle,
    )
    .await;
    assert_eq!(status_of(&app, id).await, "accepted");
    let (_, body) = app
        .call(
            "review_intervention",
            &[("id", &id_s), ("decision", "accept")],
            &mut egle,
        )
        .await;
    assert_eq!(kind_of(&body).as_deref(), Some("invalid"), "accepted twice");

    // Placing is refused with every conflict, each named.
    let (opening, square, opening_start) =
        published_by_title(&app, "Rotušės aikštės atidarymas: 100 intervencijų pradžia").await;
    let (_, body) = place(&app, &mut egle, id, square, &hhmm(opening_start)).await;
    assert!(
        conflict_codes(&body).contains(&format!("venue_busy:{opening}")),
        "{body}"
    );
    let (_, body) = place(&app, &mut egle, id, square, "08:00").await;
    assert!(
        conflict_codes(&body).contains(&"outside_day".to_owned()),
        "{body}"
    );
    let cathedral: i64 =
        sqlx::query_scalar("SELECT id FROM festival_venues WHERE name = 'Arkikatedros šventorius'")
            .fetch_one(&app.pool)
            .await
            .unwrap();
    let (_, body) = place(&app, &mut egle, id, cathedral, "21:00").await;
    assert!(
        conflict_codes(&body).contains(&"consent_pending".to_owned()),
        "{body}"
    );
    // Rūta is in the film evening: the same time anywhere else is a clash for her.
    let (film, _, film_start) =
        published_by_title(&app, "Kiemų kino vakaras: trumpametražiai apie Šilainius").await;
    let ninth_fort: i64 =
        sqlx::query_scalar("SELECT id FROM festival_venues WHERE name = 'IX forto muziejus'")
            .fetch_one(&app.pool)
            .await
            .unwrap();
    let (_, body) = place(&app, &mut egle, id, ninth_fort, &hhmm(film_start)).await;
    assert!(
        conflict_codes(&body).contains(&format!("person_busy:{ruta_id}:{film}")),
        "{body}"
    );
    assert_eq!(status_of(&app, id).await, "accepted", "nothing was placed");

    // The auto-scheduler places it (and the demo's accepted ones) without a conflict.
    let path = ok(&app, "auto_schedule", &[], &mut egle).await;
    assert!(path.starts_with("/festival/manage?placed="), "{path}");
    assert_eq!(status_of(&app, id).await, "scheduled");
    let (status, body) = app.call_get("festival_manage", "", &mut egle).await;
    assert_eq!(status, StatusCode::OK);
    let desk: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(
        desk["flagged"],
        serde_json::json!([]),
        "no conflict anywhere"
    );
    let item = desk["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["card"]["id"] == id)
        .expect("the new intervention on the desk")
        .clone();
    let start = item["card"]["start"].as_i64().unwrap();
    assert!((600..=1320 - 45).contains(&start));

    // The public program is kept in memory for anonymous visitors: the second visit is
    // answered from there, and the accepted but unpublished intervention is not on it.
    let title = "Kiemų kino plakatų dirbtuvės";
    let first = app.get("/festival", &[]).await;
    assert_eq!(header_of(&first, cache_header()), "miss");
    let second = app.get("/festival", &[]).await;
    assert_eq!(header_of(&second, cache_header()), "hit");
    assert!(!text(second).await.contains(title));

    // Publishing makes it public, with the whole program, at once.
    ok(&app, "publish_program", &[], &mut egle).await;
    assert_eq!(status_of(&app, id).await, "published");
    let after = app.get("/festival", &[]).await;
    assert_eq!(header_of(&after, cache_header()), "miss");
    assert!(text(after).await.contains(title), "published, so shown");
    let (status, body) = app
        .call_get("get_intervention", &format!("id={id}"), &mut Jar::default())
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let (_, body) = app
        .call_get("festival_program", "", &mut Jar::default())
        .await;
    let program: Value = serde_json::from_str(&body).unwrap();
    let items = program["items"].as_array().unwrap();
    assert!(items.iter().any(|c| c["id"] == id));
    assert!(
        items.len() > 85,
        "the demo program and the new one: {}",
        items.len()
    );

    // A later move is a public change: find a free time at the same venue.
    let venue = item["card"]["venue_id"].as_i64().unwrap();
    let mut moved_to = None;
    for minute in (600..1260).step_by(15).filter(|m| *m != start) {
        let (status, _) = place(&app, &mut egle, id, venue, &hhmm(minute)).await;
        if status == StatusCode::OK {
            moved_to = Some(minute);
            break;
        }
    }
    let moved_to = moved_to.expect("some free time at its venue");
    let (kind, from_start, to_start): (String, i64, i64) = sqlx::query_as(
        "SELECT kind, from_start, to_start FROM intervention_changes WHERE intervention_id = ?",
    )
    .bind(id)
    .fetch_one(&app.pool)
    .await
    .unwrap();
    assert_eq!(
        (kind.as_str(), from_start, to_start),
        ("moved", start, moved_to)
    );
    let (_, body) = app
        .call_get("get_intervention", &format!("id={id}"), &mut Jar::default())
        .await;
    let detail: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(detail["card"]["moved"], true);
    assert_eq!(detail["changes"][0]["kind"], "moved");

    // The program as files: iCalendar in Vilnius time, an agenda of chosen ones, GeoJSON.
    let response = app.get("/festival/program.ics", &[]).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert!(header_of(&response, header::CONTENT_TYPE).starts_with("text/calendar"));
    let ics = text(response).await;
    let events = ics.matches("BEGIN:VEVENT").count();
    assert_eq!(events, items.len(), "one event per public intervention");
    assert!(ics.contains("TZID:Europe/Vilnius"));
    let day = program["edition"]["day"].as_str().unwrap().replace('-', "");
    let unfolded = ics.replace("\r\n ", "");
    assert!(
        unfolded.contains(&format!(
            "DTSTART;TZID=Europe/Vilnius:{day}T{:02}{:02}00",
            moved_to / 60,
            moved_to % 60
        )),
        "the moved time is in the calendar"
    );
    let response = app
        .get(&format!("/festival/agenda.ics?ids={id},{film}"), &[])
        .await;
    let agenda = text(response).await.replace("\r\n ", "");
    assert_eq!(agenda.matches("BEGIN:VEVENT").count(), 2);
    assert!(agenda.contains("SUMMARY:Kiemų kino plakatų dirbtuvės"));
    let response = app.get("/festival/program.geojson", &[]).await;
    assert_eq!(
        header_of(&response, header::ACCESS_CONTROL_ALLOW_ORIGIN),
        "*"
    );
    let geo: Value = serde_json::from_str(&text(response).await).unwrap();
    let features = geo["features"].as_array().unwrap();
    assert_eq!(features.len(), items.len());
    for f in features {
        let lon = f["geometry"]["coordinates"][0].as_f64().unwrap();
        let lat = f["geometry"]["coordinates"][1].as_f64().unwrap();
        assert!(
            (23.8..24.1).contains(&lon) && (54.85..54.96).contains(&lat),
            "{f}"
        );
    }

    // Cancelling it needs a reason and is a public change too.
    let (_, body) = app
        .call(
            "review_intervention",
            &[("id", &id_s), ("decision", "cancel"), ("reason", "")],
            &mut egle,
        )
        .await;
    assert_eq!(kind_of(&body).as_deref(), Some("invalid"));
    ok(
        &app,
        "review_intervention",
        &[
            ("id", &id_s),
            ("decision", "cancel"),
            (
                "reason",
                "Lietus: plakatus pieš kitą savaitgalį bibliotekoje.",
            ),
        ],
        &mut egle,
    )
    .await;
    assert_eq!(status_of(&app, id).await, "cancelled");
    let (_, body) = app
        .call_get("get_intervention", &format!("id={id}"), &mut Jar::default())
        .await;
    let detail: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(detail["card"]["status"], "cancelled");
    assert_eq!(detail["changes"][0]["kind"], "cancelled");
}

#[tokio::test]
async fn the_demo_program_is_conflict_free_and_agendas_are_personal() {
    let app = spawn_app().await;
    let mut egle = app.login("egle@santaka.test", "egle-demo-2026").await;
    let (status, body) = app.call_get("festival_manage", "", &mut egle).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let desk: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(desk["venues"].as_array().unwrap().len(), 30);
    assert_eq!(
        desk["flagged"],
        serde_json::json!([]),
        "the demo is conflict-free"
    );
    let items = desk["items"].as_array().unwrap();
    assert!(
        items.len() >= 95,
        "about a hundred interventions: {}",
        items.len()
    );
    let published = items
        .iter()
        .filter(|i| i["card"]["status"] == "published")
        .count();
    assert!(published >= 80, "published {published}");
    // Nobody is placed at a venue whose owner has not agreed.
    let agreed: Vec<i64> = desk["venues"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|v| v["consent"] == "yes")
        .map(|v| v["id"].as_i64().unwrap())
        .collect();
    for item in items.iter().filter(|i| i["card"]["status"] == "published") {
        let venue = item["card"]["venue_id"].as_i64().unwrap();
        assert!(agreed.contains(&venue), "{item}");
    }

    // Stars are one's own and only for what is public.
    let public: i64 = items
        .iter()
        .find(|i| i["card"]["status"] == "published")
        .and_then(|i| i["card"]["id"].as_i64())
        .unwrap();
    let proposed: i64 = items
        .iter()
        .find(|i| i["card"]["status"] == "proposed")
        .and_then(|i| i["card"]["id"].as_i64())
        .unwrap();
    let mut ruta = app.login("ruta@santaka.test", "ruta-demo-2026").await;
    let public_s = public.to_string();
    ok(
        &app,
        "star_intervention",
        &[("id", &public_s), ("on", "true")],
        &mut ruta,
    )
    .await;
    ok(
        &app,
        "star_intervention",
        &[("id", &public_s), ("on", "true")],
        &mut ruta,
    )
    .await;
    let (_, body) = app.call_get("festival_program", "", &mut ruta).await;
    let program: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(program["starred"], serde_json::json!([public]));
    let (_, body) = app.call_get("festival_program", "", &mut egle).await;
    let program: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(program["starred"], serde_json::json!([]), "not Eglė's");
    let (_, body) = app
        .call(
            "star_intervention",
            &[("id", &proposed.to_string()), ("on", "true")],
            &mut ruta,
        )
        .await;
    assert_eq!(kind_of(&body).as_deref(), Some("not_found"));
    ok(
        &app,
        "star_intervention",
        &[("id", &public_s), ("on", "false")],
        &mut ruta,
    )
    .await;
    let (_, body) = app.call_get("festival_program", "", &mut ruta).await;
    let program: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(program["starred"], serde_json::json!([]));

    // The pages render on the server, without JavaScript, with the list and its addresses.
    let (status, html) = app
        .page("/festival/map?sector=culture", &mut Jar::default())
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        html.contains("Rotušės a., Senamiestis, Kaunas"),
        "addresses in the list"
    );
    let (status, _) = app
        .page(&format!("/festival/i/{proposed}"), &mut Jar::default())
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND, "a proposal is not public");
}

#[tokio::test]
async fn the_auto_scheduler_previews_without_writing_applies_and_its_last_run_can_be_undone() {
    let app = spawn_app().await;
    let mut egle = app.login("egle@santaka.test", "egle-demo-2026").await;
    // Accept every proposal of the demo, so the auto-scheduler has work.
    let proposed: Vec<i64> =
        sqlx::query_scalar("SELECT id FROM interventions WHERE status = 'proposed' ORDER BY id")
            .fetch_all(&app.pool)
            .await
            .unwrap();
    assert!(!proposed.is_empty(), "the demo has proposals");
    for id in &proposed {
        let id = id.to_string();
        ok(
            &app,
            "review_intervention",
            &[("id", &id), ("decision", "accept")],
            &mut egle,
        )
        .await;
    }
    let runs = || async {
        sqlx::query_scalar::<_, i64>("SELECT count(*) FROM schedule_runs")
            .fetch_one(&app.pool)
            .await
            .unwrap()
    };

    // The preview names where each would go and changes nothing.
    let (status, body) = app.call_get("preview_schedule", "", &mut egle).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let plan: Value = serde_json::from_str(&body).unwrap();
    let previewed: Vec<i64> = plan["placed"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p[0].as_i64().unwrap())
        .collect();
    assert!(!previewed.is_empty(), "{body}");
    for id in &proposed {
        assert_eq!(status_of(&app, *id).await, "accepted", "nothing written");
    }
    assert_eq!(runs().await, 0);
    // The desk page shows the preview, its apply button and the day grid.
    let (status, page) = app.page("/festival/manage?preview=1", &mut egle).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("data-testid=\"schedule-preview\""));
    let (_, grid) = app.page("/festival/manage?view=grid", &mut egle).await;
    assert!(grid.contains("data-testid=\"day-grid\""), "the grid");
    assert_eq!(
        grid.matches("<th scope=\"row\"").count(),
        30,
        "a row per venue"
    );

    // Applying places what the preview showed, and the run can be undone.
    ok(&app, "auto_schedule", &[], &mut egle).await;
    for id in &previewed {
        assert_eq!(status_of(&app, *id).await, "scheduled");
    }
    let (_, body) = app.call_get("festival_manage", "", &mut egle).await;
    let desk: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(desk["last_run"].as_u64(), Some(previewed.len() as u64));

    // One is moved by hand in the meantime: undoing leaves it where the coordinator put it.
    let moved = previewed[0];
    sqlx::query("UPDATE interventions SET starts_min = starts_min + 15 WHERE id = ?")
        .bind(moved)
        .execute(&app.pool)
        .await
        .unwrap();
    let path = ok(&app, "undo_schedule", &[], &mut egle).await;
    assert_eq!(
        path,
        format!("/festival/manage?undone={}", previewed.len() - 1)
    );
    assert_eq!(status_of(&app, moved).await, "scheduled");
    for id in &previewed[1..] {
        assert_eq!(status_of(&app, *id).await, "accepted");
        let venue: Option<i64> =
            sqlx::query_scalar("SELECT venue_id FROM interventions WHERE id = ?")
                .bind(id)
                .fetch_one(&app.pool)
                .await
                .unwrap();
        assert_eq!(venue, None);
    }
    let (_, body) = app.call_get("festival_manage", "", &mut egle).await;
    let desk: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(desk["last_run"], Value::Null, "nothing left to undo");
    let (_, body) = app.call("undo_schedule", &[], &mut egle).await;
    assert_eq!(kind_of(&body).as_deref(), Some("invalid"), "{body}");
}
