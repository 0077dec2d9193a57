//! Server functions of the home page.
use super::HomeStats;
use crate::common::error::AppError;
#[cfg(feature = "ssr")]
use crate::home::ssr;
#[cfg(feature = "ssr")]
use crate::server::prelude::*;
use leptos::prelude::*;

/// The content and live figures of the home page. Public.
#[server(endpoint = "get_home_stats", input = server_fn::codec::GetUrl)]
pub async fn get_home_stats() -> Result<HomeStats, AppError> {
    authorize(Access::Public)?;
    let pool = pool()?;
    Ok(ssr::home_stats(&pool).await?)
}
