//! SQL behind the festival: the public program and its read model, an intervention, proposing
//! and reviewing, the steering group's desk, placing by hand or by the scheduler, publishing.
mod intervention;
mod manage;
mod placing;
mod program;
mod propose;
mod start;
pub use intervention::*;
pub use manage::*;
pub use placing::*;
pub use program::*;
pub use propose::*;
pub use start::*;
