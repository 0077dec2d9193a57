use super::JoinForm;
use super::Suggestions;
use crate::common::ids::TeamId;
use crate::common::FormFlash;
use crate::i18n::*;
use crate::teams::api::*;
use crate::teams::*;
use crate::ui::forms::ServerForm;
use leptos::prelude::*;

#[component]
pub(crate) fn RoleView(
    role: OpenRole,
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
            {lead.then(|| view! {
                <Suggestions team_id role_id=id suggestions reload flash=flash.clone() />
                <ServerForm action=close id="close_open_role" class="inline-form" on_success=reload scope=format!("close{id}") flash=flash.clone()>
                    <input type="hidden" name="role_id" value=id />
                    <button type="submit" class="button button-small button-secondary">{t!(i18n, role_close)} <span class="visually-hidden">{title.clone()}</span></button>
                </ServerForm>
            })}
        </article>
    }
}
