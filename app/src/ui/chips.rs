//! Sectors as a row of coloured chips.
use crate::common::sectors::Sector;
use crate::i18n::*;
use leptos::prelude::*;

#[component]
pub(crate) fn SectorChips(sectors: Vec<Sector>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <ul class="chips" aria-label=move || t_string!(i18n, idea_sectors)>
            {sectors.into_iter().map(|s| view! {
                <li class=format!("chip sector-{}", s.code())>{move || s.label(i18n)}</li>
            }).collect_view()}
        </ul>
    }
}
