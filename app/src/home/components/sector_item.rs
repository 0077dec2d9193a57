use crate::home::SectorCard;
use crate::i18n::*;
use leptos::prelude::*;

#[component]
pub(crate) fn SectorItem(card: SectorCard) -> impl IntoView {
    let i18n = use_i18n();
    let SectorCard {
        sector,
        blurb_lt,
        blurb_en,
    } = card;
    let blurb = move || match i18n.get_locale() {
        Locale::lt => blurb_lt.clone(),
        Locale::en => blurb_en.clone(),
    };
    view! {
        <li class=format!("sector-card sector-{}", sector.code())>
            <h3>{move || sector.label(i18n)}</h3>
            <p>{blurb}</p>
        </li>
    }
}
