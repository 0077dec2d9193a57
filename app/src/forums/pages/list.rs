use crate::forums::api::list_forums;
use crate::forums::components::ForumCardView;
use crate::i18n::*;
use crate::ui::loader::{Loaded, Page};
use leptos::prelude::*;

// ---------------------------------------------------------------------------------------
// The forums
// ---------------------------------------------------------------------------------------
#[component]
pub fn ForumsPage() -> impl IntoView {
    let i18n = use_i18n();
    let forums = Resource::new(|| (), |_| list_forums());
    view! {
        <Page title=move || t_string!(i18n, fo_title)>
            <p class="lead">{t!(i18n, fo_lead)}</p>
            <Loaded resource=forums view=move |list, _| view! {
                {list.may_create.then(|| view! {
                    <p><a class="button" href="/forums/new">{t!(i18n, fo_new)}</a></p>
                })}
                <section aria-labelledby="fo-upcoming">
                    <h2 id="fo-upcoming">{t!(i18n, fo_upcoming)} " " <span class="count">{list.upcoming.len()}</span></h2>
                    {if list.upcoming.is_empty() {
                        view! { <p class="empty" role="status">{t!(i18n, fo_none_upcoming)}</p> }.into_any()
                    } else {
                        view! {
                            <ul class="cards forum-cards">
                                {list.upcoming.into_iter().map(|card| view! { <ForumCardView card /> }).collect_view()}
                            </ul>
                        }.into_any()
                    }}
                </section>
                {(!list.past.is_empty()).then(|| view! {
                    <section aria-labelledby="fo-past">
                        <h2 id="fo-past">{t!(i18n, fo_past_title)}</h2>
                        <ul class="cards forum-cards past">
                            {list.past.into_iter().map(|card| view! { <ForumCardView card /> }).collect_view()}
                        </ul>
                    </section>
                })}
            } />
        </Page>
    }
}
