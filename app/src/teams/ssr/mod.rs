//! SQL behind teams: forming a team, requests and invitations, open roles with suggestions,
//! the workspace, and what other features ask of teams. Every write is one transaction that
//! also records its notifications.
mod detail;
mod forming;
mod membership;
mod mentors;
mod read;
mod roles;
mod shared;
mod start;
mod workspace;
pub use detail::*;
pub use forming::*;
pub use membership::*;
pub use mentors::*;
pub use read::*;
pub use roles::*;
pub use shared::*;
pub use start::*;
pub use workspace::*;
