//! What a server function body uses: the policy, the pool, the form path and the limits.
//! Each feature's `api/mod.rs` imports it once; its files take it with `use super::*`.
pub use super::form::{as_kept, done, finish, redirect_plain_form};
pub use super::limits::{posting_limit, rate_limit};
pub use super::policy::{authorize, authorize_owner, authorize_team, authorize_viewer, Access};
pub use super::state::pool;
