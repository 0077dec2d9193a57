//! The pages of this feature, one per file.
mod home;
pub use home::*;
