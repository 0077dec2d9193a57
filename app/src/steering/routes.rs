//! The steering group's routes (its CSV files are `http.rs`).
use super::pages::{
    AuditLogPage, DecisionPage, DecisionsPage, DeskPage, ImportPage, ImportPreviewPage,
};
use leptos::prelude::*;
use leptos_router::{components::Route, path, MatchNestedRoutes, SsrMode};

#[component(transparent)]
pub fn SteeringRoutes() -> impl MatchNestedRoutes + Clone {
    view! {
        <Route path=path!("/steering") view=DeskPage ssr=SsrMode::Async />
        <Route path=path!("/steering/import") view=ImportPage ssr=SsrMode::Async />
        <Route path=path!("/steering/import/:id") view=ImportPreviewPage ssr=SsrMode::Async />
        <Route path=path!("/steering/decisions") view=DecisionsPage ssr=SsrMode::Async />
        <Route path=path!("/steering/decisions/:id") view=DecisionPage ssr=SsrMode::Async />
        <Route path=path!("/steering/audit") view=AuditLogPage ssr=SsrMode::Async />
    }
    .into_inner()
}
