//! The start page: a greeting, the person's lists, and first steps when there is nothing yet.
use super::api::my_start;
use super::section_view::SectionView;
use crate::i18n::*;
use crate::ideas::components::DraftBox;
use crate::ui::loader::{Loaded, Page};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn StartPage() -> impl IntoView {
    let i18n = use_i18n();
    let start = Resource::new(|| (), |_| my_start());
    let query = use_query_map();
    let withdrawn = move || query.with(|q| q.get("withdrawn").is_some());
    let confirmed = move || query.with(|q| q.get("confirmed").is_some());
    view! {
        <Page title=move || t_string!(i18n, start_title) class="start-page">
            {move || confirmed().then(|| view! {
                <div class="notice notice-success" role="status"><p>{t!(i18n, start_confirmed)}</p></div>
            })}
            {move || withdrawn().then(|| view! {
                <div class="notice notice-success" role="status"><p>{t!(i18n, start_withdrawn)}</p></div>
            })}
            {move || query.with(|q| q.get("draft").is_some()).then(|| view! {
                <div class="notice notice-success" role="status"><p>{t!(i18n, draft_saved)}</p></div>
            })}
            <Loaded resource=start view=move |start, flash| {
                let empty = start.sections.is_empty() && start.draft.is_none();
                view! {
                    <p class="lead">{t!(i18n, start_hello)} " " <strong>{start.name.clone()}</strong> ". " {t!(i18n, start_lead)}</p>
                    {empty.then(|| view! { <FirstSteps may_publish=start.may_publish /> })}
                    <DraftBox draft=start.draft.clone() may_publish=start.may_publish flash />
                    <div class="start-lists">
                        {start.sections.into_iter().map(|section| view! { <SectionView section /> }).collect_view()}
                    </div>
                }
            } />
        </Page>
    }
}

/// For someone with nothing on their page yet: where to begin.
#[component]
fn FirstSteps(may_publish: bool) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="start-first" aria-labelledby="start-first-title" data-testid="start-first">
            <h2 id="start-first-title">{t!(i18n, start_first_title)}</h2>
            <ul class="start-first-links">
                {may_publish.then(|| view! { <li><a class="button" href="/ideas/new">{t!(i18n, start_first_share)}</a></li> })}
                <li><a href="/ideas">{t!(i18n, start_first_ideas)}</a></li>
                <li><a href="/teams">{t!(i18n, start_first_teams)}</a></li>
                <li><a href="/festival">{t!(i18n, start_first_festival)}</a></li>
                <li><a href="/profile">{t!(i18n, start_first_profile)}</a></li>
            </ul>
        </section>
    }
}
