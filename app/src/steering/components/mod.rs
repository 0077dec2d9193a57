//! The desk's parts: charts, the period form, the panels.
mod chart;
mod decision_notes;
mod import_view;
mod panels;
mod period_form;
pub use chart::*;
pub use decision_notes::*;
pub use import_view::*;
pub use panels::*;
pub use period_form::*;
