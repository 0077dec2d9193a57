use crate::festival::*;
use crate::i18n::*;
use leptos::prelude::*;

/// How many interventions a list shows, counted as the program's progress counts them (going
/// ahead), with those cancelled after publishing named apart.
pub fn shown_count(items: &[Card]) -> impl IntoView {
    let i18n = use_i18n();
    let on = items.iter().filter(|c| c.is_on()).count();
    let cancelled = items.len() - on;
    view! {
        <p class="result-count" role="status">
            {t!(i18n, fest_shown)} ": " <span data-testid="fest-shown">{on}</span>
            {(cancelled > 0).then(|| view! { " (+" {cancelled} " " {t!(i18n, fest_shown_cancelled)} ")" })}
        </p>
    }
}
