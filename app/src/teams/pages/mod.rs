//! The pages of this feature, one per file.
mod mentors;
mod new_team;
mod team;
mod teams;
mod workspace;
pub use mentors::*;
pub use new_team::*;
pub use team::*;
pub use teams::*;
pub use workspace::*;
