//! The partner directory's pages.
mod list;
mod partner;
pub use list::*;
pub use partner::*;
