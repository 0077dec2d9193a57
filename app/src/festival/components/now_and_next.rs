use super::ItemRow;
use crate::festival::*;
use crate::i18n::*;
use leptos::prelude::*;

#[component]
pub(crate) fn NowAndNext(program: Program, moment: u32, chosen: bool) -> impl IntoView {
    let i18n = use_i18n();
    let (now, next) = on_now_and_next(&program.items, moment);
    let row = |c: &Card| {
        view! { <ItemRow card=c.clone() venue=program.venue(c.venue_id).cloned() /> }
    };
    let now_rows: Vec<_> = now.iter().map(|c| row(c)).collect();
    let next_rows: Vec<_> = next.iter().map(|c| row(c)).collect();
    let now_empty = now_rows.is_empty();
    let next_empty = next_rows.is_empty();
    view! {
        <section class="fest-now" aria-labelledby="fest-now-title">
            <h2 id="fest-now-title">
                {if chosen { t_string!(i18n, fest_on_at) } else { t_string!(i18n, fest_on_now) }} " " {hhmm(moment)}
            </h2>
            {if now_empty {
                view! { <p class="empty">{t!(i18n, fest_nothing_now)}</p> }.into_any()
            } else {
                view! { <ul class="fest-list">{now_rows}</ul> }.into_any()
            }}
            <h3>{t!(i18n, fest_next)}</h3>
            {if next_empty {
                view! { <p class="empty">{t!(i18n, fest_nothing_next)}</p> }.into_any()
            } else {
                view! { <ul class="fest-list">{next_rows}</ul> }.into_any()
            }}
        </section>
    }
}
