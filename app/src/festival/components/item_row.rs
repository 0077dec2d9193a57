use super::StarButton;
use crate::festival::*;
use crate::i18n::*;
use crate::ui::content_lang::{other_lang, LangMark};
use leptos::prelude::*;

pub(crate) fn span(start: Option<u32>, duration: u32) -> String {
    match start {
        Some(s) => format!("{}–{}", hhmm(s), hhmm(s + duration)),
        None => String::new(),
    }
}

/// One intervention in a list.
#[component]
pub(crate) fn ItemRow(
    card: Card,
    venue: Option<VenueInfo>,
    #[prop(optional)] show_address: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let cancelled = card.status == Status::Cancelled;
    let sector = card.sector;
    let category = card.category;
    view! {
        <li class="fest-item" class:fest-cancelled=cancelled data-sector=sector.code() data-testid="fest-item">
            <span class="fest-time">{span(card.start, card.duration)}</span>
            <div class="fest-body">
                <a class="fest-title" href=format!("/festival/i/{}", card.id) lang=other_lang(&card.lang)>{card.title.clone()}</a>
                <LangMark lang=card.lang.clone() />
                {cancelled.then(|| view! { " " <span class="badge badge-cancelled">{t!(i18n, fest_status_cancelled)}</span> })}
                {card.moved.then(|| view! { " " <span class="badge badge-moved">{t!(i18n, fest_moved)}</span> })}
                <p class="meta">
                    {venue.as_ref().map(|v| v.name.clone())}
                    {show_address.then(|| venue.as_ref().map(|v| format!(", {}", v.address)))}
                    " · " {move || category.label(i18n)}
                    " · " <span class=format!("sector-dot sector-{}", sector.code())>{move || sector.label(i18n)}</span>
                </p>
            </div>
            {(!cancelled).then(|| view! { <StarButton id=card.id title=card.title.clone() /> })}
        </li>
    }
}
