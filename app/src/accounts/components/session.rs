use crate::ui::session::SessionCtx;
use leptos::prelude::*;

pub fn provide_session() {
    let resource = Resource::new(|| (), |_| crate::accounts::api::get_session_info());
    provide_context(SessionCtx(resource));
}
