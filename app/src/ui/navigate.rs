//! Moving on after a form succeeds.
use leptos::prelude::*;

/// With JavaScript, a successful form moves to the returned path inside the app, without a
/// reload (without JavaScript the server redirects there).
pub(crate) fn go_to_result() -> Callback<String> {
    let navigate = leptos_router::hooks::use_navigate();
    Callback::new(move |path: String| navigate(&path, Default::default()))
}
