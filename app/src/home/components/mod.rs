//! The parts the pages of this feature are made of, one component per file.
mod home_content;
mod loading;
mod sector_item;
pub use home_content::*;
pub use loading::*;
pub use sector_item::*;
