//! Shared UI: the page layout, the language switch, error and not-found views.
pub mod error_view;
pub mod lang_switch;
pub mod layout;
pub mod not_found;
