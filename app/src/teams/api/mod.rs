//! Server functions of teams. Each authorises first through the policy; lead actions and the
//! private workspace check the caller's place in the team inside the transaction.
use crate::common::error::AppError;
#[cfg(feature = "ssr")]
use crate::server::prelude::*;
#[cfg(feature = "ssr")]
use crate::teams::ssr;
use leptos::prelude::*;

mod membership;
mod mentors;
mod read;
mod roles;
mod workspace;
pub use membership::*;
pub use mentors::*;
pub use read::*;
pub use roles::*;
pub use workspace::*;
