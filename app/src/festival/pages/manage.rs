use crate::festival::api::*;
use crate::festival::components::Desk;
use crate::i18n::*;
use crate::ui::loader::{Loaded, Page};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn ManagePage() -> impl IntoView {
    let i18n = use_i18n();
    let desk = Resource::new(|| (), |_| festival_manage());
    let query = use_query_map();
    let reload = Callback::new(move |_: String| desk.refetch());
    view! {
        <Page title=move || t_string!(i18n, fest_manage) class="festival-manage">
            {move || query.with(|q| {
                let placed = q.get("placed");
                let left = q.get("left");
                let published = q.get("published");
                view! {
                    {placed.map(|n| view! {
                        <div class="notice notice-success" role="status" data-testid="auto-result">
                            <p>{t!(i18n, fest_auto_placed)} ": " {n} ". " {t!(i18n, fest_auto_left)} ": " {left.unwrap_or_default()}</p>
                        </div>
                    })}
                    {published.map(|n| view! {
                        <div class="notice notice-success" role="status"><p>{t!(i18n, fest_published_done)} ": " {n}</p></div>
                    })}
                }
            })}
            <Loaded resource=desk view=move |m, flash| view! { <Desk m flash reload /> } />
        </Page>
    }
}
