//! Database tests of inviting an organisation's contact: a new person gets an account attached
//! to the organisation (not listed publicly until they set their password through the e-mailed
//! link), an adult with a confirmed account is attached at once, and minors, unconfirmed
//! accounts and people who speak for another organisation are refused with nothing written.
#![cfg(feature = "ssr")]
mod common;

use app::common::error::AppError;
use app::common::ids::OrganisationId;
use app::common::Role;
use app::partners::ssr::{invite, partner};
use common::{seeded_db, viewer};
use sqlx::SqlitePool;

const URL: &str = "http://127.0.0.1:3000";

async fn count(pool: &SqlitePool, sql: &str) -> i64 {
    sqlx::query_scalar(sql).fetch_one(pool).await.expect(sql)
}

fn code(error: AppError, field: &str) -> String {
    error
        .field_code(field)
        .unwrap_or_else(|| panic!("{error:?}"))
        .to_owned()
}

#[tokio::test]
async fn an_invited_contact_gets_an_account_attached_to_the_organisation() {
    let (pool, _dir) = seeded_db().await;
    let egle = viewer(&pool, "egle@santaka.test", &[Role::Steering]).await;
    let org = OrganisationId(
        count(
            &pool,
            "SELECT id FROM organisations WHERE name = 'Žaliakalnio kūrybinės dirbtuvės'",
        )
        .await,
    );

    invite(
        &pool,
        &egle,
        org,
        "Laura Petraitienė",
        " Laura@Dirbtuves.test ",
        URL,
    )
    .await
    .unwrap();
    let user = count(
        &pool,
        "SELECT id FROM users WHERE email = 'laura@dirbtuves.test'",
    )
    .await;
    assert_eq!(
        count(
            &pool,
            &format!("SELECT organisation_id FROM partner_profiles WHERE user_id = {user}")
        )
        .await,
        org.0
    );
    assert_eq!(
        count(
            &pool,
            &format!("SELECT COUNT(*) FROM user_roles WHERE user_id = {user} AND role = 'partner'")
        )
        .await,
        1
    );
    let (subject, body): (String, String) = sqlx::query_as(
        "SELECT subject, body FROM outbox WHERE recipient = 'laura@dirbtuves.test' AND kind = 'partner_invitation'",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert!(
        subject.contains("Žaliakalnio kūrybinės dirbtuvės"),
        "{subject}"
    );
    assert!(body.contains(&format!("{URL}/reset?token=")), "{body}");
    assert!(body.contains("14"), "{body}");
    assert_eq!(
        count(&pool, &format!("SELECT COUNT(*) FROM email_tokens WHERE user_id = {user} AND purpose = 'reset_password' AND expires_at > datetime('now', '+13 days')")).await,
        1
    );
    // Not on the public page before they accept.
    let page = partner(&pool, org, "").await.unwrap();
    assert!(page.people.iter().all(|(id, _)| *id != user));
    assert_eq!(
        count(&pool, &format!("SELECT COUNT(*) FROM audit_log WHERE action = 'partner_invited' AND subject_id = {user} AND actor_id = {}", egle.id)).await,
        1
    );

    // The same person again, and someone who speaks for another organisation: refused.
    let err = invite(
        &pool,
        &egle,
        org,
        "Laura Petraitienė",
        "laura@dirbtuves.test",
        URL,
    )
    .await
    .unwrap_err();
    assert_eq!(code(err, "email"), "already_partner");
    let other = OrganisationId(count(&pool, "SELECT id FROM organisations WHERE id != (SELECT organisation_id FROM partner_profiles WHERE user_id = (SELECT id FROM users WHERE email = 'mindaugas@santaka.test')) ORDER BY id LIMIT 1").await);
    let err = invite(
        &pool,
        &egle,
        other,
        "Mindaugas",
        "mindaugas@santaka.test",
        URL,
    )
    .await
    .unwrap_err();
    assert_eq!(code(err, "email"), "partner_elsewhere");
}

#[tokio::test]
async fn people_with_an_account_are_attached_and_minors_or_bad_input_are_refused() {
    let (pool, _dir) = seeded_db().await;
    let egle = viewer(&pool, "egle@santaka.test", &[Role::Steering]).await;
    let org = OrganisationId(
        count(
            &pool,
            "SELECT id FROM organisations ORDER BY id DESC LIMIT 1",
        )
        .await,
    );
    let before = count(&pool, "SELECT COUNT(*) FROM partner_profiles").await;
    let users = count(&pool, "SELECT COUNT(*) FROM users").await;

    let err = invite(&pool, &egle, org, "", "ne-adresas", URL)
        .await
        .unwrap_err();
    assert!(
        err.field_code("name").is_some() && err.field_code("email") == Some("email_invalid"),
        "{err:?}"
    );
    let err = invite(&pool, &egle, org, "Jonukas", "jonukas@santaka.test", URL)
        .await
        .unwrap_err();
    assert_eq!(code(err, "email"), "minor");
    let missing = invite(
        &pool,
        &egle,
        OrganisationId(999_999),
        "Laura",
        "laura@dirbtuves.test",
        URL,
    )
    .await;
    assert!(matches!(missing, Err(AppError::NotFound)));
    assert_eq!(
        count(&pool, "SELECT COUNT(*) FROM partner_profiles").await,
        before
    );
    assert_eq!(count(&pool, "SELECT COUNT(*) FROM users").await, users);

    // Rūta has a confirmed adult account: attached at once, with a note, no new account.
    invite(&pool, &egle, org, "Rūta", "ruta@santaka.test", URL)
        .await
        .unwrap();
    let ruta = count(
        &pool,
        "SELECT id FROM users WHERE email = 'ruta@santaka.test'",
    )
    .await;
    assert_eq!(
        count(
            &pool,
            &format!("SELECT organisation_id FROM partner_profiles WHERE user_id = {ruta}")
        )
        .await,
        org.0
    );
    assert_eq!(count(&pool, "SELECT COUNT(*) FROM outbox WHERE recipient = 'ruta@santaka.test' AND kind = 'partner_role'").await, 1);
    assert_eq!(count(&pool, "SELECT COUNT(*) FROM users").await, users);
    assert!(partner(&pool, org, "")
        .await
        .unwrap()
        .people
        .iter()
        .any(|(id, _)| *id == ruta));
}
