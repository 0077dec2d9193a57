//! What every island needs. Santaka renders in Leptos' islands mode: pages are rendered on the
//! server only, and the browser runs just the interactive parts, each an `#[island]` with
//! serialisable props. Context from the page does not reach an island in the browser, so an
//! island starts with [`island_i18n`] (its language, read from `<html lang>`) and tells the
//! browser tests when it is live with [`mark_live`].
use crate::i18n::*;
use leptos::prelude::*;
use leptos_i18n::I18nContext;

/// The translation context inside an island: the page's own on the server, and in the browser
/// one for the language the server chose (the `lang` of `<html>`), without a cookie of its own.
pub fn island_i18n() -> I18nContext<Locale> {
    if let Some(context) = use_context::<I18nContext<Locale>>() {
        return context;
    }
    let options = leptos_i18n::context::I18nContextOptions::default().enable_cookie(false);
    let context = leptos_i18n::context::init_i18n_context_with_options::<Locale>(options);
    provide_context(context);
    context
}

/// Counts the islands that have come alive; when all of the page's islands have, `<html>` gets
/// `data-hydrated="true"` (the mark the browser tests wait for before they click).
pub fn mark_live() {
    Effect::new(|_| {
        #[cfg(feature = "hydrate")]
        live::one_more();
    });
}

#[cfg(feature = "hydrate")]
mod live {
    use std::cell::Cell;

    thread_local! {
        static LIVE: Cell<u32> = const { Cell::new(0) };
    }

    pub(super) fn one_more() {
        let live = LIVE.with(|n| {
            n.set(n.get() + 1);
            n.get()
        });
        if live >= islands_on_page() {
            super::mark_page_live();
        }
    }

    pub(super) fn islands_on_page() -> u32 {
        leptos::prelude::document()
            .query_selector_all("leptos-island")
            .map(|list| list.length())
            .unwrap_or(0)
    }
}

/// Sets the page's "live" mark: every island of the page has hydrated.
pub fn mark_page_live() {
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("data-hydrated", "true");
    }
}

/// Called once the WASM module has loaded: a page without islands is live at once.
#[cfg(feature = "hydrate")]
pub fn page_loaded() {
    if live::islands_on_page() == 0 {
        mark_page_live();
    }
}
