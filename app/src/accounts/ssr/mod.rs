//! SQL behind accounts: sessions and one-time tokens, what each account form does, profiles,
//! roles and the administration.
mod account_flows;
mod admin_queries;
mod devices;
mod erase;
mod export;
mod export_more;
mod profile;
mod profile_flows;
mod session;
mod start;
pub use account_flows::*;
pub use admin_queries::*;
pub use devices::*;
pub use erase::*;
pub use export::*;
pub use profile::*;
pub use profile_flows::*;
pub use session::*;
pub use start::*;
