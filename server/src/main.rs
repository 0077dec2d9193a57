//! Starts Santaka: read the configuration, prepare the database, serve until SIGINT/SIGTERM.
use server::build_router;
use server::config::{help_text, Settings};
use server::startup::{listen, open_database, prepare_state, spawn_background};
use tracing_subscriber::EnvFilter;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    if std::env::args().skip(1).any(|a| a == "--help" || a == "-h") {
        print!("{}", help_text());
        return Ok(());
    }
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn")),
        )
        .init();
    let settings = Settings::from_env()?;
    if std::env::args().nth(1).as_deref() == Some("migrate") {
        // Create and migrate the database (no demo data), then stop: for deployments.
        open_database(&settings).await?.close().await;
        return Ok(());
    }
    if std::env::args().nth(1).as_deref() == Some("backup") {
        // A consistent copy while the server runs: `server backup PATH`.
        let to = std::env::args().nth(2).ok_or("usage: server backup PATH")?;
        let pool = open_database(&settings).await?;
        let bytes = server::backup::backup(&pool, std::path::Path::new(&to)).await?;
        pool.close().await;
        println!("backup written to {to} ({bytes} bytes, integrity_check ok)");
        return Ok(());
    }
    if std::env::args().nth(1).as_deref() == Some("check") {
        // `server check [PATH]`: integrity, foreign keys and counters of a database file (the
        // server's own by default), read-only; exits 1 when anything is wrong.
        let file = match std::env::args().nth(2) {
            Some(path) => std::path::PathBuf::from(path),
            None => settings
                .database_file()
                .ok_or("DATABASE_URL names no file to check")?,
        };
        let health = server::backup::health(&file).await?;
        println!("file: {}", file.display());
        println!("integrity_check: {}", health.integrity);
        println!(
            "foreign_key_check: {} violations",
            health.foreign_key_violations
        );
        println!(
            "counters: {} ideas with a wrong support count, {} with a wrong comment count",
            health.support_drift, health.comment_drift
        );
        if !health.ok() {
            std::process::exit(1);
        }
        return Ok(());
    }
    if std::env::args().nth(1).as_deref() == Some("restore") {
        // With the server stopped: `server restore PATH` puts a backup in place.
        let from = std::env::args()
            .nth(2)
            .ok_or("usage: server restore PATH")?;
        let database = settings
            .database_file()
            .ok_or("DATABASE_URL names no file to restore into")?;
        let kept = server::backup::restore(std::path::Path::new(&from), &database).await?;
        println!(
            "restored {from} to {}; the database before is kept as {}",
            database.display(),
            kept.display()
        );
        return Ok(());
    }
    if std::env::args().nth(1).as_deref() == Some("digest") {
        // Queue today's daily digests now (the server does this by itself every few minutes).
        // `--at <RFC 3339 time>` sets the clock: for tests and for catching up a missed day.
        let at = match std::env::args().skip_while(|a| a != "--at").nth(1) {
            Some(text) => chrono::DateTime::parse_from_rfc3339(&text)
                .map_err(|e| format!("--at {text}: {e}"))?
                .with_timezone(&chrono::Utc),
            None => chrono::Utc::now(),
        };
        let pool = open_database(&settings).await?;
        let base = settings.public_url.trim_end_matches('/');
        let queued = app::notify::ssr::send_digests(&pool, base, at).await?;
        let reminded = app::workshops::ssr::send_reminders(&pool, at).await?;
        pool.close().await;
        println!("queued {queued} daily digests and {reminded} workshop reminders for {at}");
        return Ok(());
    }
    let state = prepare_state(&settings).await?;
    spawn_background(&state, &settings)?;
    let pool = state.pool.clone();
    let stopping = state.stopping.clone();
    let listener = listen(settings.addr).await?;
    tracing::info!("Santaka is listening on http://{}", settings.addr);
    // The peer address feeds the per-IP rate limits.
    axum::serve(
        listener,
        build_router(state).into_make_service_with_connect_info::<std::net::SocketAddr>(),
    )
    .with_graceful_shutdown(async move {
        shutdown_signal().await;
        // Live-update streams end, so in-flight requests can finish.
        stopping.send_replace(true);
    })
    .await?;
    pool.close().await;
    tracing::info!("Santaka stopped");
    Ok(())
}

/// Resolves on Ctrl-C or SIGTERM, letting in-flight requests finish.
async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
}
