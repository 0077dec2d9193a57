use super::team_id;
use crate::common::FormFlash;
use crate::i18n::*;
use crate::teams::api::*;
use crate::teams::components::WorkspaceView;
use crate::teams::Workspace;
use crate::ui::island::{island_i18n, mark_live};
use crate::ui::loader::Loaded;
use leptos::prelude::*;
use leptos_meta::Title;

// ---------------------------------------------------------------------------------------
// The workspace
// ---------------------------------------------------------------------------------------
#[component]
pub fn WorkspacePage() -> impl IntoView {
    let i18n = use_i18n();
    let id = team_id();
    let workspace = Resource::new(move || id.get(), get_workspace);
    view! {
        <div class="container workspace-page">
            <Loaded resource=workspace view=move |ws: Workspace, flash| view! {
                <Title text=format!("{} · {}", ws.name, t_string!(i18n, workspace_title)) />
                <LiveWorkspace ws flash />
            } />
        </div>
    }
}

/// The workspace as it changes: an island that listens to the team's live channel and loads
/// the workspace again on every change (a new message, a task done), and after each form.
#[island(lazy)]
pub fn LiveWorkspace(ws: Workspace, flash: Option<FormFlash>) -> impl IntoView {
    let i18n = island_i18n();
    mark_live();
    let team = ws.team_id;
    let current = RwSignal::new(ws);
    // Whether the live channel is connected (only ever true in the browser).
    let live = RwSignal::new(false);
    let refresh = move || {
        leptos::task::spawn_local(async move {
            if let Ok(ws) = get_workspace(team).await {
                current.try_set(ws);
            }
        })
    };
    Effect::new(move |_| {
        crate::ui::live_channel::listen(&format!("/live/teams/{team}"), live, refresh)
    });
    let reload = Callback::new(move |_: String| refresh());
    view! {
        <p class="live-status" role="status" aria-live="polite" data-live=move || if live.get() { "on" } else { "off" }>
            {move || if live.get() { t_string!(i18n, live_on) } else { t_string!(i18n, live_off) }}
        </p>
        {move || view! { <WorkspaceView ws=current.get() flash=flash.clone() reload /> }}
    }
}
