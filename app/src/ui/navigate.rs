//! Moving on after a form succeeds.
use leptos::prelude::*;

/// With JavaScript, a successful form loads the returned path (without JavaScript the server
/// redirects there). Pages are rendered on the server (islands mode), so this is a full load.
pub(crate) fn go_to_result() -> Callback<String> {
    Callback::new(move |path: String| {
        let _ = window().location().set_href(&path);
    })
}
