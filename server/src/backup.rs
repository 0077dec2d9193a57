//! Backups: `server backup PATH` writes a consistent copy of the database while the server
//! runs (SQLite's `VACUUM INTO` reads one snapshot, and writers carry on); `server restore
//! PATH` checks a copy and puts it in place of the database, with the server stopped.
use sqlx::SqlitePool;
use std::path::{Path, PathBuf};

/// Writes a consistent copy of the database behind `pool` to `to` (which must not exist),
/// then checks it. Returns the copy's size in bytes.
pub async fn backup(pool: &SqlitePool, to: &Path) -> Result<u64, Box<dyn std::error::Error>> {
    if to.exists() {
        return Err(format!("{} exists already; a backup never overwrites", to.display()).into());
    }
    if let Some(dir) = to.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    let target = to.to_str().ok_or("the backup path is not UTF-8")?;
    sqlx::query("VACUUM INTO ?")
        .bind(target)
        .execute(pool)
        .await?;
    check(to).await?;
    Ok(std::fs::metadata(to)?.len())
}

/// Opens a copy read-only and runs `PRAGMA integrity_check` on it.
pub async fn check(copy: &Path) -> Result<(), Box<dyn std::error::Error>> {
    let options = sqlx::sqlite::SqliteConnectOptions::new()
        .filename(copy)
        .read_only(true);
    let pool = sqlx::sqlite::SqlitePoolOptions::new()
        .max_connections(1)
        .connect_with(options)
        .await?;
    let result: String = sqlx::query_scalar("PRAGMA integrity_check")
        .fetch_one(&pool)
        .await?;
    pool.close().await;
    if result == "ok" {
        Ok(())
    } else {
        Err(format!("{}: integrity_check says {result}", copy.display()).into())
    }
}

/// What `server check` finds in a database file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Health {
    /// `PRAGMA integrity_check`: "ok", or what is damaged.
    pub integrity: String,
    /// Rows whose foreign key points nowhere (`PRAGMA foreign_key_check`).
    pub foreign_key_violations: i64,
    /// Ideas whose stored support count differs from their supports.
    pub support_drift: i64,
    /// Ideas whose stored comment count differs from their comments.
    pub comment_drift: i64,
}

impl Health {
    pub fn ok(&self) -> bool {
        self.integrity == "ok"
            && self.foreign_key_violations == 0
            && self.support_drift == 0
            && self.comment_drift == 0
    }
}

/// Reads a database file (read-only; the server may be running or not) and checks its pages,
/// its foreign keys and the counters ideas keep: `server check [PATH]`. Needs no `sqlite3`.
pub async fn health(file: &Path) -> Result<Health, Box<dyn std::error::Error>> {
    if !file.is_file() {
        return Err(format!("{}: no such file", file.display()).into());
    }
    let options = sqlx::sqlite::SqliteConnectOptions::new()
        .filename(file)
        .read_only(true);
    let pool = sqlx::sqlite::SqlitePoolOptions::new()
        .max_connections(1)
        .connect_with(options)
        .await?;
    let integrity: Vec<String> = sqlx::query_scalar("PRAGMA integrity_check")
        .fetch_all(&pool)
        .await?;
    let foreign_key_violations = sqlx::query("PRAGMA foreign_key_check")
        .fetch_all(&pool)
        .await?
        .len() as i64;
    let support_drift: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM ideas i
          WHERE support_count != (SELECT count(*) FROM idea_supports s WHERE s.idea_id = i.id)",
    )
    .fetch_one(&pool)
    .await?;
    let comment_drift: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM ideas i
          WHERE comment_count != (SELECT count(*) FROM comments c WHERE c.idea_id = i.id)",
    )
    .fetch_one(&pool)
    .await?;
    pool.close().await;
    Ok(Health {
        integrity: integrity.join("; "),
        foreign_key_violations,
        support_drift,
        comment_drift,
    })
}

/// Puts the copy `from` in place of the database file `database` (the server must be
/// stopped): checks the copy, keeps the current file as `<database>.before-restore`, removes
/// its write-ahead log, and copies `from` in.
pub async fn restore(from: &Path, database: &Path) -> Result<PathBuf, Box<dyn std::error::Error>> {
    check(from).await?;
    let kept = PathBuf::from(format!("{}.before-restore", database.display()));
    if database.exists() {
        std::fs::rename(database, &kept)?;
    }
    for suffix in ["-wal", "-shm"] {
        let side = PathBuf::from(format!("{}{suffix}", database.display()));
        if side.exists() {
            std::fs::remove_file(side)?;
        }
    }
    if let Some(dir) = database.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::copy(from, database)?;
    Ok(kept)
}
