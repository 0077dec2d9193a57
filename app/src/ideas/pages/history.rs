use super::idea_id;
use crate::i18n::*;
use crate::ideas::api::*;
use crate::ideas::components::HistoryView;
use crate::ui::loader::Loaded;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

// ---------------------------------------------------------------------------------------
// History
// ---------------------------------------------------------------------------------------
#[component]
pub fn HistoryPage() -> impl IntoView {
    let i18n = use_i18n();
    let id = idea_id();
    let query = use_query_map();
    let range = move || {
        query.with(|q| {
            (
                q.get("from").and_then(|v| v.parse::<i64>().ok()),
                q.get("to").and_then(|v| v.parse::<i64>().ok()),
            )
        })
    };
    let history = Resource::new(
        move || (id.get(), range()),
        |(id, (from, to))| idea_history(id, from, to),
    );
    view! {
        <Title text=t_string!(i18n, history_title).to_owned() />
        <div class="container">
            <Loaded resource=history view=|history, _| view! { <HistoryView history /> } />
        </div>
    }
}
