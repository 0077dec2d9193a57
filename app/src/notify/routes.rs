//! The routes of this feature. The notification centre.
// Async: a page waits for its data, so an error sets the HTTP status.
use super::pages::NotificationsPage;
use leptos::prelude::*;
use leptos_router::{components::Route, path, MatchNestedRoutes, SsrMode};

#[component(transparent)]
pub fn NotificationRoutes() -> impl MatchNestedRoutes + Clone {
    view! {
        <Route path=path!("/notifications") view=NotificationsPage ssr=SsrMode::Async />
    }
    .into_inner()
}
