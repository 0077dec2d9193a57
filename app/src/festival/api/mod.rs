//! Server functions of the festival. Each authorises first through the policy: reading the
//! program is public; proposing needs a confirmed account and a place in the team (checked
//! inside, `policy::authorize_team`); running the program is the steering group's.
use crate::common::error::AppError;
use crate::common::ids::InterventionId;
#[cfg(feature = "ssr")]
use crate::festival::ssr;
#[cfg(feature = "ssr")]
use crate::server::prelude::*;
use leptos::prelude::*;

mod manage;
mod program;
mod propose;
pub use manage::*;
pub use program::*;
pub use propose::*;
