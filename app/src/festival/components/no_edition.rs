use crate::i18n::*;
use leptos::prelude::*;

#[component]
pub(crate) fn NoEdition() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <h1>{t!(i18n, fest_title)}</h1>
        <p class="empty" role="status">{t!(i18n, fest_no_edition)}</p>
    }
}
