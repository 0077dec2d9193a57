//! From settings to a ready `AppState`: create the database folder, open the pool, migrate,
//! seed demo data, and build the Leptos options.
use crate::config::Settings;
use app::state::AppState;
use leptos::config::{Env, LeptosOptions};
use sqlx::SqlitePool;

/// The name cargo-leptos gives the WASM, JS and CSS files.
pub const OUTPUT_NAME: &str = "santaka";

/// Creates the database (and its folder) if missing, opens it and applies migrations.
pub async fn open_database(settings: &Settings) -> Result<SqlitePool, Box<dyn std::error::Error>> {
    if let Some(dir) = settings.database_dir() {
        std::fs::create_dir_all(&dir)?;
    }
    let pool = app::db::open_pool(&settings.database_url).await?;
    app::db::migrate(&pool).await?;
    Ok(pool)
}

pub async fn prepare_state(settings: &Settings) -> Result<AppState, Box<dyn std::error::Error>> {
    let pool = open_database(settings).await?;
    if settings.demo_data && app::demo::seed(&pool).await? {
        tracing::info!("demo data seeded");
    }
    Ok(AppState {
        pool,
        leptos_options: leptos_options(settings),
    })
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
