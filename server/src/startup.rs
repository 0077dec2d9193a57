//! From settings to a ready `AppState`: create the database folder, open the pool, migrate,
//! seed demo data, and build the Leptos options.
use crate::config::Settings;
use app::server::state::AppState;
use axum::serve::{ListenerExt, TapIo};
use leptos::config::{Env, LeptosOptions};
use sqlx::SqlitePool;
use std::net::SocketAddr;
use tokio::net::{TcpListener, TcpStream};

/// The name cargo-leptos gives the WASM, JS and CSS files.
pub const OUTPUT_NAME: &str = "santaka";

/// Creates the database (and its folder) if missing, opens it and applies migrations.
/// The listener the server accepts connections on, with TCP_NODELAY set on each connection.
/// Responses are written in several pieces (headers, body chunks); without it a kept-alive
/// connection waits for the browser's delayed acknowledgement, about 40 ms a request.
pub async fn listen(addr: SocketAddr) -> std::io::Result<TapIo<TcpListener, fn(&mut TcpStream)>> {
    let tap: fn(&mut TcpStream) = no_delay;
    Ok(TcpListener::bind(addr).await?.tap_io(tap))
}

fn no_delay(stream: &mut TcpStream) {
    if let Err(err) = stream.set_nodelay(true) {
        tracing::warn!(error = %err, "could not set TCP_NODELAY on a connection");
    }
}

pub async fn open_database(settings: &Settings) -> Result<SqlitePool, Box<dyn std::error::Error>> {
    if let Some(dir) = settings.database_dir() {
        std::fs::create_dir_all(&dir)?;
    }
    let pool = app::server::db::open_pool(&settings.database_url).await?;
    app::server::db::migrate(&pool).await?;
    // The session store keeps its own table; creating it is idempotent.
    tower_sessions_sqlx_store::SqliteStore::new(pool.clone())
        .migrate()
        .await?;
    Ok(pool)
}

pub async fn prepare_state(settings: &Settings) -> Result<AppState, Box<dyn std::error::Error>> {
    let pool = open_database(settings).await?;
    if settings.demo_data && app::demo::seed(&pool).await? {
        tracing::info!("demo data seeded");
    }
    let mut state = AppState::new(pool, leptos_options(settings), &settings.public_url);
    state.live_renew = std::time::Duration::from_secs(settings.live_renew_secs);
    state.tile_url = settings.tile_url.clone();
    Ok(state)
}

/// Background work of a running server: the outbox sender and the sweep of expired sessions.
pub fn spawn_background(
    state: &AppState,
    settings: &Settings,
) -> Result<(), Box<dyn std::error::Error>> {
    let transport =
        crate::mailer::Transport::from_settings(settings.smtp_url.as_deref(), &settings.mail_from)?;
    if matches!(transport, crate::mailer::Transport::Log) {
        tracing::info!("no SANTAKA_SMTP_URL: emails are written to the log");
    }
    crate::mailer::spawn(state.pool.clone(), state.mail_wakeup.clone(), transport);
    if !settings.auto_digests {
        tracing::info!("SANTAKA_DIGESTS=off: daily digests only through `server digest`");
        return Ok(());
    }
    // The daily digest and the workshops' day-before reminders: looked at every few minutes;
    // each is sent at most once (see `app::notify::ssr::send_digests`), so restarts and
    // repeated runs are harmless.
    let digest_pool = state.pool.clone();
    let wakeup = state.mail_wakeup.clone();
    let base = state.public_url.clone();
    tokio::spawn(async move {
        loop {
            match app::notify::ssr::send_digests(&digest_pool, &base, chrono::Utc::now()).await {
                Ok(0) => {}
                Ok(sent) => {
                    tracing::info!(sent, "daily digests queued");
                    wakeup.notify_one();
                }
                Err(err) => tracing::error!(error = %err, "daily digests failed"),
            }
            // The day-before reminders of workshops: each seat once (see
            // `app::workshops::ssr::send_reminders`).
            match app::workshops::ssr::send_reminders(&digest_pool, chrono::Utc::now()).await {
                Ok(0) => {}
                Ok(sent) => tracing::info!(sent, "workshop reminders sent"),
                Err(err) => tracing::error!(error = %err, "workshop reminders failed"),
            }
            // Decisions whose deadline passed get their outcome, so the things they are
            // about show it even if no steering member opens the log.
            if let Err(err) = app::steering::ssr::decisions::settle_due(&digest_pool).await {
                tracing::error!(error = %err, "recording due decisions failed");
            }
            tokio::time::sleep(std::time::Duration::from_secs(300)).await;
        }
    });
    let store = tower_sessions_sqlx_store::SqliteStore::new(state.pool.clone());
    tokio::spawn(async move {
        use tower_sessions::session_store::ExpiredDeletion;
        loop {
            if let Err(err) = store.delete_expired().await {
                tracing::warn!(error = %err, "could not sweep expired sessions");
            }
            tokio::time::sleep(std::time::Duration::from_secs(3600)).await;
        }
    });
    Ok(())
}

/// Leptos options from our settings. cargo-leptos bakes the output name and whether file
/// names carry content hashes into the build; both are read at compile time.
pub fn leptos_options(settings: &Settings) -> LeptosOptions {
    LeptosOptions::builder()
        .output_name(option_env!("LEPTOS_OUTPUT_NAME").unwrap_or(OUTPUT_NAME))
        .site_root(settings.site_root.to_string_lossy().into_owned())
        .site_pkg_dir("pkg")
        .site_addr(settings.addr)
        .env(Env::PROD)
        .hash_files(option_env!("LEPTOS_HASH_FILES") == Some("true"))
        .build()
}
