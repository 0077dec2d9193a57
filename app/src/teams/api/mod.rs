//! Server functions of teams. Each authorises first through the policy; lead actions and the
//! private workspace check the caller's place in the team inside the transaction.
mod membership;
mod read;
mod roles;
mod workspace;
pub use membership::*;
pub use read::*;
pub use roles::*;
pub use workspace::*;
