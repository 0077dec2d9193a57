//! Santaka's shared application: the HTML shell, the `App` with its route table, the pages and
//! components, the wire types, and the `#[server]` functions. Everything that touches SQL or
//! secrets lives behind the `ssr` feature, so the WASM build never sees it.
#![recursion_limit = "256"]

pub mod components;
pub mod error;
pub mod home;
pub mod policy;
pub mod sectors;

#[cfg(feature = "ssr")]
pub mod db;
#[cfg(feature = "ssr")]
pub mod demo;
#[cfg(feature = "ssr")]
pub mod state;

include!(concat!(env!("OUT_DIR"), "/i18n/mod.rs"));

use crate::components::{layout::Layout, not_found::NotFound};
use crate::i18n::I18nContextProvider;
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, HashedStylesheet, MetaTags};
use leptos_router::{
    components::{Route, Router, Routes},
    SsrMode, StaticSegment,
};

/// The name of the cookie that keeps a visitor's language; shared with the server's
/// no-JavaScript language switch so both paths agree.
pub const LANG_COOKIE: &str = "i18n_pref_locale";

/// The document around the application, rendered only on the server.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    view! {
        <!DOCTYPE html>
        <html>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="color-scheme" content="light dark" />
                <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
                <HashedStylesheet options=options.clone() id="santaka-css" />
                <HydrationScripts options />
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    mark_hydrated();
    view! {
        <I18nContextProvider cookie_options=components::lang_switch::cookie_options()>
            <Router>
                <Layout>
                    <Routes fallback=NotFound>
                        // Async: the page waits for its data, so an error sets the HTTP status.
                        <Route
                            path=StaticSegment("")
                            view=home::page::HomePage
                            ssr=SsrMode::Async
                        />
                    </Routes>
                </Layout>
            </Router>
        </I18nContextProvider>
    }
}

/// Sets `data-hydrated` on `<html>` once the WASM bundle has taken over the page; browser
/// tests wait for it before they use anything interactive. Effects never run on the server.
fn mark_hydrated() {
    Effect::new(|_| {
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("data-hydrated", "true");
        }
    });
}
