use super::team_id;
#[cfg(feature = "hydrate")]
use crate::common::ids::TeamId;
use crate::i18n::*;
use crate::teams::api::*;
use crate::teams::components::WorkspaceView;
use crate::ui::loader::Loaded;
use leptos::prelude::*;

// ---------------------------------------------------------------------------------------
// The workspace
// ---------------------------------------------------------------------------------------
#[component]
pub fn WorkspacePage() -> impl IntoView {
    let i18n = use_i18n();
    let id = team_id();
    let workspace = Resource::new(move || id.get(), get_workspace);
    // Whether the live channel is connected (only ever true in the browser).
    let live = RwSignal::new(false);
    #[cfg(feature = "hydrate")]
    Effect::new(move |_| {
        let team = id.get();
        live_updates(team, live, move || workspace.refetch());
    });
    let reload = Callback::new(move |_: String| workspace.refetch());
    view! {
        <div class="container workspace-page">
            <p class="live-status" role="status" aria-live="polite" data-live=move || if live.get() { "on" } else { "off" }>
                {move || if live.get() { t_string!(i18n, live_on) } else { t_string!(i18n, live_off) }}
            </p>
            <Loaded resource=workspace view=move |ws, flash| view! { <WorkspaceView ws flash reload /> } />
        </div>
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
