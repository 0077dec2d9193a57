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
pub mod admin;
pub mod auth;
pub mod festival;
pub mod home;
pub mod ideas;
pub mod notify;
pub mod profile;
pub mod teams;

include!(concat!(env!("OUT_DIR"), "/i18n/mod.rs"));

use crate::i18n::I18nContextProvider;
use crate::ui::{layout::Layout, not_found::NotFound};
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, HashedStylesheet, MetaTags};
use leptos_router::{
    components::{Route, Router, Routes},
    path, SsrMode,
};

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
    auth::pages::provide_session();
    mark_hydrated();
    view! {
        <I18nContextProvider cookie_options=ui::lang_switch::cookie_options()>
            <Router>
                <Layout>
                    <Routes fallback=NotFound>
                        // Async: the page waits for its data, so an error sets the HTTP status.
                        <Route path=path!("") view=home::page::HomePage ssr=SsrMode::Async />
                        <Route path=path!("/register") view=auth::pages::RegisterPage ssr=SsrMode::Async />
                        <Route path=path!("/register/sent") view=auth::pages::RegisterSentPage ssr=SsrMode::Async />
                        <Route path=path!("/confirm") view=auth::pages::ConfirmEmailPage ssr=SsrMode::Async />
                        <Route path=path!("/login") view=auth::pages::LoginPage ssr=SsrMode::Async />
                        <Route path=path!("/forgot") view=auth::pages::ForgotPage ssr=SsrMode::Async />
                        <Route path=path!("/forgot/sent") view=auth::pages::ForgotSentPage ssr=SsrMode::Async />
                        <Route path=path!("/reset") view=auth::pages::ResetPage ssr=SsrMode::Async />
                        <Route path=path!("/guardian") view=auth::pages::GuardianPage ssr=SsrMode::Async />
                        <Route path=path!("/guardian/done") view=auth::pages::GuardianDonePage ssr=SsrMode::Async />
                        <Route path=path!("/profile") view=profile::page::MyProfilePage ssr=SsrMode::Async />
                        <Route path=path!("/people") view=profile::page::DirectoryPage ssr=SsrMode::Async />
                        <Route path=path!("/people/:id") view=profile::page::PersonPage ssr=SsrMode::Async />
                        <Route path=path!("/admin") view=admin::page::AdminPage ssr=SsrMode::Async />
                        <Route path=path!("/ideas") view=ideas::page::IdeasPage ssr=SsrMode::Async />
                        <Route path=path!("/ideas/new") view=ideas::page::ShareIdeaPage ssr=SsrMode::Async />
                        <Route path=path!("/ideas/invite") view=ideas::page::InvitePage ssr=SsrMode::Async />
                        <Route path=path!("/ideas/:id") view=ideas::page::IdeaPage ssr=SsrMode::Async />
                        <Route path=path!("/ideas/:id/edit") view=ideas::page::EditIdeaPage ssr=SsrMode::Async />
                        <Route path=path!("/ideas/:id/history") view=ideas::page::HistoryPage ssr=SsrMode::Async />
                        <Route path=path!("/moderation") view=ideas::page::ModerationPage ssr=SsrMode::Async />
                        <Route path=path!("/teams") view=teams::page::TeamsPage ssr=SsrMode::Async />
                        <Route path=path!("/teams/new") view=teams::page::NewTeamPage ssr=SsrMode::Async />
                        <Route path=path!("/teams/:id") view=teams::page::TeamPage ssr=SsrMode::Async />
                        <Route path=path!("/teams/:id/workspace") view=teams::page::WorkspacePage ssr=SsrMode::Async />
                        <Route path=path!("/festival") view=festival::page::ProgramPage ssr=SsrMode::Async />
                        <Route path=path!("/festival/map") view=festival::page::MapPage ssr=SsrMode::Async />
                        <Route path=path!("/festival/agenda") view=festival::page::AgendaPage ssr=SsrMode::Async />
                        <Route path=path!("/festival/propose") view=festival::page::ProposePage ssr=SsrMode::Async />
                        <Route path=path!("/festival/manage") view=festival::page::ManagePage ssr=SsrMode::Async />
                        <Route path=path!("/festival/i/:id") view=festival::page::InterventionPage ssr=SsrMode::Async />
                        <Route path=path!("/notifications") view=notify::page::NotificationsPage ssr=SsrMode::Async />
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
