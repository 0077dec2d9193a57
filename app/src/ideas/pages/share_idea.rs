use crate::common::SessionInfo;
use crate::i18n::*;
use crate::ideas::components::ShareForm;
use crate::ui::error_view::ErrorMessage;
use crate::ui::loader::Page;
use crate::ui::session::{use_session, Loading};
use crate::ui::sign_in::SignInToContinue;
use leptos::prelude::*;

// ---------------------------------------------------------------------------------------
// Sharing
// ---------------------------------------------------------------------------------------
#[component]
pub fn ShareIdeaPage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    // A draft (or any link) may open the form filled in: `?title=…&summary=…`.
    let query = leptos_router::hooks::use_query_map().get_untracked();
    let initial = (
        query.get("title").unwrap_or_default(),
        query.get("summary").unwrap_or_default(),
    );
    // Opened from a workshop's page: the idea is born there.
    let workshop = query.get("workshop").filter(|w| w.parse::<i64>().is_ok());
    // Opened from a forum's harvest note: born in the forum.
    let forum = query.get("forum").filter(|w| w.parse::<i64>().is_ok());
    view! {
        <Page title=move || t_string!(i18n, share_title) class="narrow">
            <p class="lead">{t!(i18n, share_lead)}</p>
            <Suspense fallback=|| view! { <Loading /> }>
                {move || {
                    let initial = initial.clone();
                    let workshop = workshop.clone();
                    let forum = forum.clone();
                    Suspend::new(async move {
                    match session.await {
                        Ok(SessionInfo { viewer: None, .. }) => view! { <SignInToContinue next="/ideas/new".to_owned() /> }.into_any(),
                        Ok(SessionInfo { viewer: Some(viewer), flash, .. }) => {
                            if viewer.may_publish() {
                                view! { <ShareForm flash initial workshop forum /> }.into_any()
                            } else {
                                view! { <div class="notice" role="status"><p>{t!(i18n, publish_not_yet)}</p></div> }.into_any()
                            }
                        }
                        Err(error) => view! { <ErrorMessage error /> }.into_any(),
                    }
                })}}
            </Suspense>
        </Page>
    }
}
