//! Server functions of ideas. Each one authorises first (see `server::policy`), then does its
//! work in `ssr`; form functions return the path to go to next and keep a failure for the
//! no-JavaScript path.
mod discussion;
mod edit;
mod invite;
mod moderation;
mod read;
pub use discussion::*;
pub use edit::*;
pub use invite::*;
pub use moderation::*;
pub use read::*;
