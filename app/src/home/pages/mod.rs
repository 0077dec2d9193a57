//! The pages of this feature, one per file.
mod home;
mod legal;
pub use home::*;
pub use legal::*;
