//! Developer tasks. `xtask migrate <database-url>` creates a database and applies the
//! migrations without compiling `app`, whose checked queries may need exactly that database
//! first (see `scripts/sqlx-data.sh prepare`). `xtask fill-ideas <database-url> <ideas>
//! <comments>` adds generated ideas and comments for the benchmark (`scripts/bench-ideas.sh`);
//! `xtask fill-festival <database-url> <n>` adds published interventions (`scripts/bench-map.sh`);
//! `xtask reference-list <database-url> <address>` serves the idea list's yardstick (`reference.rs`).
use sqlx::sqlite::SqliteConnectOptions;
use sqlx::SqlitePool;
use std::str::FromStr;

mod fill;
mod reference;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.as_slice() {
        [task, url] if task == "migrate" => {
            let options = SqliteConnectOptions::from_str(url)?.create_if_missing(true);
            let pool = SqlitePool::connect_with(options).await?;
            sqlx::migrate!("../migrations").run(&pool).await?;
            pool.close().await;
            Ok(())
        }
        [task, url, ideas, comments] if task == "fill-ideas" => {
            let pool = SqlitePool::connect(url).await?;
            fill::ideas(&pool, ideas.parse()?, comments.parse()?).await?;
            pool.close().await;
            Ok(())
        }
        [task, url, count] if task == "fill-festival" => {
            let pool = SqlitePool::connect(url).await?;
            fill::festival(&pool, count.parse()?).await?;
            pool.close().await;
            Ok(())
        }
        [task, url, addr] if task == "reference-list" => reference::serve(url, addr).await,
        _ => Err("usage: xtask migrate <database-url> | xtask fill-ideas <database-url> <ideas> <comments> | xtask fill-festival <database-url> <interventions> | xtask reference-list <database-url> <address>".into()),
    }
}
