use super::idea_id;
use crate::common::error::AppError;
use crate::i18n::*;
use crate::ideas::api::*;
use crate::ideas::components::EditContent;
use crate::ui::error_view::ErrorMessage;
use crate::ui::session::{use_session, Loading};
use crate::ui::sign_in::SignInToContinue;
use leptos::prelude::*;
use leptos_meta::Title;

// ---------------------------------------------------------------------------------------
// Editing
// ---------------------------------------------------------------------------------------
#[component]
pub fn EditIdeaPage() -> impl IntoView {
    let i18n = use_i18n();
    let id = idea_id();
    let idea = Resource::new(move || id.get(), |id| get_idea(id, None, false, None));
    let session = use_session();
    view! {
        <Title text=t_string!(i18n, edit_title).to_owned() />
        <div class="container narrow">
            <Suspense fallback=|| view! { <Loading /> }>
                {move || Suspend::new(async move {
                    let info = session.await.ok();
                    let flash = info.as_ref().and_then(|s| s.flash.clone());
                    let signed_in = info.as_ref().is_some_and(|s| s.viewer.is_some());
                    match idea.await {
                        Ok(detail) if detail.me.editor || detail.me.steering => view! { <EditContent detail flash /> }.into_any(),
                        Ok(detail) if !signed_in => view! { <SignInToContinue next=format!("/ideas/{}/edit", detail.id) /> }.into_any(),
                        Ok(_) => view! { <ErrorMessage error=AppError::Forbidden /> }.into_any(),
                        Err(error) => view! { <ErrorMessage error /> }.into_any(),
                    }
                })}
            </Suspense>
        </div>
    }
}
