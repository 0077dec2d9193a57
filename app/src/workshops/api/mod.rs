//! Server functions of workshops. Each authorises first through the policy: the calendar and a
//! workshop's page are public; registering needs an account that may publish (a child waiting
//! for a guardian's consent cannot); creating is for the steering group, mentors and partners;
//! the list and attendance are for the workshop's facilitators (checked inside, `ssr::runs`).
use crate::common::error::AppError;
use crate::common::ids::WorkshopId;
#[cfg(feature = "ssr")]
use crate::server::prelude::*;
#[cfg(feature = "ssr")]
use crate::workshops::ssr;
use leptos::prelude::*;

mod create;
mod read;
mod seats;
pub use create::*;
pub use read::*;
pub use seats::*;
