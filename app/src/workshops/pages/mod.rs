//! The workshops' pages, one per file.
mod calendar;
mod new;
mod workshop;
pub use calendar::*;
pub use new::*;
pub use workshop::*;
