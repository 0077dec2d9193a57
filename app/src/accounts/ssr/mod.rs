//! SQL behind accounts: sessions and one-time tokens, profiles and roles.
mod profile;
mod session;
pub use profile::*;
pub use session::*;
