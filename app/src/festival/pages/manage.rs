use crate::festival::api::*;
use crate::festival::components::Desk;
use crate::i18n::*;
use crate::ui::error_view::ErrorMessage;
use crate::ui::session::{use_session, Loading};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn ManagePage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let desk = Resource::new(|| (), |_| festival_manage());
    let query = use_query_map();
    let reload = Callback::new(move |_: String| desk.refetch());
    view! {
        <Title text=move || t_string!(i18n, fest_manage).to_owned() />
        <div class="container festival-manage">
            <h1>{t!(i18n, fest_manage)}</h1>
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
            <Transition fallback=|| view! { <Loading /> }>
                {move || Suspend::new(async move {
                    let flash = session.await.ok().and_then(|s| s.flash);
                    match desk.await {
                        Ok(m) => view! { <Desk m flash reload /> }.into_any(),
                        Err(error) => view! { <ErrorMessage error /> }.into_any(),
                    }
                })}
            </Transition>
        </div>
    }
}
