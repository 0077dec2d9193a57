//! SQL behind ideas. Every write runs in one `BEGIN IMMEDIATE` transaction, together with the
//! full-text index (kept by triggers) and the counters; every page reads what it shows in a
//! fixed number of queries. One file per part of an idea's life.
mod detail;
mod discussion;
mod draft;
mod history;
mod invite;
mod list;
mod moderation;
mod start;
mod write;
pub use detail::*;
pub use discussion::*;
pub use draft::*;
pub use history::*;
pub use invite::*;
pub use list::*;
pub use moderation::*;
pub use start::*;
pub use write::*;
