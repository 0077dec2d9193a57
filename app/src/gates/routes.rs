//! The route of the stage gates: the path of an idea and what each gate asks.
use super::pages::StagesPage;
use leptos::prelude::*;
use leptos_router::{components::Route, path, MatchNestedRoutes, SsrMode};

#[component(transparent)]
pub fn GateRoutes() -> impl MatchNestedRoutes + Clone {
    view! {
        <Route path=path!("/stages") view=StagesPage ssr=SsrMode::Async />
    }
    .into_inner()
}
