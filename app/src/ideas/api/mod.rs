//! Server functions of ideas. Each one authorises first (see `server::policy`), then does its
//! work in `ssr`; form functions return the path to go to next and keep a failure for the
//! no-JavaScript path.
use crate::common::error::AppError;
#[cfg(feature = "ssr")]
use crate::ideas::ssr;
#[cfg(feature = "ssr")]
use crate::server::prelude::*;
use leptos::prelude::*;

mod discussion;
mod draft;
mod edit;
mod invite;
mod moderation;
mod read;
pub use discussion::*;
pub use draft::*;
pub use edit::*;
pub use invite::*;
pub use moderation::*;
pub use read::*;
