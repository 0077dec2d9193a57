//! The forums' pages, one per file.
mod cards;
mod console;
mod forum;
mod list;
mod live;
mod new;
mod screen;
pub use cards::*;
pub use console::*;
pub use forum::*;
pub use list::*;
pub use live::*;
pub use new::*;
pub use screen::*;

use crate::common::ids::ForumId;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// The forum's id from the URL.
pub(crate) fn forum_id() -> Memo<ForumId> {
    let params = use_params_map();
    Memo::new(move |_| {
        params.with(|p| p.get("id").and_then(|v| v.parse().ok()).unwrap_or_default())
    })
}
