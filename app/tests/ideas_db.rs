//! Database tests of the ideas' `ssr` functions on a fresh SQLite file with the demo data:
//! versions and the stale-edit conflict, who may edit, one support per person.
#![cfg(feature = "ssr")]
mod common;

use app::common::error::AppError;
use app::ideas::{ssr, IdeaEdit};
use common::{count, seeded_db, viewer};

fn edit(title: &str) -> IdeaEdit {
    IdeaEdit {
        title: title.into(),
        summary: "Vasaros vakarais rodome filmus Šilainių kiemuose.".into(),
        sectors: vec!["youth".into(), "culture".into()],
        tags: "kiemai, kinas".into(),
        district: "silainiai".into(),
        ..IdeaEdit::default()
    }
}

#[tokio::test]
async fn every_edit_is_a_version_and_a_stale_edit_changes_nothing() {
    let (pool, _dir) = seeded_db().await;
    let ruta = viewer(&pool, "ruta@santaka.test", &[]).await;
    let sectors = ["youth".to_owned()];
    let id = ssr::share(
        &pool,
        ruta.id,
        "Kiemų kinas",
        "Filmai kiemuose.",
        &sectors,
        "lt",
        None,
    )
    .await
    .expect("shared");
    let versions = "SELECT COUNT(*) FROM idea_versions WHERE idea_id = ?";
    assert_eq!(count(&pool, versions, id).await, 1);

    let first = edit("Kiemų kinas Šilainiuose");
    let needs = (true, false, false);
    let version = ssr::update(&pool, ruta.id, id, 1, &first.fields(), needs).await;
    assert_eq!(version, Ok(2));
    assert_eq!(count(&pool, versions, id).await, 2);

    // Someone who opened version 1 and saves later is told, and nothing is written.
    let stale = edit("Kinas kitur");
    let conflict = ssr::update(&pool, ruta.id, id, 1, &stale.fields(), needs).await;
    assert_eq!(conflict, Err(AppError::Conflict));
    let title: String = sqlx::query_scalar("SELECT title FROM ideas WHERE id = ?")
        .bind(id)
        .fetch_one(&pool)
        .await
        .expect("title");
    assert_eq!(title, "Kiemų kinas Šilainiuose");
    assert_eq!(count(&pool, versions, id).await, 2);

    // Only authors (and invited co-authors) edit.
    let mentor = viewer(&pool, "aiste@santaka.test", &[]).await;
    let taken = ssr::update(&pool, mentor.id, id, 2, &stale.fields(), needs).await;
    assert_eq!(taken, Err(AppError::Forbidden));
}

#[tokio::test]
async fn a_person_supports_an_idea_once() {
    let (pool, _dir) = seeded_db().await;
    let ruta = viewer(&pool, "ruta@santaka.test", &[]).await;
    let mentor = viewer(&pool, "aiste@santaka.test", &[]).await;
    let sectors = ["social".to_owned()];
    let id = ssr::share(
        &pool,
        ruta.id,
        "Kaimynų dirbtuvės",
        "Taisome kartu.",
        &sectors,
        "lt",
        None,
    )
    .await
    .expect("shared");
    let supports = "SELECT COUNT(*) FROM idea_supports WHERE idea_id = ?";
    ssr::support(&pool, mentor.id, id, true)
        .await
        .expect("support");
    ssr::support(&pool, mentor.id, id, true)
        .await
        .expect("again");
    assert_eq!(count(&pool, supports, id).await, 1);
    ssr::support(&pool, mentor.id, id, false)
        .await
        .expect("withdrawn");
    assert_eq!(count(&pool, supports, id).await, 0);
}
