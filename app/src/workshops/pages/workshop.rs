use crate::i18n::*;
use crate::ui::loader::Loaded;
use crate::workshops::api::get_workshop;
use crate::workshops::components::WorkshopView;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

// ---------------------------------------------------------------------------------------
// A workshop
// ---------------------------------------------------------------------------------------
#[component]
pub fn WorkshopPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let query = use_query_map();
    let id = Memo::new(move |_| {
        params.with(|p| p.get("id").and_then(|v| v.parse().ok()).unwrap_or_default())
    });
    let page = Resource::new(move || id.get(), get_workshop);
    let said = move |key: &str| query.with(|q| q.get(key));
    view! {
        <div class="container narrow workshop-page">
            <div role="status" aria-live="polite">
                {move || said("created").map(|_| view! {
                    <div class="notice notice-success"><p>{t!(i18n, ws_created)}</p></div>
                })}
                {move || said("seats").map(|seats| {
                    let waiting = said("waiting").unwrap_or_default();
                    let already = said("already").unwrap_or_default();
                    view! {
                        <div class="notice notice-success" data-testid="ws-registered">
                            <p>{t!(i18n, ws_done_seats)} ": " {seats} ". " {t!(i18n, ws_done_waiting)} ": " {waiting} "."
                                {(already != "0" && !already.is_empty()).then(|| view! { " " {t!(i18n, ws_done_already)} ": " {already.clone()} "." })}</p>
                        </div>
                    }
                })}
                {move || said("cancelled").map(|_| view! {
                    <div class="notice notice-success"><p>{t!(i18n, ws_done_cancelled)}</p></div>
                })}
                {move || said("outcome").map(|tasks| view! {
                    <div class="notice notice-success" data-testid="ws-outcome-saved"><p>{t!(i18n, ws_done_outcome)} " " {tasks}</p></div>
                })}
                {move || said("marked").map(|_| view! {
                    <div class="notice notice-success"><p>{t!(i18n, ws_done_marked)}</p></div>
                })}
            </div>
            <Loaded
                resource=page
                error_title=Signal::derive(move || t_string!(i18n, ws_title).to_owned())
                view=|page, flash| view! { <WorkshopView page flash /> } />
            {move || crate::ui::slots::slot::<crate::workshops::WorkshopParts, crate::common::ids::WorkshopId>(id.get())}
        </div>
    }
}
