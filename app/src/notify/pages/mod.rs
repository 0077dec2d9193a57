//! The pages of this feature, one per file.
mod notifications;
pub use notifications::*;
