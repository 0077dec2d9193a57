//! The desk's server function: the steering group's only (everyone else is refused).
use crate::common::error::AppError;
#[cfg(feature = "ssr")]
use crate::common::Role;
#[cfg(feature = "ssr")]
use crate::server::prelude::*;
#[cfg(feature = "ssr")]
use crate::steering::ssr;
use crate::steering::Desk;
#[cfg(feature = "ssr")]
use crate::steering::PeriodQuery;
use leptos::prelude::*;

mod audit;
mod decisions;
mod import;
pub use audit::*;
pub use decisions::*;
pub use import::*;

/// The desk for a period (`period` = month, year, all or range with `from` and `to`).
#[server(endpoint = "get_desk", input = server_fn::codec::GetUrl)]
pub async fn get_desk(
    #[server(default)] period: String,
    #[server(default)] from: String,
    #[server(default)] to: String,
) -> Result<Desk, AppError> {
    authorize(Access::Role(Role::Steering))?;
    ssr::desk(&pool()?, &PeriodQuery { period, from, to }).await
}
