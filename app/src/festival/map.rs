//! The festival map in the browser: a small Leptos binding to Leaflet and its marker-cluster
//! plugin (both installed by npm at build time and served from `/vendor/`), loaded only when
//! the map page opens. Markers follow the page's filters; overlapping markers group; choosing
//! one opens a popup with the intervention's time, place and link. Without tiles (offline)
//! the markers still show on a blank map.
use super::{hhmm, Program, ProgramFilter};
use crate::common::error::AppError;
use js_sys::{Array, Object, Reflect};
use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen]
extern "C" {
    /// `L.Map`.
    pub type LeafletMap;
    #[wasm_bindgen(js_namespace = L, js_name = map)]
    fn leaflet_map(element: &web_sys::HtmlElement, options: &JsValue) -> LeafletMap;
    #[wasm_bindgen(method, js_name = setView)]
    fn set_view(this: &LeafletMap, center: &JsValue, zoom: f64) -> LeafletMap;
    #[wasm_bindgen(method, js_name = addLayer)]
    fn add_layer(this: &LeafletMap, layer: &JsValue) -> LeafletMap;
    #[wasm_bindgen(method)]
    fn remove(this: &LeafletMap);
    #[wasm_bindgen(method, js_name = fitBounds)]
    fn fit_bounds(this: &LeafletMap, bounds: &JsValue, options: &JsValue) -> LeafletMap;

    #[wasm_bindgen(js_namespace = L, js_name = tileLayer)]
    fn tile_layer(url: &str, options: &JsValue) -> JsValue;

    /// `L.MarkerClusterGroup`.
    pub type ClusterGroup;
    #[wasm_bindgen(js_namespace = L, js_name = markerClusterGroup)]
    fn marker_cluster_group(options: &JsValue) -> ClusterGroup;
    #[wasm_bindgen(method, js_name = addLayers)]
    fn add_layers(this: &ClusterGroup, layers: &Array);
    #[wasm_bindgen(method, js_name = clearLayers)]
    fn clear_layers(this: &ClusterGroup);
    #[wasm_bindgen(method, js_name = getBounds)]
    fn get_bounds(this: &ClusterGroup) -> JsValue;

    /// `L.Marker`.
    pub type Marker;
    #[wasm_bindgen(js_namespace = L, js_name = marker)]
    fn marker(latlng: &JsValue, options: &JsValue) -> Marker;
    #[wasm_bindgen(method, js_name = bindPopup)]
    fn bind_popup(this: &Marker, content: &web_sys::HtmlElement) -> Marker;

    #[wasm_bindgen(js_namespace = L, js_name = divIcon)]
    fn div_icon(options: &JsValue) -> JsValue;
}

/// The centre of Kaunas, between the Old Town and Laisvės alėja.
const CENTRE: (f64, f64) = (54.8975, 23.9050);

fn options(pairs: &[(&str, JsValue)]) -> JsValue {
    let object = Object::new();
    for (key, value) in pairs {
        let _ = Reflect::set(&object, &JsValue::from_str(key), value);
    }
    object.into()
}

fn latlng(lat: f64, lon: f64) -> JsValue {
    Array::of2(&lat.into(), &lon.into()).into()
}

fn leaflet_ready() -> bool {
    let global = js_sys::global();
    Reflect::get(&global, &"L".into())
        .ok()
        .filter(|l| l.is_object())
        .and_then(|l| Reflect::get(&l, &"markerClusterGroup".into()).ok())
        .is_some_and(|f| f.is_function())
}

/// Adds a stylesheet once and calls `loaded` when it has loaded (at once if it was there).
/// Only a `rel=stylesheet` link counts: the page's `rel=preload` link for the same file only
/// fetches it.
fn add_stylesheet(href: &str, loaded: impl FnOnce() + 'static) {
    let document = document();
    if document
        .query_selector(&format!("link[rel='stylesheet'][href='{href}']"))
        .ok()
        .flatten()
        .is_some()
    {
        loaded();
        return;
    }
    if let (Ok(link), Some(head)) = (document.create_element("link"), document.head()) {
        let _ = link.set_attribute("rel", "stylesheet");
        let _ = link.set_attribute("href", href);
        let on_load = Closure::once_into_js(loaded);
        let _ = link.add_event_listener_with_callback("load", on_load.unchecked_ref());
        let _ = head.append_child(&link);
    }
}

/// Loads a script and calls `then` when it has run.
fn add_script(src: &str, then: impl FnOnce() + 'static) {
    let document = document();
    let Ok(script) = document.create_element("script") else {
        return;
    };
    let _ = script.set_attribute("src", src);
    let on_load = Closure::once_into_js(then);
    let _ = script.add_event_listener_with_callback("load", on_load.unchecked_ref());
    if let Some(head) = document.head() {
        let _ = head.append_child(&script);
    }
}

