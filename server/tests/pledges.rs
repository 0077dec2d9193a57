//! Pledges over HTTP: a partner backs an idea's needs, bad input is refused field by field,
//! only the team answers (once), the steering group marks fulfilled, the idea shows what is met
//! and `/ideas?needs=…` finds the ideas still waiting for help.
mod common;

use axum::http::StatusCode;
use common::{id_of, ok, spawn_app, TestApp};

async fn kino(app: &TestApp) -> i64 {
    sqlx::query_scalar("SELECT id FROM ideas WHERE title = 'Kiemų kinas Šilainiuose'")
        .fetch_one(&app.pool)
        .await
        .unwrap()
}

#[tokio::test]
async fn a_partner_pledges_the_team_accepts_and_the_need_is_met() {
    let app = spawn_app().await;
    let idea = kino(&app).await.to_string();
    let mut mindaugas = app
        .login("mindaugas@santaka.test", "mindaugas-demo-2026")
        .await;
    let mut anonymous = common::Jar::default();
    let (_, needing) = app.page("/ideas?needs=money&q=kinas", &mut anonymous).await;
    assert!(
        needing.contains("Kiemų kinas Šilainiuose"),
        "it needs money"
    );
    let (_, materials) = app
        .page("/ideas?needs=materials&q=kinas", &mut anonymous)
        .await;
    assert!(
        !materials.contains("Kiemų kinas Šilainiuose"),
        "the demo partner's materials were accepted"
    );

    for (pairs, field, code) in [
        (
            vec![("kind", "money"), ("amount", "penki šimtai")],
            "amount",
            "not_a_number",
        ),
        (
            vec![("kind", "venue"), ("place", "999999")],
            "place",
            "choice_invalid",
        ),
        (
            vec![("kind", "time"), ("hours", "0")],
            "hours",
            "out_of_range",
        ),
    ] {
        let mut all = vec![("idea_id", idea.as_str())];
        all.extend(pairs);
        let (status, body) = app.call("offer_pledge", &all, &mut mindaugas).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
        assert!(body.contains(field) && body.contains(code), "{body}");
    }
    let before: i64 = sqlx::query_scalar("SELECT count(*) FROM pledges")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    ok(
        &app,
        "offer_pledge",
        &[
            ("idea_id", &idea),
            ("kind", "money"),
            ("amount", "300"),
            ("note", "Filmų licencijoms"),
        ],
        &mut mindaugas,
    )
    .await;
    let pledge: i64 = sqlx::query_scalar("SELECT max(id) FROM pledges")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert_eq!(
        sqlx::query_scalar::<_, i64>("SELECT count(*) FROM pledges")
            .fetch_one(&app.pool)
            .await
            .unwrap(),
        before + 1,
        "the refused offers wrote nothing"
    );
    let pledge = pledge.to_string();

    // The public does not see an offer yet; the partner and the team do.
    let (_, public) = app.page(&format!("/ideas/{idea}"), &mut anonymous).await;
    assert!(!public.contains("Filmų licencijoms"));
    let mut ruta = app.login("ruta@santaka.test", "ruta-demo-2026").await;
    let (_, team) = app.page(&format!("/ideas/{idea}"), &mut ruta).await;
    assert!(team.contains("Filmų licencijoms"));

    // Only the team answers: not the partner, not the steering group.
    let mut egle = app.login("egle@santaka.test", "egle-demo-2026").await;
    for jar in [&mut mindaugas, &mut egle] {
        let (status, _) = app
            .call(
                "answer_pledge",
                &[("id", &pledge), ("status", "accepted")],
                jar,
            )
            .await;
        assert_eq!(status, StatusCode::FORBIDDEN);
    }
    ok(
        &app,
        "answer_pledge",
        &[("id", &pledge), ("status", "accepted")],
        &mut ruta,
    )
    .await;
    let (status, body) = app
        .call(
            "answer_pledge",
            &[("id", &pledge), ("status", "declined")],
            &mut ruta,
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains("already_answered"), "{body}");

    let (_, public) = app.page(&format!("/ideas/{idea}"), &mut anonymous).await;
    assert!(
        public.contains("Filmų licencijoms"),
        "backing shows on the idea"
    );
    let (_, needing) = app.page("/ideas?needs=money&q=kinas", &mut anonymous).await;
    assert!(
        !needing.contains("Kiemų kinas Šilainiuose"),
        "the need is met"
    );
    let partner = id_of(&app, "mindaugas").await;
    let (_, page) = app
        .page(&format!("/people/{partner}"), &mut anonymous)
        .await;
    assert!(
        page.contains("Kiemų kinas Šilainiuose"),
        "and on the partner's page"
    );

    // The steering group marks it fulfilled; the team cannot.
    let (status, _) = app
        .call(
            "answer_pledge",
            &[("id", &pledge), ("status", "fulfilled")],
            &mut ruta,
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    ok(
        &app,
        "answer_pledge",
        &[("id", &pledge), ("status", "fulfilled")],
        &mut egle,
    )
    .await;
    let status: String = sqlx::query_scalar("SELECT status FROM pledges WHERE id = ?")
        .bind(&pledge)
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert_eq!(status, "fulfilled");
}
