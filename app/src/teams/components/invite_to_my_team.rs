use crate::i18n::*;
use crate::teams::api::*;
use crate::teams::*;
use crate::ui::forms::{ServerForm, Submit, TextArea};
use crate::ui::session::use_session;
use leptos::prelude::*;

/// On a person's page, for someone who leads a team: invite this person (a mentor may be
/// invited as the team's mentor).
#[component]
pub fn InviteToMyTeam(person_id: i64, mentor: bool) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let teams = Resource::new(|| (), |_| my_led_teams());
    let done = RwSignal::new(false);
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let info = session.await.ok();
                let flash = info.as_ref().and_then(|s| s.flash.clone());
                let Some(me) = info.and_then(|s| s.viewer) else {
                    return ().into_any();
                };
                if me.id == person_id || !me.may_publish() {
                    return ().into_any();
                }
                let led = teams.await.unwrap_or_default();
                if led.is_empty() {
                    return ().into_any();
                }
                let action = ServerAction::<InviteToTeam>::new();
                let on_success = Callback::new(move |_: String| done.set(true));
                view! {
                    <section class="invite-person" aria-labelledby="invite-person-title">
                        <h2 id="invite-person-title">{t!(i18n, invite_person_title)}</h2>
                        <ServerForm action id="invite_to_team" flash scope="person" on_success>
                            <input type="hidden" name="user_id" value=person_id />
                            <div class="field">
                                <label for="f-person-team">{t!(i18n, invite_person_team)}</label>
                                <select id="f-person-team" name="team_id">
                                    {led.into_iter().map(|t| view! { <option value=t.id>{t.name}</option> }).collect_view()}
                                </select>
                            </div>
                            {mentor.then(|| view! {
                                <div class="field field-check">
                                    <input type="checkbox" id="f-person-as-mentor" name="as_mentor" value="on" />
                                    <label for="f-person-as-mentor">{t!(i18n, invite_as_mentor)}</label>
                                </div>
                            })}
                            <TextArea name="message" label=move || t_string!(i18n, invite_person_message) maxlength=MESSAGE_MAX />
                            <Submit label=move || t_string!(i18n, suggestion_invite) />
                        </ServerForm>
                        {move || done.get().then(|| view! {
                            <div class="notice notice-success" role="status"><p>{t!(i18n, team_invited_notice)}</p></div>
                        })}
                    </section>
                }
                .into_any()
            })}
        </Suspense>
    }
}

/// [`InviteToMyTeam`] as a part of a person's page.
pub fn invite_to_my_team_part((person_id, mentor): (i64, bool)) -> AnyView {
    view! { <InviteToMyTeam person_id mentor /> }.into_any()
}
