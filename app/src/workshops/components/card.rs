use super::when;
use crate::i18n::*;
use crate::ui::chips::SectorChips;
use crate::ui::content_lang::{other_lang, LangMark};
use crate::workshops::WorkshopCard;
use leptos::prelude::*;

/// A workshop in the calendar: title, when, where, the stage it serves, seats.
#[component]
pub(crate) fn WorkshopCardView(card: WorkshopCard) -> impl IntoView {
    let i18n = use_i18n();
    let free = card.free();
    let serves = card.serves;
    let heading = format!("ws-card-{}", card.id);
    view! {
        <li class="card workshop-card" aria-labelledby=heading.clone()>
            <h3 id=heading.clone() lang=other_lang(&card.lang)>
                <a href=format!("/workshops/{}", card.id)>{card.title.clone()}</a>
            </h3>
            <LangMark lang=card.lang.clone() />
            {card.series.clone().map(|s| view! { <p class="workshop-series">{s}</p> })}
            <p class="workshop-when">{when(&card)}</p>
            <p class="workshop-where">{card.place.clone().unwrap_or_else(|| t_string!(i18n, ws_online).to_owned())}</p>
            <p class="workshop-serves">{t!(i18n, ws_serves)} ": " {move || serves_label(i18n, serves)}</p>
            <SectorChips sectors=card.sectors.clone() />
            <p class="workshop-seats" data-testid="ws-seats">
                {if free > 0 {
                    view! { <span class="seats-free">{t!(i18n, ws_free_seats)} ": " {free} " / " {card.capacity}</span> }.into_any()
                } else {
                    view! { <span class="seats-full">{t!(i18n, ws_full)} {(card.waiting > 0).then(|| format!(" · {} {}", t_string!(i18n, ws_waiting_count), card.waiting))}</span> }.into_any()
                }}
            </p>
        </li>
    }
}

/// "Shaping the plan (team → workshop)" or "Getting ready (→ ready)".
pub(crate) fn serves_label(
    i18n: leptos_i18n::I18nContext<Locale>,
    serves: crate::ideas::stage::Stage,
) -> &'static str {
    if serves == crate::ideas::stage::Stage::Workshop {
        t_string!(i18n, ws_serves_ready)
    } else {
        t_string!(i18n, ws_serves_plan)
    }
}
