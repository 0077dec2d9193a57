//! The steering group's pages.
mod desk;
mod import;
pub use desk::*;
pub use import::*;