/// Loads Leaflet and the cluster plugin (once), then calls `then`: only when their
/// stylesheets have loaded too, so the map measures its box with Leaflet's CSS applied.
fn with_leaflet(then: impl FnOnce() + 'static) {
    use std::cell::RefCell;
    use std::rc::Rc;
    if leaflet_ready() {
        then();
        return;
    }
    const SHEETS: [&str; 3] = [
        "/vendor/leaflet/leaflet.css",
        "/vendor/leaflet.markercluster/MarkerCluster.css",
        "/vendor/leaflet.markercluster/MarkerCluster.Default.css",
    ];
    // Three stylesheets and the two scripts: `then` runs after the last of the four parts.
    type Pending = Rc<RefCell<(usize, Option<Box<dyn FnOnce()>>)>>;
    let pending: Pending = Rc::new(RefCell::new((SHEETS.len() + 1, Some(Box::new(then)))));
    let one_done = move |pending: Pending| {
        let ready = {
            let mut state = pending.borrow_mut();
            state.0 -= 1;
            if state.0 == 0 {
                state.1.take()
            } else {
                None
            }
        };
        if let Some(then) = ready {
            then();
        }
    };
    for href in SHEETS {
        let pending = pending.clone();
        add_stylesheet(href, move || one_done(pending));
    }
    add_script("/vendor/leaflet/leaflet.js", move || {
        add_script(
            "/vendor/leaflet.markercluster/leaflet.markercluster.js",
            move || one_done(pending),
        )
    });
}

/// The popup of a marker: time, title (a link to the intervention's page), place.
fn popup(
    id: crate::common::ids::InterventionId,
    title: &str,
    when: &str,
    place: &str,
) -> Option<web_sys::HtmlElement> {
    let document = document();
    let root: web_sys::HtmlElement = document.create_element("div").ok()?.dyn_into().ok()?;
    root.set_class_name("map-popup");
    let time = document.create_element("p").ok()?;
    time.set_text_content(Some(when));
    let link = document.create_element("a").ok()?;
    link.set_attribute("href", &format!("/festival/i/{id}"))
        .ok()?;
    link.set_attribute("data-testid", "popup-link").ok()?;
    link.set_text_content(Some(title));
    let heading = document.create_element("p").ok()?;
    heading.append_child(&link).ok()?;
    let where_ = document.create_element("p").ok()?;
    where_.set_text_content(Some(place));
    root.append_child(&time).ok()?;
    root.append_child(&heading).ok()?;
    root.append_child(&where_).ok()?;
    Some(root)
}

struct Live {
    map: LeafletMap,
}

/// Puts the map into `node` once the page runs and the program is there, with the markers the
/// page's filters leave (a new filter is a new page, so the markers are drawn once).
pub fn attach(
    node: NodeRef<Div>,
    program: LocalResource<Result<Option<Program>, AppError>>,
    filter: ProgramFilter,
) {
    let live: StoredValue<Option<Live>, LocalStorage> = StoredValue::new_local(None);

    Effect::new(move |_| {
        let Some(element) = node.get() else {
            return;
        };
        let Some(Ok(Some(p))) = program.get() else {
            return;
        };
        if live.with_value(Option::is_some) {
            return;
        }
        let element: web_sys::HtmlElement = element.into();
        let filter = filter.clone();
        with_leaflet(move || {
            if live.try_with_value(Option::is_some).unwrap_or(true) {
                return;
            }
            let map = leaflet_map(
                &element,
                &options(&[("preferCanvas", true.into()), ("keyboard", true.into())]),
            );
            map.set_view(&latlng(CENTRE.0, CENTRE.1), 14.0);
            let tiles = tile_layer(
                &p.tile_url,
                &options(&[
                    ("maxZoom", 19.into()),
                    (
                        "attribution",
                        "&copy; <a href=\"https://www.openstreetmap.org/copyright\">OpenStreetMap</a>".into(),
                    ),
                    ("referrerPolicy", "strict-origin-when-cross-origin".into()),
                ]),
            );
            map.add_layer(&tiles);
            let markers = marker_cluster_group(&options(&[
                ("chunkedLoading", true.into()),
                ("maxClusterRadius", 50.into()),
                ("spiderfyOnMaxZoom", true.into()),
                ("showCoverageOnHover", false.into()),
            ]));
            map.add_layer(&markers);
            draw_markers(&map, &markers, &p, &filter);
            live.set_value(Some(Live { map }));
        });
    });

    on_cleanup(move || {
        if let Some(Some(live)) = live.try_update_value(Option::take) {
            live.map.remove();
        }
    });
}

/// The markers of the interventions that are on and pass `filter`; the view fits them all.
fn draw_markers(map: &LeafletMap, markers: &ClusterGroup, p: &Program, filter: &ProgramFilter) {
    let layers = Array::new();
    for card in p
        .items
        .iter()
        .filter(|c| c.is_on() && filter.matches(c, p.now))
    {
        let (Some(venue), Some(start)) = (p.venue(card.venue_id), card.start) else {
            continue;
        };
        let when = format!("{}–{}", hhmm(start), hhmm(start + card.duration));
        let label = format!("{when} {}", card.title);
        let icon = div_icon(&options(&[
            (
                "className",
                format!("fest-marker sector-{}", card.sector.code()).into(),
            ),
            ("iconSize", Array::of2(&22.into(), &22.into()).into()),
            ("html", "".into()),
        ]));
        let m = marker(
            &latlng(venue.lat, venue.lon),
            &options(&[
                ("icon", icon),
                ("title", label.clone().into()),
                ("alt", label.into()),
                ("keyboard", true.into()),
            ]),
        );
        if let Some(content) = popup(
            card.id,
            &card.title,
            &when,
            &format!("{}, {}", venue.name, venue.address),
        ) {
            m.bind_popup(&content);
        }
        layers.push(&m);
    }
    if layers.length() == 0 {
        return;
    }
    markers.add_layers(&layers);
    // Show every marker the filters leave (a few may lie across the city).
    map.fit_bounds(
        &markers.get_bounds(),
        &options(&[
            ("padding", Array::of2(&24.into(), &24.into()).into()),
            ("maxZoom", 16.into()),
        ]),
    );
}
