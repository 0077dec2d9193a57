use super::use_filter;
use crate::festival::api::*;
use crate::festival::components::FilterForm;
use crate::festival::components::MapList;
use crate::festival::ProgramFilter;
use crate::i18n::*;
use crate::ui::error_view::ErrorMessage;
use crate::ui::island::{island_i18n, mark_live};
use crate::ui::loader::Page;
use crate::ui::session::Loading;
use leptos::prelude::*;
use leptos_meta::Link;

// ---------------------------------------------------------------------------------------
// The map
// ---------------------------------------------------------------------------------------
/// What `festival::map` loads, as `(address, kind)` for `<link rel="preload">`.
const LEAFLET_FILES: [(&str, &str); 5] = [
    ("/vendor/leaflet/leaflet.js", "script"),
    (
        "/vendor/leaflet.markercluster/leaflet.markercluster.js",
        "script",
    ),
    ("/vendor/leaflet/leaflet.css", "style"),
    ("/vendor/leaflet.markercluster/MarkerCluster.css", "style"),
    (
        "/vendor/leaflet.markercluster/MarkerCluster.Default.css",
        "style",
    ),
];

#[component]
pub fn MapPage() -> impl IntoView {
    let i18n = use_i18n();
    let filter = use_filter();
    let program = Resource::new(|| (), |_| festival_program());
    view! {
        <Page title=move || t_string!(i18n, fest_map_title) class="festival-page">
            // Leaflet's files start downloading with the page, beside the WASM, instead of
            // after the map's island has loaded (it adds them then, from the browser's cache).
            {LEAFLET_FILES.iter().map(|(href, kind)| view! { <Link rel="preload" href=*href as_=*kind /> }).collect_view()}
            // The map first, so a phone shows it at once; its filters and the list follow.
            <FestivalMap filter=filter.get_untracked() />
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

/// The map itself: an island that loads Leaflet and the program's markers in the browser
/// (the program comes from the cached `festival_program` endpoint), filtered as the page is.
#[island(lazy)]
pub fn FestivalMap(filter: ProgramFilter) -> impl IntoView {
    let i18n = island_i18n();
    mark_live();
    let map_ref = NodeRef::<leptos::html::Div>::new();
    // Its box holds its place from the first paint where scripts run, and is hidden where they
    // do not (CSS `scripting`), so nothing moves when Leaflet starts.
    #[cfg(feature = "hydrate")]
    {
        let program = LocalResource::new(festival_program);
        crate::festival::map::attach(map_ref, program, filter);
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = filter;
    view! {
        <div class="festival-map" id="festival-map" node_ref=map_ref role="region" aria-label=move || t_string!(i18n, fest_map_label)></div>
    }
}
