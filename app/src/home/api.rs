//! Server functions of the home page.
use super::HomeStats;
use crate::common::error::AppError;
use leptos::prelude::*;

/// The content and live figures of the home page. Public.
#[server(endpoint = "get_home_stats", input = server_fn::codec::GetUrl)]
pub async fn get_home_stats() -> Result<HomeStats, AppError> {
    use crate::server::policy::{authorize, Access};
    authorize(Access::Public)?;
    let pool = crate::server::state::pool()?;
    Ok(super::ssr::home_stats(&pool).await?)
}
