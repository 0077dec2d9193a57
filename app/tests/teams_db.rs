//! Database tests of the teams' `ssr` functions, called directly on a fresh SQLite file with
//! the demo data, without HTTP: asking to join, the lead's one answer, an open role's rules.
#![cfg(feature = "ssr")]
mod common;

use app::common::error::AppError;
use app::common::ids::TeamId;
use app::common::Role;
use app::teams::{ssr, RoleEdit};
use common::{count, seeded_db, viewer};
use sqlx::SqlitePool;

async fn team_led_by(pool: &SqlitePool, lead: i64) -> TeamId {
    sqlx::query_scalar("SELECT team_id FROM team_members WHERE user_id = ? AND role = 'lead'")
        .bind(lead)
        .fetch_one(pool)
        .await
        .expect("a team the person leads")
}

#[tokio::test]
async fn a_request_is_answered_once_and_makes_a_member() {
    let (pool, _dir) = seeded_db().await;
    let lead = viewer(&pool, "ruta@santaka.test", &[]).await;
    let partner = viewer(&pool, "mindaugas@santaka.test", &[Role::Partner]).await;
    let team = team_led_by(&pool, lead.id).await;
    let members = "SELECT COUNT(*) FROM team_members WHERE team_id = ?";
    let before = count(&pool, members, team).await;

    let request = ssr::request_join(
        &pool,
        &partner,
        team,
        None,
        false,
        "Galiu padėti surasti salę",
    )
    .await
    .expect("a request");
    let again = ssr::request_join(&pool, &partner, team, None, false, "Dar kartą").await;
    assert_eq!(
        again.unwrap_err().field_code("form"),
        Some("already_asked"),
        "one pending request per person"
    );
    // Only a lead answers; the one asking cannot let themself in.
    let refused = ssr::answer(&pool, &partner, request, true).await;
    assert!(refused.is_err(), "{refused:?}");
    assert_eq!(count(&pool, members, team).await, before);

    assert_eq!(
        ssr::answer(&pool, &lead, request, true).await.unwrap(),
        (team, "accepted=1"),
        "accepted, no role asked for"
    );
    assert_eq!(count(&pool, members, team).await, before + 1);
    let second = ssr::answer(&pool, &lead, request, false).await;
    assert_eq!(
        second.unwrap_err(),
        AppError::Conflict,
        "the first answer counts"
    );
    assert_eq!(count(&pool, members, team).await, before + 1);

    // The new member is told, in the same transaction as the answer.
    let told = "SELECT COUNT(*) FROM notifications WHERE user_id = ?";
    assert!(count(&pool, told, partner.id).await >= 1);
}

#[tokio::test]
async fn an_open_role_with_bad_fields_writes_nothing() {
    let (pool, _dir) = seeded_db().await;
    let lead = viewer(&pool, "ruta@santaka.test", &[]).await;
    let team = team_led_by(&pool, lead.id).await;
    let roles = "SELECT COUNT(*) FROM team_roles WHERE team_id = ?";
    let before = count(&pool, roles, team).await;
    let bad = RoleEdit {
        title: "Garso technikas".into(),
        sector: "sports".into(),
        hours: "0".into(),
        ..RoleEdit::default()
    };
    let error = ssr::add_role(&pool, &lead, team, &bad).await.unwrap_err();
    assert_eq!(error.field_code("hours"), Some("hours_invalid"));
    assert_eq!(error.field_code("sector"), Some("choice_invalid"));
    assert_eq!(count(&pool, roles, team).await, before);

    let good = RoleEdit {
        hours: "4".into(),
        sector: "culture".into(),
        ..bad
    };
    let outsider = viewer(&pool, "mindaugas@santaka.test", &[Role::Partner]).await;
    assert!(ssr::add_role(&pool, &outsider, team, &good).await.is_err());
    ssr::add_role(&pool, &lead, team, &good)
        .await
        .expect("a role");
    assert_eq!(count(&pool, roles, team).await, before + 1);
}
