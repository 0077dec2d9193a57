//! The routes of forums: the list, creating one, a forum, its console, the participant's live
//! view and the room's screen.
use super::pages::{
    CardsPage, ConsolePage, ForumPage, ForumsPage, LivePage, NewForumPage, ScreenPage,
};
use leptos::prelude::*;
use leptos_router::{components::Route, path, MatchNestedRoutes, SsrMode};

#[component(transparent)]
pub fn ForumRoutes() -> impl MatchNestedRoutes + Clone {
    view! {
        <Route path=path!("/forums") view=ForumsPage ssr=SsrMode::Async />
        <Route path=path!("/forums/new") view=NewForumPage ssr=SsrMode::Async />
        <Route path=path!("/forums/:id") view=ForumPage ssr=SsrMode::Async />
        <Route path=path!("/forums/:id/console") view=ConsolePage ssr=SsrMode::Async />
        <Route path=path!("/forums/:id/live") view=LivePage ssr=SsrMode::Async />
        <Route path=path!("/forums/:id/screen") view=ScreenPage ssr=SsrMode::Async />
        <Route path=path!("/forums/:id/cards") view=CardsPage ssr=SsrMode::Async />
    }
    .into_inner()
}
