//! The steering group's routes (its CSV files are `http.rs`).
use super::pages::DeskPage;
use leptos::prelude::*;
use leptos_router::{components::Route, path, MatchNestedRoutes, SsrMode};

#[component(transparent)]
pub fn SteeringRoutes() -> impl MatchNestedRoutes + Clone {
    view! {
        <Route path=path!("/steering") view=DeskPage ssr=SsrMode::Async />
    }
    .into_inner()
}
