//! The routes of this feature. Ideas: the list, sharing, an idea's page, editing, history, co-author invitations and the moderation queue.
// Async: a page waits for its data, so an error sets the HTTP status.
use super::pages::{
    EditIdeaPage, HistoryPage, IdeaPage, IdeasPage, InvitePage, ModerationPage, ShareIdeaPage,
};
use leptos::prelude::*;
use leptos_router::{components::Route, path, MatchNestedRoutes, SsrMode};

#[component(transparent)]
pub fn IdeaRoutes() -> impl MatchNestedRoutes + Clone {
    view! {
        <Route path=path!("/ideas") view=IdeasPage ssr=SsrMode::Async />
        <Route path=path!("/ideas/new") view=ShareIdeaPage ssr=SsrMode::Async />
        <Route path=path!("/ideas/invite") view=InvitePage ssr=SsrMode::Async />
        <Route path=path!("/ideas/:id") view=IdeaPage ssr=SsrMode::Async />
        <Route path=path!("/ideas/:id/edit") view=EditIdeaPage ssr=SsrMode::Async />
        <Route path=path!("/ideas/:id/history") view=HistoryPage ssr=SsrMode::Async />
        <Route path=path!("/moderation") view=ModerationPage ssr=SsrMode::Async />
    }
    .into_inner()
}
