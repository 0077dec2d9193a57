//! The Santaka server: configuration, the SQLite pool, migrations, layers and the router.
//! Everything a feature needs lives in `app`; this crate only wires it together.
pub mod cache;
pub mod config;
pub mod mailer;
pub mod router;
pub mod security;
pub mod startup;

pub use router::build_router;
