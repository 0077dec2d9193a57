//! The Santaka server: configuration, the SQLite pool, migrations, layers and the router.
//! Everything a feature needs lives in `app`; this crate only wires it together.
// The page views are deep types; computing their layout needs more than the default depth.
#![recursion_limit = "256"]
pub mod backup;
pub mod cache;
pub mod config;
pub mod mailer;
pub mod router;
pub mod security;
pub mod spliced_gzip;
pub mod startup;

pub use router::build_router;
