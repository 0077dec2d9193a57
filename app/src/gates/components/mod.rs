//! The stage gates on an idea's page: where the idea stands, what the next gate asks, the
//! team's request form, the decider's form and the sign-off history.
mod ask_form;
mod decide_form;
mod gate_panel;
mod history;
pub(crate) use ask_form::AskForm;
pub(crate) use decide_form::DecideForm;
pub use gate_panel::*;
pub(crate) use history::GateHistory;
