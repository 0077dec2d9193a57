//! Pages of accounts and people.
mod admin;
mod auth;
mod profile;
pub use admin::*;
pub use auth::*;
pub use profile::*;
