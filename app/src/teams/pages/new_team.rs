use crate::common::error::AppError;
use crate::common::SessionInfo;
use crate::i18n::*;
use crate::teams::api::*;
use crate::teams::*;
use crate::ui::error_view::ErrorMessage;
use crate::ui::forms::{Field, ServerForm, Submit, TextArea};
use crate::ui::loader::Page;
use crate::ui::navigate::go_to_result;
use crate::ui::session::{use_session, Loading};
use crate::ui::sign_in::SignInToContinue;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;

#[component]
pub fn NewTeamPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let idea_id = Memo::new(move |_| {
        query.with(|q| {
            q.get("idea")
                .and_then(|v| v.parse::<crate::common::ids::IdeaId>().ok())
                .unwrap_or_default()
        })
    });
    let session = use_session();
    let idea = Resource::new(move || idea_id.get(), team_of_idea);
    view! {
        <Page title=move || t_string!(i18n, team_form) class="narrow">
            <Suspense fallback=|| view! { <Loading /> }>
                {move || Suspend::new(async move {
                    let session = session.await;
                    let idea = idea.await;
                    match (session, idea) {
                        (Ok(SessionInfo { viewer: None, .. }), _) => view! {
                            <SignInToContinue next=format!("/teams/new?idea={}", idea_id.get_untracked()) />
                        }.into_any(),
                        (Ok(SessionInfo { flash, .. }), Ok(IdeaTeam { idea_title: Some(title), .. })) => {
                            let id = idea_id.get_untracked();
                            let action = ServerAction::<CreateTeam>::new();
                            let suggested_name: String = title.chars().take(NAME_MAX).collect();
                            view! {
                                <p class="lead">{t!(i18n, team_form_lead)} " " <A href=format!("/ideas/{id}")>{title.clone()}</A></p>
                                <ServerForm action id="create_team" flash on_success=go_to_result()>
                                    <input type="hidden" name="idea_id" value=id />
                                    <Field name="name" label=move || t_string!(i18n, team_name_field) required=true maxlength=NAME_MAX value=suggested_name />
                                    <TextArea name="description" label=move || t_string!(i18n, team_description_field) maxlength=DESCRIPTION_MAX hint=move || t_string!(i18n, team_description_hint) />
                                    <Submit label=move || t_string!(i18n, team_form) />
                                </ServerForm>
                            }.into_any()
                        }
                        (Ok(_), Ok(IdeaTeam { idea_title: None, .. })) => {
                            view! { <ErrorMessage error=AppError::NotFound /> }.into_any()
                        }
                        (Err(error), _) | (_, Err(error)) => view! { <ErrorMessage error /> }.into_any(),
                    }
                })}
            </Suspense>
        </Page>
    }
}
