//! The WASM entry point. Santaka runs in Leptos' islands mode: the pages are rendered on the
//! server, and the browser hydrates only the islands (the interactive parts) the page holds.
//! Leptos' loader calls `hydrate`, which hydrates each `<leptos-island>` it finds and gives the
//! festival stars (plain markup, not islands) their behaviour.

#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
    app::festival::star_live::enhance_stars();
    app::ui::island::page_loaded();
}
