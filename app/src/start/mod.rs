//! My Santaka (`/me`), each person's start page, where everyone lands after signing in. It is
//! part of the top: it gathers what every feature lists for the caller (each feature's
//! `ssr::start_sections`) and shows them in the one order `common::start::arrange` decides.
//! A new feature adds its lists by writing its `start_sections` and calling it in [`api`].
pub mod api;
mod page;
mod section_view;
pub use page::StartPage;
