//! The routes of this feature. Initiative teams: the list, forming one, a team's page and its workspace.
// Async: a page waits for its data, so an error sets the HTTP status.
use super::pages::{
    MentorLoadsPage, NewTeamPage, TeamMentorsPage, TeamPage, TeamsPage, WorkspacePage,
};
use leptos::prelude::*;
use leptos_router::{components::Route, path, MatchNestedRoutes, SsrMode};

#[component(transparent)]
pub fn TeamRoutes() -> impl MatchNestedRoutes + Clone {
    view! {
        <Route path=path!("/teams") view=TeamsPage ssr=SsrMode::Async />
        <Route path=path!("/teams/new") view=NewTeamPage ssr=SsrMode::Async />
        <Route path=path!("/teams/:id") view=TeamPage ssr=SsrMode::Async />
        <Route path=path!("/teams/:id/workspace") view=WorkspacePage ssr=SsrMode::Async />
        <Route path=path!("/teams/:id/mentors") view=TeamMentorsPage ssr=SsrMode::Async />
        <Route path=path!("/mentors") view=MentorLoadsPage ssr=SsrMode::Async />
    }
    .into_inner()
}
