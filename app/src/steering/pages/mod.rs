//! The steering group's pages.
mod desk;
pub use desk::*;
