//! The agenda of starred interventions: kept with the account when signed in, in the browser's
//! localStorage otherwise, shared by every star button of a page.
use crate::common::ids::InterventionId;
use leptos::prelude::*;

/// The calendar file of a list of interventions.
pub fn agenda_ics(ids: &[InterventionId]) -> String {
    let list: Vec<String> = ids.iter().map(InterventionId::to_string).collect();
    format!("/festival/agenda.ics?ids={}", list.join(","))
}

// ---------------------------------------------------------------------------------------
// My agenda: starred interventions, on the server for a signed-in person, in the browser
// (localStorage) for a visitor.
// ---------------------------------------------------------------------------------------
#[cfg(feature = "hydrate")]
pub const STARS_KEY: &str = "santaka-festival-stars";

/// The page's agenda, shared by its star buttons; `in_island` inside an island (the agenda page).
pub fn provide_stars(signed_in: bool, starred: Vec<InterventionId>, in_island: bool) -> Stars {
    let stars = Stars {
        ids: RwSignal::new(starred),
        signed_in: StoredValue::new(signed_in),
        in_island,
    };
    provide_context(stars);
    #[cfg(feature = "hydrate")]
    if !signed_in && in_island {
        Effect::new(move |_| stars.ids.set(load_local_stars()));
    }
    stars
}

#[cfg(feature = "hydrate")]
pub fn load_local_stars() -> Vec<InterventionId> {
    window()
        .local_storage()
        .ok()
        .flatten()
        .and_then(|s| s.get_item(STARS_KEY).ok().flatten())
        .map(|text| parse_ids(&text))
        .unwrap_or_default()
}

/// The agenda the star buttons of a page share.
#[derive(Clone, Copy)]
pub struct Stars {
    pub(crate) ids: RwSignal<Vec<InterventionId>>,
    pub(crate) signed_in: StoredValue<bool>,
    /// Set inside an island (the agenda): its star buttons are parts of it, not islands.
    pub(crate) in_island: bool,
}

#[cfg(feature = "hydrate")]
pub fn save_local_stars(ids: &[InterventionId]) {
    if let Some(storage) = window().local_storage().ok().flatten() {
        let _ = storage.set_item(STARS_KEY, &format_ids(ids));
    }
}

/// A visitor's stars as kept in the browser: a JSON list of ids, `[12,40]`, read and written
/// by hand so that the program's page does not download a JSON library for it.
pub fn parse_ids(text: &str) -> Vec<InterventionId> {
    text.trim()
        .trim_start_matches('[')
        .trim_end_matches(']')
        .split(',')
        .filter_map(|id| id.trim().parse().ok())
        .collect()
}

pub fn format_ids(ids: &[InterventionId]) -> String {
    let list: Vec<String> = ids.iter().map(InterventionId::to_string).collect();
    format!("[{}]", list.join(","))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_visitors_stars_read_back_as_written_and_old_lists_still_read() {
        let ids = vec![InterventionId(12), InterventionId(40)];
        assert_eq!(format_ids(&ids), "[12,40]");
        assert_eq!(parse_ids(&format_ids(&ids)), ids);
        assert_eq!(
            parse_ids(" [ 3, 7 ] "),
            vec![InterventionId(3), InterventionId(7)]
        );
        assert_eq!(parse_ids("[]"), Vec::<InterventionId>::new());
        assert_eq!(parse_ids("not a list"), Vec::<InterventionId>::new());
        assert_eq!(format_ids(&[]), "[]");
    }
}
