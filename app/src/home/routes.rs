//! The routes of this feature. The home page.
// Async: a page waits for its data, so an error sets the HTTP status.
use super::pages::HomePage;
use leptos::prelude::*;
use leptos_router::{components::Route, path, MatchNestedRoutes, SsrMode};

#[component(transparent)]
pub fn HomeRoutes() -> impl MatchNestedRoutes + Clone {
    view! {
        <Route path=path!("") view=HomePage ssr=SsrMode::Async />
    }
    .into_inner()
}
