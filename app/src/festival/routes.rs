//! The routes of this feature. The festival "100 in 1 day": program, map, agenda, an intervention, proposing and the steering group's desk.
// Async: a page waits for its data, so an error sets the HTTP status.
use super::pages::{AgendaPage, InterventionPage, ManagePage, MapPage, ProgramPage, ProposePage};
use leptos::prelude::*;
use leptos_router::{components::Route, path, MatchNestedRoutes, SsrMode};

#[component(transparent)]
pub fn FestivalRoutes() -> impl MatchNestedRoutes + Clone {
    view! {
        <Route path=path!("/festival") view=ProgramPage ssr=SsrMode::Async />
        <Route path=path!("/festival/map") view=MapPage ssr=SsrMode::Async />
        <Route path=path!("/festival/agenda") view=AgendaPage ssr=SsrMode::Async />
        <Route path=path!("/festival/propose") view=ProposePage ssr=SsrMode::Async />
        <Route path=path!("/festival/manage") view=ManagePage ssr=SsrMode::Async />
        <Route path=path!("/festival/i/:id") view=InterventionPage ssr=SsrMode::Async />
    }
    .into_inner()
}
