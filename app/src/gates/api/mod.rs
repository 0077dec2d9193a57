//! Server functions of the stage gates. An idea's gate and the criteria are public reads;
//! asking needs an account that may publish (the team's people or the idea's authors, checked
//! inside through `ideas::stage::may_ask`); deciding likewise (a mentor of the team or the
//! steering group, `ideas::stage::may_decide`); the criteria are the steering group's.
use crate::common::error::AppError;
#[cfg(feature = "ssr")]
use crate::gates::ssr;
#[cfg(feature = "ssr")]
use crate::server::prelude::*;
use leptos::prelude::*;

mod read;
mod write;
pub use read::*;
pub use write::*;
