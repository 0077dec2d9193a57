use crate::common::ids::TeamId;
use crate::teams::api::*;
use crate::teams::components::TeamView;
use crate::ui::loader::Loaded;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

pub(crate) fn team_id() -> Memo<TeamId> {
    let params = use_params_map();
    Memo::new(move |_| {
        params.with(|p| {
            p.get("id")
                .and_then(|id| id.parse().ok())
                .unwrap_or_default()
        })
    })
}

// ---------------------------------------------------------------------------------------
// A team's page
// ---------------------------------------------------------------------------------------
#[component]
pub fn TeamPage() -> impl IntoView {
    let id = team_id();
    let team = Resource::new(move || id.get(), get_team);
    view! {
        <div class="container team-page">
            <Loaded resource=team view=move |detail, flash| view! { <TeamView detail flash reload=Callback::new(move |_: String| team.refetch()) /> } />
        </div>
    }
}
