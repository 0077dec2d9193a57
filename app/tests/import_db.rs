//! Database tests of importing the partner network: a file with problems writes nothing; a
//! file whose rows became wrong after its preview (someone added one of its organisations
//! meanwhile) writes nothing either; a right file writes every row at once, once; mentors new
//! to Santaka get an account and an invitation in the outbox, people with an account the role.
#![cfg(feature = "ssr")]
mod common;

use app::common::Role;
use app::steering::import::ImportKind;
use app::steering::ssr::import;
use common::{seeded_db, viewer};

const URL: &str = "http://127.0.0.1:3000";

async fn count(pool: &sqlx::SqlitePool, sql: &str) -> i64 {
    sqlx::query_scalar(sql).fetch_one(pool).await.expect(sql)
}

#[tokio::test]
async fn an_import_writes_every_row_or_none() {
    let (pool, _dir) = seeded_db().await;
    let egle = viewer(&pool, "egle@santaka.test", &[Role::Steering]).await;
    let before = count(&pool, "SELECT COUNT(*) FROM organisations").await;

    // Two bad rows: an unknown sector, and an organisation that is already there.
    let bad = "name,sector,kind,offers\n\
               Aleksoto dviračių dirbtuvės,social,ngo,materials\n\
               Kauno šokio studija,šokis,cultural_institution,venue\n\
               Žaliakalnio kūrybinės dirbtuvės,culture,ngo,\n";
    let id = import::store(
        &pool,
        &egle,
        ImportKind::Organisations,
        "tinklas.csv",
        bad.as_bytes(),
    )
    .await
    .unwrap();
    let preview = import::preview(&pool, id).await.unwrap();
    assert_eq!(preview.rows.len(), 3);
    assert_eq!(preview.troubled(), 2);
    assert!(!preview.importable());
    let refused = import::run(&pool, &egle, id, URL).await.unwrap_err();
    assert_eq!(refused.field_code("form"), Some("import_has_problems"));
    assert_eq!(
        count(&pool, "SELECT COUNT(*) FROM organisations").await,
        before
    );

    // The fixed file previews clean, but one of its organisations is added before it is run:
    // checked again inside the transaction, the whole file is refused.
    let fixed = "name,sector,kind,offers\n\
                 Aleksoto dviračių dirbtuvės,social,ngo,materials\n\
                 Kauno šokio studija,culture,cultural_institution,venue; mentorystė\n\
                 Vilijampolės jaunimo klubas,youth,ngo,\n";
    let id = import::store(
        &pool,
        &egle,
        ImportKind::Organisations,
        "tinklas.csv",
        fixed.as_bytes(),
    )
    .await
    .unwrap();
    assert!(import::preview(&pool, id).await.unwrap().importable());
    sqlx::query("INSERT INTO organisations (name, sector, kind) VALUES ('KAUNO ŠOKIO STUDIJA', 'culture', 'ngo')")
        .execute(&pool)
        .await
        .unwrap();
    let refused = import::run(&pool, &egle, id, URL).await.unwrap_err();
    assert_eq!(refused.field_code("form"), Some("import_has_problems"));
    assert_eq!(
        count(&pool, "SELECT COUNT(*) FROM organisations").await,
        before + 1
    );
    assert_eq!(
        count(
            &pool,
            "SELECT COUNT(*) FROM organisations WHERE name = 'Aleksoto dviračių dirbtuvės'"
        )
        .await,
        0
    );

    // Without that row the file imports whole, with what each row says, and only once.
    sqlx::query("DELETE FROM organisations WHERE name = 'KAUNO ŠOKIO STUDIJA'")
        .execute(&pool)
        .await
        .unwrap();
    assert_eq!(import::run(&pool, &egle, id, URL).await.unwrap(), 3);
    assert_eq!(
        count(&pool, "SELECT COUNT(*) FROM organisations").await,
        before + 3
    );
    let (venue, mentoring): (bool, bool) = sqlx::query_as(
        "SELECT offers_venue, offers_mentoring FROM organisations WHERE name = 'Kauno šokio studija'",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert!(venue && mentoring);
    let again = import::run(&pool, &egle, id, URL).await.unwrap_err();
    assert_eq!(again.field_code("form"), Some("already_imported"));
    // The file itself is not kept once imported (it may hold people's addresses).
    assert_eq!(
        count(
            &pool,
            &format!("SELECT length(body) FROM steering_imports WHERE id = {id}")
        )
        .await,
        0
    );
    assert!(import::preview(&pool, id).await.unwrap().imported.is_some());
    assert_eq!(
        count(&pool, "SELECT COUNT(*) FROM organisations").await,
        before + 3
    );
}

#[tokio::test]
async fn imported_mentors_are_invited_to_set_their_own_password() {
    let (pool, _dir) = seeded_db().await;
    let egle = viewer(&pool, "egle@santaka.test", &[Role::Steering]).await;
    let file = "name,email,expertise,capacity\n\
                Dalia Naujokė,dalia.naujoke@ktu.test,Produkto kūrimas,3\n\
                Rūta Petraitytė,RUTA@santaka.test,Bendruomenės,1\n";
    let id = import::store(
        &pool,
        &egle,
        ImportKind::Mentors,
        "mentoriai.csv",
        file.as_bytes(),
    )
    .await
    .unwrap();
    assert!(import::preview(&pool, id).await.unwrap().importable());
    assert_eq!(import::run(&pool, &egle, id, URL).await.unwrap(), 2);
    // The new person: an account that cannot sign in yet, the role, the profile, a link.
    let (user, verified): (i64, Option<String>) = sqlx::query_as(
        "SELECT id, email_verified_at FROM users WHERE email = 'dalia.naujoke@ktu.test'",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(verified, None);
    assert_eq!(
        count(
            &pool,
            &format!("SELECT COUNT(*) FROM user_roles WHERE user_id = {user} AND role = 'mentor'")
        )
        .await,
        1
    );
    assert_eq!(
        count(
            &pool,
            &format!("SELECT capacity FROM mentor_profiles WHERE user_id = {user}")
        )
        .await,
        3
    );
    let body: String =
        sqlx::query_scalar("SELECT body FROM outbox WHERE recipient = 'dalia.naujoke@ktu.test'")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert!(body.contains(&format!("{URL}/reset?token=")), "{body}");
    assert_eq!(count(&pool, &format!("SELECT COUNT(*) FROM email_tokens WHERE user_id = {user} AND purpose = 'reset_password' AND expires_at > datetime('now', '+13 days')")).await, 1);
    // Rūta had an account: the role, and a note, no second account.
    assert_eq!(
        count(
            &pool,
            "SELECT COUNT(*) FROM users WHERE lower(email) = 'ruta@santaka.test'"
        )
        .await,
        1
    );
    assert_eq!(count(&pool, "SELECT COUNT(*) FROM user_roles r JOIN users u ON u.id = r.user_id WHERE u.email = 'ruta@santaka.test' AND r.role = 'mentor'").await, 1);
    assert_eq!(count(&pool, "SELECT COUNT(*) FROM outbox WHERE recipient = 'ruta@santaka.test' AND kind = 'mentor_role'").await, 1);
}
