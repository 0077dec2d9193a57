use crate::common::SessionInfo;
use crate::festival::api::*;
use crate::festival::components::ProposeForm;
use crate::i18n::*;
use crate::ui::error_view::ErrorMessage;
use crate::ui::loader::Page;
use crate::ui::session::{use_session, Loading};
use crate::ui::sign_in::SignInToContinue;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

// ---------------------------------------------------------------------------------------
// Proposing an intervention
// ---------------------------------------------------------------------------------------
#[component]
pub fn ProposePage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let context = Resource::new(|| (), |_| festival_propose_context());
    let query = use_query_map();
    view! {
        <Page title=move || t_string!(i18n, fest_propose) class="narrow">
            <Suspense fallback=|| view! { <Loading /> }>
                {move || Suspend::new(async move {
                    let session = session.await;
                    match session {
                        Ok(SessionInfo { viewer: None, .. }) => view! { <SignInToContinue next="/festival/propose".to_owned() /> }.into_any(),
                        Ok(SessionInfo { flash, .. }) => match context.await {
                            Ok(ctx) => {
                                let team = query.with_untracked(|q| q.get("team").and_then(|t| t.parse().ok()));
                                view! { <ProposeForm ctx flash team /> }.into_any()
                            }
                            Err(error) => view! { <ErrorMessage error /> }.into_any(),
                        },
                        Err(error) => view! { <ErrorMessage error /> }.into_any(),
                    }
                })}
            </Suspense>
        </Page>
    }
}
