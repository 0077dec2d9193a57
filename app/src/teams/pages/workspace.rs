use super::team_id;
#[cfg(feature = "hydrate")]
use crate::common::ids::TeamId;
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
    #[cfg(feature = "hydrate")]
    Effect::new(move |_| live_updates(team, live, refresh));
    let reload = Callback::new(move |_: String| refresh());
    view! {
        <p class="live-status" role="status" aria-live="polite" data-live=move || if live.get() { "on" } else { "off" }>
            {move || if live.get() { t_string!(i18n, live_on) } else { t_string!(i18n, live_off) }}
        </p>
        {move || view! { <WorkspaceView ws=current.get() flash=flash.clone() reload /> }}
    }
}

/// Listens to the team's server-sent events and calls `changed` on every one (the first comes
/// on connecting, so a reconnection catches up). The browser reconnects by itself.
#[cfg(feature = "hydrate")]
fn live_updates(team_id: TeamId, live: RwSignal<bool>, changed: impl Fn() + 'static) {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let Ok(source) = web_sys::EventSource::new(&format!("/live/teams/{team_id}")) else {
        return;
    };
    let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |_| {
        live.try_set(true);
        changed();
    });
    let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |_| {
        live.try_set(false);
    });
    source.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    source.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    let kept = send_wrapper::SendWrapper::new((source, on_message, on_error));
    on_cleanup(move || {
        let (source, _, _) = kept.take();
        source.close();
    });
}
