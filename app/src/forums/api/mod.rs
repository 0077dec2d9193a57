//! Server functions of forums. Each authorises first through the policy: the list, a forum's
//! page, its live state and its room screen are public; registering needs an account that may
//! publish (a child waiting for a guardian's consent cannot); creating is for the steering
//! group, mentors and partners; the flow, the console, check-in and the live run are for the
//! forum's hosts (checked inside, `ssr::require_host`); harvest notes for people taking part.
use crate::common::error::AppError;
use crate::common::ids::{ForumId, SegmentId};
#[cfg(feature = "ssr")]
use crate::forums::ssr;
#[cfg(feature = "ssr")]
use crate::server::prelude::*;
use leptos::prelude::*;

mod create;
mod formats;
mod read;
mod run;
mod seats;
pub use create::*;
pub use formats::*;
pub use read::*;
pub use run::*;
pub use seats::*;
