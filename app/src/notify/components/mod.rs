//! The parts the pages of this feature are made of, one component per file.
mod inbox_view;
pub use inbox_view::*;
