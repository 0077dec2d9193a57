use super::provide_stars;
use super::shown_count;
use super::Arranged;
use super::FilterForm;
use super::NowAndNext;
use super::ProgramHead;
use crate::festival::*;
use crate::i18n::*;
use leptos::prelude::*;
use leptos_router::components::A;

/// The filtered items of a program, in start order.
pub(crate) fn filtered(program: &Program, filter: &ProgramFilter) -> Vec<Card> {
    program
        .items
        .iter()
        .filter(|c| filter.matches(c, program.now))
        .cloned()
        .collect()
}

#[component]
pub(crate) fn ProgramView(program: Program, filter: Memo<ProgramFilter>) -> impl IntoView {
    let i18n = use_i18n();
    provide_stars(program.signed_in, program.starred.clone(), false);
    let program = StoredValue::new(program);
    view! {
        <ProgramHead program=program.get_value() />
        {move || {
            let f = filter.get();
            let p = program.get_value();
            let moment = f.moment(p.now);
            let items = filtered(&p, &f);
            let tab_filter = f.clone();
            let tab = move |view: Arrange, label: &'static str| {
                let href = format!("/festival{}", tab_filter.to_query(view));
                let current = f.view == view;
                view! { <A href=href attr:aria-current=current.then_some("page")>{label}</A> }
            };
            view! {
                <FilterForm action="/festival" filter=f.clone() />
                {match moment {
                    Some(m) => view! { <NowAndNext program=p.clone() moment=m chosen=f.at.is_some() /> }.into_any(),
                    None => view! {
                        <p class="notice fest-not-today">{t!(i18n, fest_not_today)} " "
                            <A href="/festival?now=1&at=14:00">{t!(i18n, fest_preview_moment)}</A>
                        </p>
                    }.into_any(),
                }}
                <nav class="tabs" aria-label=move || t_string!(i18n, fest_arrange)>
                    {tab(Arrange::Time, t_string!(i18n, fest_by_time))}
                    {tab(Arrange::Venue, t_string!(i18n, fest_by_venue))}
                    {tab(Arrange::Sector, t_string!(i18n, fest_by_sector))}
                </nav>
                {shown_count(&items)}
                {if items.is_empty() {
                    view! { <p class="empty">{t!(i18n, fest_nothing_matches)}</p> }.into_any()
                } else {
                    view! { <Arranged program=p items view=f.view /> }.into_any()
                }}
            }
        }}
    }
}
