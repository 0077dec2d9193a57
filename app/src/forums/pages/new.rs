use crate::common::SessionInfo;
use crate::forums::api::forum_create_context;
use crate::forums::components::ForumFormView;
use crate::i18n::*;
use crate::ui::error_view::ErrorMessage;
use crate::ui::loader::Page;
use crate::ui::session::{use_session, Loading};
use crate::ui::sign_in::SignInToContinue;
use leptos::prelude::*;

// ---------------------------------------------------------------------------------------
// Creating a forum (steering group, mentors, partners)
// ---------------------------------------------------------------------------------------
#[component]
pub fn NewForumPage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let context = Resource::new(|| (), |_| forum_create_context());
    view! {
        <Page title=move || t_string!(i18n, fo_new) class="narrow">
            <Suspense fallback=|| view! { <Loading /> }>
                {move || Suspend::new(async move {
                    match session.await {
                        Ok(SessionInfo { viewer: None, .. }) => view! { <SignInToContinue next="/forums/new".to_owned() /> }.into_any(),
                        Ok(SessionInfo { flash, .. }) => match context.await {
                            Ok(ctx) => view! { <ForumFormView ctx flash /> }.into_any(),
                            Err(error) => view! { <ErrorMessage error /> }.into_any(),
                        },
                        Err(error) => view! { <ErrorMessage error /> }.into_any(),
                    }
                })}
            </Suspense>
        </Page>
    }
}
