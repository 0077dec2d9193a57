use super::JoinForm;
use super::Suggestions;
use crate::common::ids::TeamId;
use crate::common::FormFlash;
use crate::i18n::*;
use crate::teams::api::*;
use crate::teams::*;
use crate::ui::format::date_of;
use crate::ui::forms::ServerForm;
use leptos::prelude::*;

#[component]
pub(crate) fn RoleView(
    role: OpenRole,
    /// For leads: the pending requests and invitations for this role.
    applicants: Vec<PendingRequest>,
    team_id: TeamId,
    me: TeamViewer,
    flash: Option<FormFlash>,
    reload: Callback<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let OpenRole {
        id,
        title,
        skills,
        sector,
        hours,
        description,
        suggestions,
    } = role;
    let lead = me.is_lead();
    let applied = applicants.len();
    let may_answer =
        me.may_publish && me.role.is_none() && me.my_request.is_none() && me.my_invite.is_none();
    let close = ServerAction::<CloseOpenRole>::new();
    view! {
        <article class="card open-role" id=format!("role-{id}") data-testid="open-role">
            <h3>{title.clone()}</h3>
            <p class="meta">
                {(!skills.is_empty()).then(|| view! { {t!(i18n, role_skills)} ": " {skills.join(", ")} " · " })}
                {sector.map(|s| view! { {t!(i18n, role_sector)} ": " {move || s.label(i18n)} " · " })}
                {t!(i18n, role_hours)} ": " {hours}
            </p>
            {(!description.is_empty()).then(|| view! { <p>{description}</p> })}
            {may_answer.then(|| view! {
                <details class="answer-role">
                    <summary>{t!(i18n, role_answer)}</summary>
                    <JoinForm team_id role_id=Some(id) flash=flash.clone() reload mentor=false />
                </details>
            })}
            {(lead && !applicants.is_empty()).then(|| view! {
                <div class="applicants" data-testid="applicants">
                    <h4>{t!(i18n, role_applicants)} " (" {applicants.len()} ")"</h4>
                    <ul>
                        {applicants.into_iter().map(|p| view! {
                            <li>
                                <a href=format!("#request-{}", p.id)>{p.person.name.clone().unwrap_or_default()}</a>
                                " · " {if p.invite { t!(i18n, team_invited_waiting).into_any() } else { t!(i18n, team_asks_to_join).into_any() }}
                                " · " {date_of(&p.created_at)}
                            </li>
                        }).collect_view()}
                    </ul>
                </div>
            })}
            {lead.then(|| view! {
                <Suggestions team_id role_id=id suggestions applied reload flash=flash.clone() />
                <ServerForm action=close id="close_open_role" class="inline-form" on_success=reload scope=format!("close{id}") flash=flash.clone()>
                    <input type="hidden" name="role_id" value=id />
                    <button type="submit" class="button button-small button-secondary">{t!(i18n, role_close)} <span class="visually-hidden">{title.clone()}</span></button>
                </ServerForm>
            })}
        </article>
    }
}
