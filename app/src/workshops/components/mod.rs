//! The workshops' components, one per file.
mod card;
mod filters;
mod outcomes;
mod register_panel;
mod seat_list;
mod workshop_form;
mod workshop_view;
pub(crate) use card::*;
pub(crate) use filters::*;
pub(crate) use outcomes::*;
pub(crate) use register_panel::*;
pub(crate) use seat_list::*;
pub(crate) use workshop_form::*;
pub(crate) use workshop_view::*;

use crate::workshops::{hhmm, WorkshopCard};

/// "2027-04-08, 17:30–20:00".
pub(crate) fn when(card: &WorkshopCard) -> String {
    format!("{}, {}–{}", card.day, hhmm(card.starts), hhmm(card.ends))
}
