//! The WASM entry point. Santaka runs in Leptos' islands mode: the pages are rendered on the
//! server, and the browser hydrates only the islands (the interactive parts) the page holds.
//! Leptos' loader calls `hydrate` and then hydrates each `<leptos-island>` it finds.

#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
    app::ui::island::page_loaded();
}
