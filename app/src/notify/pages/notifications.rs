use crate::i18n::*;
use crate::notify::api::*;
use crate::notify::components::InboxView;
use crate::ui::loader::Loaded;
use crate::ui::loader::Page;
use crate::ui::session::use_session;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn NotificationsPage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let inbox = Resource::new(|| (), |_| get_inbox());
    let query = use_query_map();
    let saved = move || query.with(|q| q.get("saved").is_some());
    let reload = Callback::new(move |_: String| {
        inbox.refetch();
        session.refetch();
    });
    view! {
        <Page title=move || t_string!(i18n, notify_title) class="narrow">
            {move || saved().then(|| view! { <div class="notice notice-success" role="status"><p>{t!(i18n, notify_prefs_saved)}</p></div> })}
            <Loaded resource=inbox view=move |inbox, flash| view! { <InboxView inbox reload flash /> } />
        </Page>
    }
}
