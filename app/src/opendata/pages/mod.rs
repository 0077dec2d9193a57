//! Open data's page.
mod open_data;
pub use open_data::*;
