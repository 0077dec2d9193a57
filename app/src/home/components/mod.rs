//! The parts the pages of this feature are made of, one component per file.
mod home_content;
mod sector_item;
pub use home_content::*;
pub use sector_item::*;
