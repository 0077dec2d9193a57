//! What the database tests share: a fresh SQLite file with the demo data, and a demo person as
//! the policy sees them.
#![allow(dead_code)]
use app::common::{Role, Viewer};
use app::server::db;
use sqlx::SqlitePool;

/// A fresh database file, migrated and seeded with the demo data, exactly as the server does.
pub async fn seeded_db() -> (SqlitePool, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("temp dir");
    let url = format!("sqlite://{}", dir.path().join("test.db").display());
    let pool = db::open_pool(&url).await.expect("open");
    db::migrate(&pool).await.expect("migrate");
    app::demo::seed(&pool).await.expect("demo data");
    (pool, dir)
}

/// The demo person with this address, as the policy would see them.
pub async fn viewer(pool: &SqlitePool, email: &str, roles: &[Role]) -> Viewer {
    let (id, display_name): (i64, String) =
        sqlx::query_as("SELECT id, display_name FROM users WHERE email = ?")
            .bind(email)
            .fetch_one(pool)
            .await
            .expect("demo person");
    Viewer {
        id,
        display_name,
        roles: roles.to_vec(),
        email_verified: true,
        guardian_pending: false,
        publishing_blocked: false,
    }
}

/// A number the query `sql` gives for `id` (a plain or a typed id).
pub async fn count<Id>(pool: &SqlitePool, sql: &str, id: Id) -> i64
where
    Id: for<'q> sqlx::Encode<'q, sqlx::Sqlite> + sqlx::Type<sqlx::Sqlite> + Send,
{
    sqlx::query_scalar(sql)
        .bind(id)
        .fetch_one(pool)
        .await
        .expect("count")
}
