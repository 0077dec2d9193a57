//! Components every feature's pages use: the layout, forms and fields, loading and error
//! views, the caller's session, names, chips, the language switch.
pub mod chips;
pub mod content_lang;
pub mod error_view;
pub mod format;
pub mod forms;
pub mod island;
pub mod lang_switch;
pub mod live_channel;
pub mod loader;
pub mod mini_map;
pub mod navigate;
pub mod not_found;
pub mod person;
pub mod sector_boxes;
pub mod session;
pub mod sign_in;
pub mod slots;
