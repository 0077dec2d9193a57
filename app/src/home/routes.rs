//! The routes of this feature. The home page, the privacy notice and the participation rules.
// Async: a page waits for its data, so an error sets the HTTP status.
use super::pages::{HomePage, PrivacyPage, TermsPage};
use leptos::prelude::*;
use leptos_router::{components::Route, path, MatchNestedRoutes, SsrMode};

#[component(transparent)]
pub fn HomeRoutes() -> impl MatchNestedRoutes + Clone {
    view! {
        <Route path=path!("") view=HomePage ssr=SsrMode::Async />
        <Route path=path!("/privacy") view=PrivacyPage />
        <Route path=path!("/terms") view=TermsPage />
    }
    .into_inner()
}
