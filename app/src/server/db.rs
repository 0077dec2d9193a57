//! The SQLite database: one embedded file, opened durable (WAL, `synchronous=FULL`, foreign
//! keys, a busy timeout), migrated at start-up, and written only inside `BEGIN IMMEDIATE`
//! transactions so a second writer waits for the lock instead of failing at once.
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Sqlite, SqlitePool, Transaction};
use std::str::FromStr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

/// Tables whose rows never show on a page anyone else sees: writing them changes no public page.
const PRIVATE_TABLES: &[&str] = &[
    "tower_sessions",
    "outbox",
    "email_tokens",
    "notifications",
    "notification_prefs",
    "digests",
];

/// Rows written to any other table since the process started (every connection of every pool
/// counts them, through SQLite's update hook).
static PUBLIC_WRITES: AtomicU64 = AtomicU64::new(0);

/// How many rows of tables that public pages show were written so far: when it moves, a page
/// kept in memory may be out of date (see the server's response cache).
pub fn public_writes() -> u64 {
    PUBLIC_WRITES.load(Ordering::SeqCst)
}

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
        .after_connect(|conn, _meta| {
            Box::pin(async move {
                conn.lock_handle().await?.set_update_hook(|change| {
                    if !PRIVATE_TABLES.contains(&change.table) {
                        PUBLIC_WRITES.fetch_add(1, Ordering::SeqCst);
                    }
                });
                Ok(())
            })
        })
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
