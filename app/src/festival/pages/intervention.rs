use crate::festival::api::*;
use crate::festival::components::InterventionView;
use crate::i18n::*;
use crate::ui::loader::Loaded;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

// ---------------------------------------------------------------------------------------
// An intervention
// ---------------------------------------------------------------------------------------
#[component]
pub fn InterventionPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let query = use_query_map();
    let id = Memo::new(move |_| {
        params.with(|p| p.get("id").and_then(|v| v.parse().ok()).unwrap_or_default())
    });
    let detail = Resource::new(move || id.get(), get_intervention);
    view! {
        <div class="container narrow intervention-page">
            {move || query.with(|q| q.get("proposed").is_some()).then(|| view! {
                <div class="notice notice-success" role="status"><p>{t!(i18n, fest_proposed_done)}</p></div>
            })}
            <Loaded
                resource=detail
                error_title=Signal::derive(move || t_string!(i18n, fest_title).to_owned()) view=|d, _| view! { <InterventionView d /> } />
            {move || crate::ui::slots::slot::<crate::festival::InterventionParts, crate::common::ids::InterventionId>(id.get())}
        </div>
    }
}
