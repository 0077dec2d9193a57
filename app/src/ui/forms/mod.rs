//! Forms that work with and without JavaScript.
//!
//! Every form posts to its server function. Without JavaScript the browser submits it as HTML:
//! on success the server redirects to the next page; on failure the error and what was typed
//! (never passwords) are kept in the session and shown when the browser comes back to the
//! form. With JavaScript the same rules run in the browser before sending, errors appear next
//! to their fields without a reload, and success navigates to the path the function returns.
mod fields;
mod messages;
mod server_form;
pub use fields::*;
pub use messages::*;
pub use server_form::*;
