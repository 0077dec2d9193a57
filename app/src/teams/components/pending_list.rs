use super::AnswerButtons;
use crate::common::FormFlash;
use crate::i18n::*;
use crate::teams::*;
use crate::ui::format::date_of;
use crate::ui::person::{Avatar, PersonName};
use leptos::prelude::*;

#[component]
pub(crate) fn PendingList(
    pending: Vec<PendingRequest>,
    reload: Callback<String>,
    flash: Option<FormFlash>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="team-requests" id="requests" aria-labelledby="requests-title">
            <h2 id="requests-title">{t!(i18n, team_requests)}</h2>
            {pending.is_empty().then(|| view! { <p class="empty">{t!(i18n, team_requests_empty)}</p> })}
            <ul class="request-list">
                {pending.into_iter().map(|p| {
                    let who = p.person.name.clone().unwrap_or_default();
                    view! {
                    <li class="card" data-testid="request" id=format!("request-{}", p.id)>
                        <p><Avatar person=p.person.clone() /> <PersonName person=p.person /> " · "
                            {if p.invite { t!(i18n, team_invited_waiting).into_any() } else { t!(i18n, team_asks_to_join).into_any() }}
                            {p.role_title.map(|t| view! { " · " <em>{t}</em> })}
                            " · " {date_of(&p.created_at)}
                        </p>
                        {p.role_closed.then(|| view! {
                            <p class="notice notice-warning" data-testid="role-filled">{t!(i18n, team_request_role_filled)}</p>
                        })}
                        {(!p.message.is_empty()).then(|| view! { <p class="quote">{p.message}</p> })}
                        {(!p.invite).then(|| view! { <AnswerButtons request_id=p.id reload flash=flash.clone() who=who.clone() /> })}
                    </li>
                }}).collect_view()}
            </ul>
        </section>
    }
}
