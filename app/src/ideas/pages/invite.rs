use crate::i18n::*;
use crate::ideas::api::*;
use crate::ui::forms::{ServerForm, Submit};
use crate::ui::loader::Page;
use crate::ui::navigate::go_to_result;
use crate::ui::session::{use_session, Loading};
use crate::ui::sign_in::SignInToContinue;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

// ---------------------------------------------------------------------------------------
// Co-author invitation
// ---------------------------------------------------------------------------------------
#[component]
pub fn InvitePage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let token = move || query.with(|q| q.get("token").unwrap_or_default());
    let invite = Resource::new(token, get_invite);
    let session = use_session();
    view! {
        <Page title=move || t_string!(i18n, invite_page_title) class="narrow">
            <Suspense fallback=|| view! { <Loading /> }>
                {move || Suspend::new(async move {
                    let info = session.await.ok();
                    let flash = info.as_ref().and_then(|s| s.flash.clone());
                    let viewer = info.and_then(|s| s.viewer);
                    match invite.await {
                        Ok(invite) => {
                            let action = ServerAction::<AcceptInvite>::new();
                            let next = format!("/ideas/invite?token={}", token());
                            view! {
                                <p><strong>{invite.invited_by.clone()}</strong> " " {t!(i18n, invite_page_text)} " " <strong>{invite.idea_title.clone()}</strong></p>
                                {match viewer {
                                    None => view! { <SignInToContinue next /> }.into_any(),
                                    Some(v) if !v.may_publish() => view! { <p class="notice">{t!(i18n, publish_not_yet)}</p> }.into_any(),
                                    Some(_) => view! {
                                        <ServerForm action id="accept_invite" flash on_success=go_to_result()>
                                            <input type="hidden" name="token" value=token() />
                                            <Submit label=move || t_string!(i18n, invite_accept) />
                                        </ServerForm>
                                    }.into_any(),
                                }}
                            }.into_any()
                        }
                        Err(_) => view! { <div class="notice notice-error" role="alert"><p>{t!(i18n, err_token_invalid)}</p></div> }.into_any(),
                    }
                })}
            </Suspense>
        </Page>
    }
}
