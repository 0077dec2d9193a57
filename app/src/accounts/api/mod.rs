//! Server functions of accounts: each authorises first through the policy, then calls `ssr`.
mod admin;
mod auth;
mod profile;
pub use admin::*;
pub use auth::*;
pub use profile::*;
