//! The SQLite database: one embedded file, opened durable (WAL, `synchronous=FULL`, foreign
//! keys, a busy timeout), migrated at start-up, and written only inside `BEGIN IMMEDIATE`
//! transactions so a second writer waits for the lock instead of failing at once.
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Sqlite, SqlitePool, Transaction};
use std::str::FromStr;
use std::time::Duration;

/// How long a statement waits for another writer before giving up.
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// Opens (and creates if missing) the database at `url`, e.g. `sqlite://data/santaka.db`.
pub async fn open_pool(url: &str) -> Result<SqlitePool, sqlx::Error> {
    let options = SqliteConnectOptions::from_str(url)?
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Full)
        .foreign_keys(true)
        .busy_timeout(BUSY_TIMEOUT);
    SqlitePoolOptions::new()
        .max_connections(8)
        .acquire_timeout(Duration::from_secs(10))
        .connect_with(options)
        .await
}

/// Applies every migration in `migrations/` that the database has not seen yet.
pub async fn migrate(pool: &SqlitePool) -> Result<(), sqlx::migrate::MigrateError> {
    sqlx::migrate!("../migrations").run(pool).await
}

/// Starts a write transaction. Always use this for writes: a deferred transaction that reads
/// first and writes later fails with "database is locked" under contention, ignoring the busy
/// timeout.
pub async fn begin_write(pool: &SqlitePool) -> Result<Transaction<'static, Sqlite>, sqlx::Error> {
    pool.begin_with("BEGIN IMMEDIATE").await
}

/// Answers whether the database responds to a trivial query.
pub async fn ping(pool: &SqlitePool) -> bool {
    sqlx::query_scalar!(r#"SELECT 1 AS "one!: i64""#)
        .fetch_one(pool)
        .await
        .is_ok()
}
