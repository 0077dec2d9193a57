//! Following a live channel (`server::live`) in the browser: an EventSource on the channel's
//! URL calls `changed` on every event (the first comes on connecting, so a reconnection
//! catches up) and keeps `live` true while connected. The browser reconnects by itself; the
//! source closes when the island goes away.
use leptos::prelude::*;

#[cfg(feature = "hydrate")]
pub fn listen(url: &str, live: RwSignal<bool>, changed: impl Fn() + 'static) {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let Ok(source) = web_sys::EventSource::new(url) else {
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

/// On the server nothing listens.
#[cfg(not(feature = "hydrate"))]
pub fn listen(_url: &str, _live: RwSignal<bool>, _changed: impl Fn() + 'static) {}
