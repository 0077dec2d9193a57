use crate::i18n::*;
use crate::ui::loader::{Loaded, Page};
use crate::workshops::api::list_workshops;
use crate::workshops::components::{WorkshopCardView, WorkshopFilters};
use crate::workshops::WorkshopFilter;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

// ---------------------------------------------------------------------------------------
// The public calendar
// ---------------------------------------------------------------------------------------
#[component]
pub fn WorkshopsPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let filter =
        Memo::new(move |_| query.with(|q| WorkshopFilter::from_params(|name| q.get(name))));
    let calendar = Resource::new(
        move || filter.get(),
        |f| {
            list_workshops(
                f.stage.map(|s| s.code().to_owned()).unwrap_or_default(),
                f.sector.map(|s| s.code().to_owned()).unwrap_or_default(),
                f.month.clone().unwrap_or_default(),
                if f.free { "1".into() } else { String::new() },
            )
        },
    );
    view! {
        <Page title=move || t_string!(i18n, ws_title)>
            <p class="lead">{t!(i18n, ws_lead)}</p>
            {move || view! { <WorkshopFilters filter=filter.get() /> }}
            <Loaded resource=calendar view=move |c, _| view! {
                {c.may_create.then(|| view! {
                    <p><a class="button" href="/workshops/new">{t!(i18n, ws_new)}</a></p>
                })}
                <section aria-labelledby="ws-upcoming">
                    <h2 id="ws-upcoming">{t!(i18n, ws_upcoming)} " " <span class="count">{c.upcoming.len()}</span></h2>
                    {if c.upcoming.is_empty() {
                        view! { <p class="empty" role="status">{t!(i18n, ws_none_upcoming)}</p> }.into_any()
                    } else {
                        view! {
                            <ul class="cards workshop-cards">
                                {c.upcoming.into_iter().map(|card| view! { <WorkshopCardView card /> }).collect_view()}
                            </ul>
                        }.into_any()
                    }}
                </section>
                {(!c.past.is_empty()).then(|| view! {
                    <section aria-labelledby="ws-past">
                        <h2 id="ws-past">{t!(i18n, ws_past_title)}</h2>
                        <ul class="cards workshop-cards past">
                            {c.past.into_iter().map(|card| view! { <WorkshopCardView card /> }).collect_view()}
                        </ul>
                    </section>
                })}
            } />
        </Page>
    }
}
