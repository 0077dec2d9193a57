//! The routes of this feature. Accounts and people: registering, signing in, recovering a password, a guardian's consent, profiles, the directory and the administration of roles.
// Async: a page waits for its data, so an error sets the HTTP status.
use super::pages::{
    AdminPage, ConfirmEmailPage, DirectoryPage, ForgotPage, ForgotSentPage, GuardianDonePage,
    GuardianPage, LoginPage, MyProfilePage, PersonPage, RegisterPage, RegisterSentPage, ResetPage,
};
use leptos::prelude::*;
use leptos_router::{components::Route, path, MatchNestedRoutes, SsrMode};

#[component(transparent)]
pub fn AccountRoutes() -> impl MatchNestedRoutes + Clone {
    view! {
        <Route path=path!("/register") view=RegisterPage ssr=SsrMode::Async />
        <Route path=path!("/register/sent") view=RegisterSentPage ssr=SsrMode::Async />
        <Route path=path!("/confirm") view=ConfirmEmailPage ssr=SsrMode::Async />
        <Route path=path!("/login") view=LoginPage ssr=SsrMode::Async />
        <Route path=path!("/forgot") view=ForgotPage ssr=SsrMode::Async />
        <Route path=path!("/forgot/sent") view=ForgotSentPage ssr=SsrMode::Async />
        <Route path=path!("/reset") view=ResetPage ssr=SsrMode::Async />
        <Route path=path!("/guardian") view=GuardianPage ssr=SsrMode::Async />
        <Route path=path!("/guardian/done") view=GuardianDonePage ssr=SsrMode::Async />
        <Route path=path!("/profile") view=MyProfilePage ssr=SsrMode::Async />
        <Route path=path!("/people") view=DirectoryPage ssr=SsrMode::Async />
        <Route path=path!("/people/:id") view=PersonPage ssr=SsrMode::Async />
        <Route path=path!("/admin") view=AdminPage ssr=SsrMode::Async />
    }
    .into_inner()
}
