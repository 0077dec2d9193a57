use crate::i18n::*;
use crate::notify::api::*;
use crate::notify::components::InboxView;
use crate::ui::error_view::ErrorMessage;
use crate::ui::session::{use_session, Loading};
use crate::ui::sign_in::SignInToContinue;
use leptos::prelude::*;
use leptos_meta::Title;
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
        <Title text=move || t_string!(i18n, notify_title).to_owned() />
        <div class="container narrow">
            <h1>{t!(i18n, notify_title)}</h1>
            {move || saved().then(|| view! { <div class="notice notice-success" role="status"><p>{t!(i18n, notify_prefs_saved)}</p></div> })}
            <Transition fallback=|| view! { <Loading /> }>
                {move || Suspend::new(async move {
                    let info = session.await.ok();
                    let flash = info.as_ref().and_then(|s| s.flash.clone());
                    if info.and_then(|s| s.viewer).is_none() {
                        return view! { <SignInToContinue next="/notifications".to_owned() /> }.into_any();
                    }
                    match inbox.await {
                        Ok(inbox) => view! { <InboxView inbox reload flash /> }.into_any(),
                        Err(error) => view! { <ErrorMessage error /> }.into_any(),
                    }
                })}
            </Transition>
        </div>
    }
}
