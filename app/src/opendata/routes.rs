//! The route of open data's page (its files are `http.rs`).
use super::pages::OpenDataPage;
use leptos::prelude::*;
use leptos_router::{components::Route, path, MatchNestedRoutes, SsrMode};

#[component(transparent)]
pub fn OpenDataRoutes() -> impl MatchNestedRoutes + Clone {
    view! {
        <Route path=path!("/open-data") view=OpenDataPage ssr=SsrMode::Async />
    }
    .into_inner()
}
