//! The stars of pages without islands (the program, the map's list, an intervention). The
//! server renders them as plain markup (`PlainStar`); in the browser two listeners on the
//! document give all of them their behaviour: a visitor's star toggles in localStorage, a
//! signed-in person's star form posts in place. Called once from the WASM entry point.
use crate::common::ids::InterventionId;
use crate::festival::components::{load_local_stars, post_star, save_local_stars};
use leptos::prelude::document;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event};

/// A visitor's star (a button kept in the browser).
const LOCAL_STAR: &str = "button.star-local[data-star]";

pub fn enhance_stars() {
    let doc = document();
    let mine = load_local_stars();
    each(LOCAL_STAR, |star| {
        if let Some(id) = id_of(star) {
            show(star, mine.contains(&id));
        }
    });
    let on_click = Closure::<dyn Fn(Event)>::new(|event: Event| {
        let Some(id) = closest(&event, LOCAL_STAR).and_then(|star| id_of(&star)) else {
            return;
        };
        let mut ids = load_local_stars();
        let on = !ids.contains(&id);
        if on {
            ids.push(id);
        } else {
            ids.retain(|x| *x != id);
        }
        save_local_stars(&ids);
        each(&format!("button.star-local[data-star=\"{id}\"]"), |star| {
            show(star, on)
        });
    });
    let on_submit = Closure::<dyn Fn(Event)>::new(|event: Event| {
        let Some(form) = closest(&event, "form.star-form") else {
            return;
        };
        // The agenda's own star forms (inside its island) have no `data-star`.
        let Some(star) = form.query_selector("button[data-star]").ok().flatten() else {
            return;
        };
        let Some(id) = id_of(&star) else {
            return;
        };
        event.prevent_default();
        if star.has_attribute("aria-busy") {
            return;
        }
        let _ = star.set_attribute("aria-busy", "true");
        let on = star.get_attribute("aria-pressed").as_deref() != Some("true");
        wasm_bindgen_futures::spawn_local(async move {
            if post_star(id, on).await {
                show(&star, on);
                if let Ok(Some(next)) = form.query_selector("input[name=on]") {
                    let _ = next.set_attribute("value", if on { "false" } else { "true" });
                }
            }
            let _ = star.remove_attribute("aria-busy");
        });
    });
    let _ = doc.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
    let _ = doc.add_event_listener_with_callback("submit", on_submit.as_ref().unchecked_ref());
    // The listeners live as long as the page.
    on_click.forget();
    on_submit.forget();
}

/// Pressed or not: the state, the glyph and what a screen reader hears.
fn show(star: &Element, on: bool) {
    let _ = star.set_attribute("aria-pressed", if on { "true" } else { "false" });
    let label = star.get_attribute(if on {
        "data-label-unstar"
    } else {
        "data-label-star"
    });
    if let Some(label) = label {
        let _ = star.set_attribute("aria-label", &label);
        let _ = star.set_attribute("title", &label);
    }
    star.set_text_content(Some(if on { "★" } else { "☆" }));
}

fn id_of(star: &Element) -> Option<InterventionId> {
    star.get_attribute("data-star")?.parse().ok()
}

fn closest(event: &Event, selector: &str) -> Option<Element> {
    event
        .target()?
        .dyn_into::<Element>()
        .ok()?
        .closest(selector)
        .ok()
        .flatten()
}

fn each(selector: &str, mut f: impl FnMut(&Element)) {
    let Ok(list) = document().query_selector_all(selector) else {
        return;
    };
    for i in 0..list.length() {
        if let Some(star) = list
            .item(i)
            .and_then(|node| node.dyn_into::<Element>().ok())
        {
            f(&star);
        }
    }
}
