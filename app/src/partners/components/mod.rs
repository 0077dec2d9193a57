//! The partner directory's parts.
use crate::i18n::*;
use crate::partners::Offer;
use leptos::prelude::*;

/// What an organisation offers, as chips (nothing when it offers nothing).
#[component]
pub fn OffersChips(offers: Vec<Offer>) -> impl IntoView {
    let i18n = use_i18n();
    (!offers.is_empty()).then(|| {
        view! {
            <p class="offers">
                <span class="visually-hidden">{t!(i18n, pt_offers)} ": "</span>
                {offers.into_iter().map(|o| view! { <span class="tag">{o.label(i18n)}</span> " " }).collect_view()}
            </p>
        }
    })
}
