//! The forums' components, one per file.
mod card;
mod cases_view;
mod console_view;
mod flow;
mod forum_form;
mod forum_view;
mod harvest;
mod live_view;
mod open_space_view;
mod publish_view;
mod reflection;
mod register;
pub(crate) use card::*;
pub(crate) use cases_view::*;
pub(crate) use console_view::*;
pub(crate) use flow::*;
pub(crate) use forum_form::*;
pub(crate) use forum_view::*;
pub(crate) use harvest::*;
pub use live_view::*;
pub(crate) use open_space_view::*;
pub(crate) use publish_view::*;
pub(crate) use reflection::*;
pub(crate) use register::*;

use crate::forums::{ForumCard, Segment};
use crate::workshops::hhmm;

/// "2027-03-14, 10:00–14:00".
pub(crate) fn when(card: &ForumCard) -> String {
    format!("{}, {}–{}", card.day, hhmm(card.starts), hhmm(card.ends))
}

/// "10:00–10:30".
pub(crate) fn hours(seg: &Segment) -> String {
    format!("{}–{}", hhmm(seg.starts), hhmm(seg.ends))
}
