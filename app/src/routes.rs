//! The route table: every feature contributes its own routes.
use crate::ui::not_found::NotFound;
use leptos::prelude::*;
use leptos_router::components::Routes;

#[component]
pub fn AppRoutes() -> impl IntoView {
    view! {
        <Routes fallback=NotFound>
            <crate::home::routes::HomeRoutes />
            <crate::accounts::routes::AccountRoutes />
            <crate::ideas::routes::IdeaRoutes />
            <crate::teams::routes::TeamRoutes />
            <crate::festival::routes::FestivalRoutes />
            <crate::notify::routes::NotificationRoutes />
        </Routes>
    }
}
