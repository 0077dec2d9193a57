//! Server functions of accounts: each authorises first through the policy, then calls `ssr`.
#[cfg(feature = "ssr")]
use crate::accounts::ssr;
use crate::common::error::AppError;
#[cfg(feature = "ssr")]
use crate::server::prelude::*;
use leptos::prelude::*;

mod admin;
mod auth;
mod profile;
pub use admin::*;
pub use auth::*;
pub use profile::*;
