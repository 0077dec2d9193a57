use crate::teams::api::*;
use crate::teams::components::TeamView;
use crate::ui::error_view::ErrorMessage;
use crate::ui::session::{use_session, Loading};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

pub(crate) fn team_id() -> Memo<i64> {
    let params = use_params_map();
    Memo::new(move |_| params.with(|p| p.get("id").and_then(|id| id.parse().ok()).unwrap_or(0)))
}

// ---------------------------------------------------------------------------------------
// A team's page
// ---------------------------------------------------------------------------------------
#[component]
pub fn TeamPage() -> impl IntoView {
    let id = team_id();
    let team = Resource::new(move || id.get(), get_team);
    let session = use_session();
    view! {
        <div class="container team-page">
            <Transition fallback=|| view! { <Loading /> }>
                {move || Suspend::new(async move {
                    let flash = session.await.ok().and_then(|s| s.flash);
                    match team.await {
                        Ok(detail) => view! { <TeamView detail flash reload=Callback::new(move |_: String| team.refetch()) /> }.into_any(),
                        Err(error) => view! { <ErrorMessage error /> }.into_any(),
                    }
                })}
            </Transition>
        </div>
    }
}
