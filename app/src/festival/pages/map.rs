use super::use_filter;
use crate::festival::api::*;
use crate::festival::components::FilterForm;
use crate::festival::components::MapList;
use crate::i18n::*;
use crate::ui::error_view::ErrorMessage;
use crate::ui::loader::Page;
use crate::ui::session::Loading;
use leptos::prelude::*;

// ---------------------------------------------------------------------------------------
// The map
// ---------------------------------------------------------------------------------------
#[component]
pub fn MapPage() -> impl IntoView {
    let i18n = use_i18n();
    let filter = use_filter();
    let program = Resource::new(|| (), |_| festival_program());
    let map_ref = NodeRef::<leptos::html::Div>::new();
    #[cfg(feature = "hydrate")]
    crate::festival::map::attach(map_ref, program, filter);
    view! {
        <Page title=move || t_string!(i18n, fest_map_title) class="festival-page">
            // The map first, so a phone shows it at once; its filters and the list follow.
            <div class="festival-map" id="festival-map" node_ref=map_ref role="region" aria-label=move || t_string!(i18n, fest_map_label)></div>
            <p class="map-nojs hint">{t!(i18n, fest_map_nojs)}</p>
            <Transition fallback=|| view! { <Loading /> }>
                {move || Suspend::new(async move {
                    match program.await {
                        Ok(Some(_)) => view! { <FilterForm action="/festival/map" filter=filter.get_untracked() /> }.into_any(),
                        Ok(None) => view! { <p class="empty" role="status">{t!(i18n, fest_no_edition)}</p> }.into_any(),
                        Err(error) => view! { <ErrorMessage error /> }.into_any(),
                    }
                })}
            </Transition>
            <Transition fallback=|| ()>
                {move || Suspend::new(async move {
                    match program.await {
                        Ok(Some(p)) => {
                            view! { <MapList program=p filter /> }.into_any()
                        }
                        _ => ().into_any(),
                    }
                })}
            </Transition>
        </Page>
    }
}
