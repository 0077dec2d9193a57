use crate::accounts::api::admin_search_people;
use crate::accounts::components::AdminContent;
use crate::i18n::*;
use crate::ui::loader::{Loaded, Page};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn AdminPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let q = move || query.with(|m| m.get("q").unwrap_or_default());
    let people = Resource::new(q, admin_search_people);
    view! {
        <Page title=move || t_string!(i18n, admin_title)>
            <Loaded resource=people view=move |people, flash| view! { <AdminContent people flash q=q() /> } />
        </Page>
    }
}
