//! Database tests: each one opens a fresh SQLite file, exactly as the server does.
#![cfg(feature = "ssr")]
use app::demo;
use app::home;
use app::server::db;
use sqlx::SqlitePool;

async fn fresh_db() -> (SqlitePool, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("temp dir");
    let url = format!("sqlite://{}", dir.path().join("test.db").display());
    let pool = db::open_pool(&url).await.expect("open");
    db::migrate(&pool).await.expect("migrate");
    (pool, dir)
}

/// The value of a PRAGMA as text, so one helper serves numbers and names alike.
async fn pragma(pool: &SqlitePool, name: &str) -> String {
    let column = if name == "busy_timeout" {
        "timeout"
    } else {
        name
    };
    sqlx::query_scalar(&format!("SELECT CAST({column} AS TEXT) FROM pragma_{name}"))
        .fetch_one(pool)
        .await
        .unwrap_or_else(|e| panic!("PRAGMA {name}: {e}"))
}

#[tokio::test]
async fn a_new_database_is_durable_and_enforces_foreign_keys() {
    let (pool, _dir) = fresh_db().await;
    assert_eq!(pragma(&pool, "journal_mode").await, "wal");
    assert_eq!(pragma(&pool, "synchronous").await, "2", "must be FULL");
    assert_eq!(pragma(&pool, "foreign_keys").await, "1");
    assert_eq!(pragma(&pool, "busy_timeout").await, "5000");
}

#[tokio::test]
async fn migrations_create_the_five_sectors_and_refuse_unknown_ones() {
    let (pool, _dir) = fresh_db().await;
    let codes: Vec<String> = sqlx::query_scalar("SELECT code FROM sectors ORDER BY position")
        .fetch_all(&pool)
        .await
        .unwrap();
    assert_eq!(
        codes,
        ["youth", "culture", "education", "business", "social"]
    );
    let bad = sqlx::query("INSERT INTO sectors (code, position) VALUES ('sports', 6)")
        .execute(&pool)
        .await;
    assert!(
        bad.is_err(),
        "the CHECK constraint must refuse an unknown sector"
    );
}

#[tokio::test]
async fn demo_data_is_seeded_once_and_never_duplicated() {
    let (pool, _dir) = fresh_db().await;
    assert!(demo::seed(&pool).await.unwrap(), "the first seed writes");
    let seeded_at: String =
        sqlx::query_scalar("SELECT value FROM app_meta WHERE key = 'demo_seeded_at'")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert!(
        !demo::seed(&pool).await.unwrap(),
        "the second seed writes nothing"
    );
    let meta_rows: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM app_meta")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(meta_rows, 2);
    let again: String =
        sqlx::query_scalar("SELECT value FROM app_meta WHERE key = 'demo_seeded_at'")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(seeded_at, again);
}

#[tokio::test]
async fn demo_data_never_overwrites_edited_content() {
    let (pool, _dir) = fresh_db().await;
    sqlx::query(
        "UPDATE sectors SET blurb_lt = 'Mūsų tekstas', blurb_en = 'Our text' WHERE code = 'youth'",
    )
    .execute(&pool)
    .await
    .unwrap();
    demo::seed(&pool).await.unwrap();
    let blurb: String = sqlx::query_scalar("SELECT blurb_en FROM sectors WHERE code = 'youth'")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(blurb, "Our text");
}

#[tokio::test]
async fn the_home_figures_come_from_the_database() {
    let (pool, _dir) = fresh_db().await;
    demo::seed(&pool).await.unwrap();
    // The festival figure is the current edition's: its published interventions of its target.
    sqlx::query("UPDATE festival_editions SET target = 120")
        .execute(&pool)
        .await
        .unwrap();
    let stats = home::ssr::home_stats(&pool).await.unwrap();
    assert_eq!(stats.sectors.len(), 5);
    assert_eq!(stats.festival_target, 120);
    let published: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM interventions WHERE status = 'published'")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert!(published >= 80, "the demo edition's program: {published}");
    assert_eq!(stats.festival_published, published);
    // The demo ideas, counted from the table; a hidden one no longer counts.
    let visible: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM ideas WHERE hidden_at IS NULL")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert!(visible >= 35, "about forty demo ideas, found {visible}");
    assert_eq!(stats.ideas_shared, visible);
    sqlx::query(
        "UPDATE ideas SET hidden_at = datetime('now') WHERE id = (SELECT MIN(id) FROM ideas)",
    )
    .execute(&pool)
    .await
    .unwrap();
    let stats = home::ssr::home_stats(&pool).await.unwrap();
    assert_eq!(stats.ideas_shared, visible - 1);
    assert!(stats.sectors[0].blurb_en.contains("Šilainiai"));
}

#[tokio::test]
async fn concurrent_writers_wait_for_each_other_instead_of_failing() {
    let (pool, _dir) = fresh_db().await;
    sqlx::query("INSERT INTO app_meta (key, value) VALUES ('counter', '0')")
        .execute(&pool)
        .await
        .unwrap();
    let mut tasks = Vec::new();
    for _ in 0..16 {
        let pool = pool.clone();
        tasks.push(tokio::spawn(async move {
            // Read, then write: the pattern that fails with "database is locked" under a
            // deferred transaction.
            let mut tx = db::begin_write(&pool).await?;
            let value: String =
                sqlx::query_scalar("SELECT value FROM app_meta WHERE key = 'counter'")
                    .fetch_one(&mut *tx)
                    .await?;
            let next = value.parse::<i64>().unwrap_or(0) + 1;
            sqlx::query("UPDATE app_meta SET value = ?1 WHERE key = 'counter'")
                .bind(next.to_string())
                .execute(&mut *tx)
                .await?;
            tx.commit().await
        }));
    }
    for task in tasks {
        task.await.unwrap().expect("every writer commits");
    }
    let value: String = sqlx::query_scalar("SELECT value FROM app_meta WHERE key = 'counter'")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(value, "16");
}
