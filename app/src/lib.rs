//! Santaka's shared application: the HTML shell, the `App` with its route table, the pages and
//! components, the wire types, and the `#[server]` functions. Everything that touches SQL or
//! secrets lives behind the `ssr` feature, so the WASM build never sees it.
#![recursion_limit = "256"]

// Layers: what every feature uses, on both sides (`common`), only on the server (`server`), and
// in the browser's views (`ui`). A feature may use these and other features' wire types only.
pub mod common;
#[cfg(feature = "ssr")]
pub mod server;
pub mod ui;

// Features.
pub mod accounts;
pub mod festival;
pub mod forums;
pub mod gates;
pub mod home;
pub mod ideas;
pub mod notify;
pub mod opendata;
pub mod partners;
pub mod pledges;
pub mod steering;
pub mod teams;
pub mod workshops;

// The top, which composes the features: demo data, the frame of every page, the route table.
#[cfg(feature = "ssr")]
pub mod demo;
pub mod layout;
pub mod routes;
pub mod start;

include!(concat!(env!("OUT_DIR"), "/i18n/mod.rs"));

use crate::i18n::I18nContextProvider;
use crate::layout::Layout;
use crate::routes::AppRoutes;
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, HashedStylesheet, MetaTags};
use leptos_router::components::Router;

/// The name of the cookie that keeps a visitor's language; shared with the server's
/// no-JavaScript language switch so both paths agree.
pub const LANG_COOKIE: &str = "i18n_pref_locale";

/// The per-request nonce that the server's Content-Security-Policy allows scripts with; the
/// server's security layer puts it in the request's extensions.
#[derive(Debug, Clone)]
pub struct CspNonce(pub String);

/// The document around the application, rendered only on the server.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(nonce) = use_context::<http::request::Parts>()
        .and_then(|parts| parts.extensions.get::<CspNonce>().cloned())
    {
        // Leptos adds it to the hydration script and to every inline script it writes.
        provide_context(leptos::nonce::Nonce::from_value(nonce.0));
    }
    view! {
        <!DOCTYPE html>
        <html>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="color-scheme" content="light dark" />
                <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
                <HashedStylesheet options=options.clone() id="santaka-css" />
                <HydrationScripts options islands=true />
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
    accounts::components::provide_session();
    routes::fill_slots();
    view! {
        <I18nContextProvider cookie_options=ui::lang_switch::cookie_options()>
            <Router>
                <Layout>
                    <AppRoutes />
                </Layout>
            </Router>
        </I18nContextProvider>
    }
}
