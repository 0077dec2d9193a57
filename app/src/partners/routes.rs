//! The partner directory's routes.
use super::pages::{PartnerPage, PartnersPage};
use leptos::prelude::*;
use leptos_router::{components::Route, path, MatchNestedRoutes, SsrMode};

#[component(transparent)]
pub fn PartnerRoutes() -> impl MatchNestedRoutes + Clone {
    view! {
        <Route path=path!("/partners") view=PartnersPage ssr=SsrMode::Async />
        <Route path=path!("/partners/:id") view=PartnerPage ssr=SsrMode::Async />
    }
    .into_inner()
}
