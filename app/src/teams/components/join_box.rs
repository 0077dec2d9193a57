use super::JoinForm;
use crate::common::ids::TeamId;
use crate::common::FormFlash;
use crate::i18n::*;
use crate::teams::*;
use crate::ui::sign_in::SignInToContinue;
use leptos::prelude::*;

#[component]
pub(crate) fn JoinBox(
    team_id: TeamId,
    me: TeamViewer,
    flash: Option<FormFlash>,
    reload: Callback<String>,
    here: String,
) -> impl IntoView {
    let i18n = use_i18n();
    if me.role.is_some() || me.my_invite.is_some() {
        return ().into_any();
    }
    if !me.signed_in {
        return view! { <section class="join-box"><SignInToContinue next=here /></section> }
            .into_any();
    }
    if !me.may_publish {
        return view! { <div class="notice" role="status"><p>{t!(i18n, join_not_yet)}</p></div> }
            .into_any();
    }
    if me.my_request.is_some() {
        return view! { <div class="notice" role="status" data-testid="request-waiting"><p>{t!(i18n, join_waiting)}</p></div> }.into_any();
    }
    view! {
        <section class="join-box" aria-labelledby="join-title">
            <h2 id="join-title">{t!(i18n, join_title)}</h2>
            <JoinForm team_id role_id=None flash=flash.clone() reload mentor=false />
            {me.mentor.then(|| view! {
                <details class="mentor-offer">
                    <summary>{t!(i18n, join_as_mentor)}</summary>
                    <JoinForm team_id role_id=None flash reload mentor=true />
                </details>
            })}
        </section>
    }
    .into_any()
}
