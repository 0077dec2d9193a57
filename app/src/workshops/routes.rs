//! The routes of workshops: the public calendar, a workshop, creating one.
use super::pages::{NewWorkshopPage, WorkshopPage, WorkshopsPage};
use leptos::prelude::*;
use leptos_router::{components::Route, path, MatchNestedRoutes, SsrMode};

#[component(transparent)]
pub fn WorkshopRoutes() -> impl MatchNestedRoutes + Clone {
    view! {
        <Route path=path!("/workshops") view=WorkshopsPage ssr=SsrMode::Async />
        <Route path=path!("/workshops/new") view=NewWorkshopPage ssr=SsrMode::Async />
        <Route path=path!("/workshops/:id") view=WorkshopPage ssr=SsrMode::Async />
    }
    .into_inner()
}
