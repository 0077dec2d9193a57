//! Workshops over HTTP: the public calendar and its filters, a workshop's calendar file, the
//! online link kept for registered people, and the refusals (after the deadline, twice, a
//! child waiting for consent, someone who does not facilitate), each a 4xx with its reason.
mod common;

use axum::http::{header, StatusCode};
use common::{header_of, kind_of, ok, spawn_app, text, TestApp};

async fn workshop(app: &TestApp, title_like: &str) -> i64 {
    sqlx::query_scalar("SELECT id FROM workshops WHERE title LIKE ? ORDER BY id LIMIT 1")
        .bind(format!("%{title_like}%"))
        .fetch_one(&app.pool)
        .await
        .expect("a demo workshop")
}

#[tokio::test]
async fn the_calendar_is_public_filters_in_the_url_and_each_workshop_has_a_calendar_file() {
    let app = spawn_app().await;
    let mut anonymous = common::Jar::default();
    let (status, page) = app.page("/workshops", &mut anonymous).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        page.contains("Pristatymas per 3 minutes"),
        "an upcoming demo workshop"
    );
    assert!(
        page.contains("Nuo idėjos iki plano per vieną vakarą"),
        "a past one"
    );
    assert!(page.contains("Pavasario studija: 4 vakarai"), "the series");

    let (_, free) = app
        .page("/workshops?free=1&stage=workshop", &mut anonymous)
        .await;
    assert!(
        !free.contains("Pristatymas per 3 minutes"),
        "the full one has no free seat"
    );
    assert!(free.contains("3 vakaras: biudžetas ir rėmėjai"));
    assert!(
        !free.contains("1 vakaras: problema ir auditorija"),
        "it serves the team stage"
    );

    let online = workshop(&app, "Open data").await;
    let (_, page) = app
        .page(&format!("/workshops/{online}"), &mut anonymous)
        .await;
    assert!(page.contains("og:title"));
    assert!(
        !page.contains("meet.jit.si"),
        "the online link is for registered people only"
    );
    assert!(
        page.contains(r#"lang="en""#),
        "an English workshop on the Lithuanian site is marked"
    );

    let response = app
        .get(&format!("/workshops/{online}/workshop.ics"), &[])
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        header_of(&response, header::CONTENT_TYPE),
        "text/calendar; charset=utf-8"
    );
    let ics = text(response).await;
    assert!(ics.contains("SUMMARY:Open data for your idea"));
    assert!(ics.contains("DTSTART;TZID=Europe/Vilnius:"));
    assert!(!ics.contains("meet.jit.si"));
    let missing = app.get("/workshops/999999/workshop.ics", &[]).await;
    assert_eq!(missing.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_lead_registers_two_members_a_second_press_and_a_late_one_are_refused_with_a_reason() {
    let app = spawn_app().await;
    let online = workshop(&app, "Open data").await.to_string();
    let mut ruta = app.login("ruta@santaka.test", "ruta-demo-2026").await;
    let (team, ruta_id, tomas): (i64, i64, i64) = sqlx::query_as(
        "SELECT t.id, l.user_id, m.user_id FROM teams t
           JOIN team_members l ON l.team_id = t.id AND l.role = 'lead'
           JOIN users u ON u.id = l.user_id AND u.email = 'ruta@santaka.test'
           JOIN team_members m ON m.team_id = t.id AND m.role = 'member'
          ORDER BY t.id LIMIT 1",
    )
    .fetch_one(&app.pool)
    .await
    .expect("a team Rūta leads, with a member");
    let next = ok(
        &app,
        "register_workshop",
        &[
            ("id", &online),
            ("team_id", &team.to_string()),
            ("people[]", &ruta_id.to_string()),
            ("people[]", &tomas.to_string()),
        ],
        &mut ruta,
    )
    .await;
    assert!(next.contains("seats=2&waiting=0"), "{next}");

    // Registered, Rūta now sees the link; pressing "register" again is refused.
    let (_, page) = app.page(&format!("/workshops/{online}"), &mut ruta).await;
    assert!(page.contains("meet.jit.si"));
    let (status, body) = app
        .call("register_workshop", &[("id", &online)], &mut ruta)
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert!(body.contains("already_registered"), "{body}");

    // Someone not in the team cannot be registered by its lead.
    let lukas = common::id_of(&app, "lukas").await.to_string();
    let (status, body) = app
        .call(
            "register_workshop",
            &[
                ("id", &online),
                ("team_id", &team.to_string()),
                ("people[]", &lukas),
            ],
            &mut ruta,
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains("not_in_team"), "{body}");

    // After the deadline: refused, nothing written.
    let past = workshop(&app, "Kiemo renginio biudžetas").await.to_string();
    let mut mindaugas = app
        .login("mindaugas@santaka.test", "mindaugas-demo-2026")
        .await;
    let (status, body) = app
        .call("register_workshop", &[("id", &past)], &mut mindaugas)
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert!(body.contains("registration_closed"), "{body}");

    // A child waiting for a guardian's consent cannot register.
    let mut jonukas = app.login("jonukas@santaka.test", "jonukas-demo-2026").await;
    let (status, body) = app
        .call("register_workshop", &[("id", &online)], &mut jonukas)
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{body}");
    assert_eq!(kind_of(&body).as_deref(), Some("forbidden"));

    // Only facilitators mark attendance; the participant is refused.
    let (status, _) = app
        .call(
            "mark_attendance",
            &[
                ("id", &online),
                ("user_id", &tomas.to_string()),
                ("attended", "yes"),
            ],
            &mut ruta,
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let mut aiste = app.login("aiste@santaka.test", "aiste-demo-2026").await;
    ok(
        &app,
        "mark_attendance",
        &[
            ("id", &online),
            ("user_id", &tomas.to_string()),
            ("attended", "yes"),
        ],
        &mut aiste,
    )
    .await;
    let came: Option<bool> = sqlx::query_scalar(
        "SELECT attended FROM workshop_seats WHERE workshop_id = ? AND user_id = ?",
    )
    .bind(&online)
    .bind(tomas)
    .fetch_one(&app.pool)
    .await
    .unwrap();
    assert_eq!(came, Some(true));

    // The facilitator records the team's outcome: its next steps become tasks of the team.
    let (status, body) = app
        .call(
            "record_outcome",
            &[
                ("id", &online),
                ("team_id", &team.to_string()),
                ("notes", ""),
            ],
            &mut ruta,
        )
        .await;
    assert_eq!(
        status,
        StatusCode::FORBIDDEN,
        "only facilitators record: {body}"
    );
    let next = ok(
        &app,
        "record_outcome",
        &[
            ("id", &online),
            ("team_id", &team.to_string()),
            (
                "notes",
                "Susirado tris atviro duomenų rinkinius apie Šilainių kiemus.",
            ),
            ("steps[]", "Sudaryti kiemų žemėlapį su gyventojų skaičiumi"),
            ("owners[]", &tomas.to_string()),
            ("dues[]", "2099-01-15"),
            ("steps[]", ""),
            ("owners[]", ""),
            ("dues[]", ""),
        ],
        &mut aiste,
    )
    .await;
    assert!(next.contains("outcome=1"), "{next}");
    let (owner, due): (Option<i64>, Option<String>) = sqlx::query_as(
        "SELECT owner_id, due_on FROM team_tasks
          WHERE team_id = ? AND outcome_id IS NOT NULL AND title LIKE 'Sudaryti kiemų%'",
    )
    .bind(team)
    .fetch_one(&app.pool)
    .await
    .expect("the step is a task of the team");
    assert_eq!((owner, due.as_deref()), (Some(tomas), Some("2099-01-15")));
}

#[tokio::test]
async fn a_mentor_creates_a_workshop_field_errors_come_back_translated_and_nothing_is_half_written()
{
    let app = spawn_app().await;
    let mut aiste = app.login("aiste@santaka.test", "aiste-demo-2026").await;
    let before: i64 = sqlx::query_scalar("SELECT count(*) FROM workshops")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    let (status, body) = app
        .call(
            "create_workshop",
            &[
                ("title", "Ką"),
                ("day", "2099-02-30"),
                ("starts", "18:00"),
                ("ends", "17:00"),
            ],
            &mut aiste,
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    for code in [
        "too_short",
        "date_invalid",
        "before_start",
        "sectors_missing",
    ] {
        assert!(body.contains(code), "{code} in {body}");
    }
    let next = ok(
        &app,
        "create_workshop",
        &[
            ("title", "Projekto paraiška savivaldybės jaunimo fondui"),
            ("purpose", "Kartu pildome paraišką Kauno jaunimo iniciatyvų fondui: tikslai, rezultatai, sąmata."),
            ("serves", "workshop"),
            ("day", "2099-03-04"),
            ("starts", "17:00"),
            ("ends", "19:00"),
            ("place", "online"),
            ("online_url", "https://meet.jit.si/santaka-paraiska"),
            ("capacity", "15"),
            ("sectors[]", "youth"),
            ("sectors[]", "social"),
        ],
        &mut aiste,
    )
    .await;
    assert!(
        next.starts_with("/workshops/") && next.ends_with("?created=1"),
        "{next}"
    );
    let after: i64 = sqlx::query_scalar("SELECT count(*) FROM workshops")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert_eq!(
        after,
        before + 1,
        "the failed form wrote nothing, the good one one workshop"
    );
    let (_, page) = app.page(&next, &mut aiste).await;
    assert!(page.contains("Projekto paraiška savivaldybės jaunimo fondui"));
    assert!(
        page.contains("id=\"seats\""),
        "its facilitator (the creator) sees the list"
    );
}

#[tokio::test]
async fn an_idea_born_in_a_workshop_records_it_and_only_someone_who_took_part_can_say_so() {
    let app = spawn_app().await;
    // Rūta came to the demo's first workshop; Mindaugas did not take part in it.
    let past = workshop(&app, "Nuo idėjos iki plano").await.to_string();
    let mut ruta = app.login("ruta@santaka.test", "ruta-demo-2026").await;
    let (_, page) = app.page(&format!("/workshops/{past}"), &mut ruta).await;
    assert!(
        page.contains(&format!("/ideas/new?workshop={past}")),
        "she may share from it"
    );
    let next = ok(
        &app,
        "share_idea",
        &[
            ("title", "Kiemų kino savanorių mokykla"),
            (
                "summary",
                "Paaugliai išmoksta rodyti filmus kiemuose ir patys rengia vakarus.",
            ),
            ("sectors[]", "youth"),
            ("workshop", &past),
        ],
        &mut ruta,
    )
    .await;
    let (_, idea) = app.page(&next, &mut ruta).await;
    assert!(
        idea.contains("idea-born-in"),
        "the idea shows where it was born"
    );
    let (_, page) = app.page(&format!("/workshops/{past}"), &mut ruta).await;
    assert!(
        page.contains("Kiemų kino savanorių mokykla"),
        "and the workshop lists it"
    );

    let mut mindaugas = app
        .login("mindaugas@santaka.test", "mindaugas-demo-2026")
        .await;
    let before: i64 = sqlx::query_scalar("SELECT count(*) FROM ideas")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    let (status, body) = app
        .call(
            "share_idea",
            &[
                ("title", "Dirbtuvių idėja be dirbtuvių"),
                (
                    "summary",
                    "Bandau pažymėti idėją dirbtuvėmis, kuriose nebuvau.",
                ),
                ("sectors[]", "business"),
                ("workshop", &past),
            ],
            &mut mindaugas,
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert!(body.contains("workshop"), "{body}");
    let after: i64 = sqlx::query_scalar("SELECT count(*) FROM ideas")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert_eq!(before, after, "nothing written");
}
