//! The pages of this feature, one per file.
mod agenda;
mod intervention;
mod manage;
mod map;
mod program;
mod propose;
pub use agenda::*;
pub use intervention::*;
pub use manage::*;
pub use map::*;
pub use program::*;
pub use propose::*;
