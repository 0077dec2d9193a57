//! The top of the app: the route table, where every feature contributes its own routes, and
//! the slots through which features show each other's parts.
use crate::ui::not_found::NotFound;
use crate::ui::slots::fill_slot;
use leptos::prelude::*;
use leptos_router::components::{Route, Routes};
use leptos_router::{path, SsrMode};

/// Fills the slots through which features show each other's parts (see `ui::slots`).
pub fn fill_slots() {
    fill_slot::<crate::ideas::IdeaParts, crate::common::ids::IdeaId>(&[
        crate::teams::components::idea_team_part,
        crate::gates::components::idea_gate_part,
        crate::pledges::components::idea_backing_part,
        crate::festival::components::idea_interventions_part,
        crate::steering::components::idea_decisions_part,
    ]);
    fill_slot::<crate::partners::PartnerParts, crate::common::ids::OrganisationId>(&[
        crate::steering::components::organisation_decisions_part,
    ]);
    fill_slot::<crate::workshops::WorkshopParts, crate::common::ids::WorkshopId>(&[
        crate::steering::components::workshop_decisions_part,
    ]);
    fill_slot::<crate::festival::InterventionParts, crate::common::ids::InterventionId>(&[
        crate::steering::components::intervention_decisions_part,
    ]);
    fill_slot::<crate::accounts::AdminPersonParts, (i64, bool, String, String)>(&[
        crate::ideas::components::block_button_part,
    ]);
    fill_slot::<crate::accounts::PersonParts, (i64, bool)>(&[
        crate::teams::components::invite_to_my_team_part,
        crate::pledges::components::person_backed_part,
    ]);
}

#[component]
pub fn AppRoutes() -> impl IntoView {
    view! {
        <Routes fallback=NotFound>
            <crate::home::routes::HomeRoutes />
            <crate::accounts::routes::AccountRoutes />
            <crate::ideas::routes::IdeaRoutes />
            <crate::teams::routes::TeamRoutes />
            <crate::festival::routes::FestivalRoutes />
            <crate::workshops::routes::WorkshopRoutes />
            <crate::forums::routes::ForumRoutes />
            <crate::gates::routes::GateRoutes />
            <crate::notify::routes::NotificationRoutes />
            <crate::opendata::routes::OpenDataRoutes />
            <crate::steering::routes::SteeringRoutes />
            <crate::partners::routes::PartnerRoutes />
            <Route path=path!("/me") view=crate::start::StartPage ssr=SsrMode::Async />
        </Routes>
    }
}
