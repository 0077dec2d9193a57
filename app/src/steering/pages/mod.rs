//! The steering group's pages.
mod audit;
mod decisions;
mod desk;
mod import;
pub use audit::*;
pub use decisions::*;
pub use desk::*;
pub use import::*;
