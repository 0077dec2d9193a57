use super::when;
use crate::forums::ForumCard;
use crate::i18n::*;
use crate::ui::content_lang::{other_lang, LangMark};
use leptos::prelude::*;

/// A forum in the list: title, calling question, when, where, seats, and "on now".
#[component]
pub(crate) fn ForumCardView(card: ForumCard) -> impl IntoView {
    let i18n = use_i18n();
    let heading = format!("fo-card-{}", card.id);
    let free = (card.capacity - card.taken).max(0);
    view! {
        <li class="card forum-card" aria-labelledby=heading.clone()>
            <h3 id=heading.clone() lang=other_lang(&card.lang)>
                <a href=format!("/forums/{}", card.id)>{card.title.clone()}</a>
            </h3>
            <LangMark lang=card.lang.clone() />
            {card.live.then(|| view! { <p class="badge badge-live">{t!(i18n, fo_on_now)}</p> })}
            <p class="forum-calling" lang=other_lang(&card.lang)>{card.calling.clone()}</p>
            <p class="workshop-when">{when(&card)}</p>
            <p class="workshop-where">{card.place.clone().unwrap_or_else(|| t_string!(i18n, ws_online).to_owned())}</p>
            <p class="workshop-seats">
                {if free > 0 {
                    view! { <span class="seats-free">{t!(i18n, ws_free_seats)} ": " {free} " / " {card.capacity}</span> }.into_any()
                } else {
                    view! { <span class="seats-full">{t!(i18n, ws_full)}</span> }.into_any()
                }}
            </p>
        </li>
    }
}
