use crate::i18n::*;
use leptos::prelude::*;

#[component]
pub(crate) fn Loading() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p class="container loading" role="status" aria-live="polite">{t!(i18n, loading)}</p>
    }
}
