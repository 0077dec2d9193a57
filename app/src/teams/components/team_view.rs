use super::AnswerButtons;
use super::JoinBox;
use super::LeaveForm;
use super::MakeLead;
use super::PendingList;
use super::RoleForm;
use super::RoleView;
use crate::common::FormFlash;
use crate::i18n::*;
use crate::teams::*;
use crate::ui::chips::SectorChips;
use crate::ui::content_lang::{other_lang, LangMark};
use crate::ui::format::date_of;
use crate::ui::person::{Avatar, PersonName};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;

#[component]
pub(crate) fn TeamView(
    detail: TeamDetail,
    flash: Option<FormFlash>,
    reload: Callback<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let notice = move |name: &str| query.with(|q| q.get(name).is_some());
    let TeamDetail {
        id,
        name,
        description,
        idea_id,
        idea_title,
        lang,
        idea_lang,
        created_at,
        members,
        covered,
        roles,
        pending,
        me,
    } = detail;
    let (_, lacking) = sector_balance(&covered);
    let lead = me.is_lead();
    let member_options: Vec<(i64, String)> = members
        .iter()
        .filter(|m| m.role == TeamRole::Member)
        .map(|m| (m.person.id, m.person.name.clone().unwrap_or_default()))
        .collect();
    let here = format!("/teams/{id}");
    view! {
        <Title text=name.clone() />
        {notice("formed").then(|| view! { <div class="notice notice-success" role="status"><p>{t!(i18n, team_formed_notice)}</p></div> })}
        {notice("asked").then(|| view! { <div class="notice notice-success" role="status"><p>{t!(i18n, team_asked_notice)}</p></div> })}
        {notice("invited").then(|| view! { <div class="notice notice-success" role="status"><p>{t!(i18n, team_invited_notice)}</p></div> })}
        {notice("left").then(|| view! { <div class="notice notice-success" role="status"><p>{t!(i18n, team_left_notice)}</p></div> })}
        {notice("accepted").then(|| view! { <div class="notice notice-success" role="status" data-testid="team-notice"><p>{t!(i18n, team_accepted_notice)}
            {notice("filled").then(|| view! { " " {t!(i18n, team_role_filled_notice)} })}</p></div> })}
        {notice("declined").then(|| view! { <div class="notice notice-success" role="status" data-testid="team-notice"><p>{t!(i18n, team_declined_notice)}</p></div> })}
        {notice("joined").then(|| view! { <div class="notice notice-success" role="status" data-testid="team-notice"><p>{t!(i18n, team_joined_notice)}</p></div> })}
        {notice("lead").then(|| view! { <div class="notice notice-success" role="status" data-testid="team-notice"><p>{t!(i18n, team_lead_notice)}</p></div> })}
        {notice("role_added").then(|| view! { <div class="notice notice-success" role="status" data-testid="team-notice"><p>{t!(i18n, team_role_added_notice)}</p></div> })}
        {notice("role_closed").then(|| view! { <div class="notice notice-success" role="status" data-testid="team-notice"><p>{t!(i18n, team_role_closed_notice)}</p></div> })}
        <h1 lang=other_lang(&lang)>{name}</h1>
        <p class="meta"><LangMark lang=lang.clone() /> " " {t!(i18n, team_idea)} " " <A href=format!("/ideas/{idea_id}") attr:lang=other_lang(&idea_lang)>{idea_title}</A> " · " {t!(i18n, team_since)} " " {date_of(&created_at)}</p>
        {(!description.is_empty()).then(|| view! { <p class="lead" lang=other_lang(&lang)>{description}</p> })}
        {me.my_invite.clone().map(|invite| view! {
            <div class="notice notice-invite" role="status" data-testid="my-invite">
                <p><strong>{t!(i18n, team_you_are_invited)}</strong>
                    {invite.role_title.map(|t| view! { " · " {t} })}
                </p>
                {(!invite.message.is_empty()).then(|| view! { <p class="quote">{invite.message}</p> })}
                <AnswerButtons request_id=invite.id reload flash=flash.clone() />
            </div>
        })}
        {me.in_workspace().then(|| view! {
            <p class="button-row">
                <a class="button" href=format!("/teams/{id}/workspace")>{t!(i18n, workspace_open)}</a>
                <a class="button button-secondary" href=format!("/festival/propose?team={id}")>{t!(i18n, fest_propose)}</a>
            </p>
        })}
        <section class="team-balance" aria-labelledby="balance-title">
            <h2 id="balance-title">{t!(i18n, team_balance)}</h2>
            <div class="balance-row"><span class="balance-label">{t!(i18n, team_covers)}</span>
                {if covered.is_empty() { view! { <span>"–"</span> }.into_any() } else { view! { <SectorChips sectors=covered /> }.into_any() }}
            </div>
            <div class="balance-row" data-testid="lacking"><span class="balance-label">{t!(i18n, team_lacks)}</span>
                {if lacking.is_empty() { view! { <span>{t!(i18n, team_lacks_nothing)}</span> }.into_any() } else { view! {
                    <ul class="chips chips-lacking">
                        {lacking.into_iter().map(|s| view! { <li class="chip chip-outline">{move || s.label(i18n)}</li> }).collect_view()}
                    </ul>
                }.into_any() }}
            </div>
        </section>
        <section class="team-members" aria-labelledby="members-title">
            <h2 id="members-title">{t!(i18n, team_members)}</h2>
            {me.steering.then(|| view! {
                <p><a class="button button-secondary" href=format!("/teams/{id}/mentors")>{t!(i18n, mentors_assign_title)}</a></p>
            })}
            <ul class="member-list">
                {members.iter().map(|m| {
                    let role = m.role;
                    let promote = (lead && role == TeamRole::Member).then_some(m.person.id);
                    let who = m.person.name.clone().unwrap_or_default();
                    // Two members with the same name are told apart by their sectors.
                    let namesake = m.person.name.is_some()
                        && members.iter().filter(|o| o.person.name == m.person.name).count() > 1;
                    let sectors = m.sectors.clone();
                    view! {
                        <li>
                            <Avatar person=m.person.clone() />
                            <PersonName person=m.person.clone() />
                            {(namesake && !sectors.is_empty()).then(|| view! {
                                " " <span class="meta">"(" {move || sectors.iter().map(|s| s.label(i18n)).collect::<Vec<_>>().join(", ")} ")"</span>
                            })}
                            " " <span class=format!("badge badge-team-{}", role.code())>{move || role.label(i18n)}</span>
                            {promote.map(|user_id| view! { <MakeLead team_id=id user_id reload flash=flash.clone() who=who.clone() /> })}
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
        <section class="team-roles" id="roles" aria-labelledby="roles-title">
            <h2 id="roles-title">{t!(i18n, team_open_roles)}</h2>
            {roles.is_empty().then(|| view! { <p class="empty">{t!(i18n, team_no_open_roles)}</p> })}
            {roles.into_iter().map(|role| {
                let applicants: Vec<PendingRequest> = pending.iter().filter(|p| p.role_id == Some(role.id)).cloned().collect();
                view! { <RoleView role applicants team_id=id me=me.clone() flash=flash.clone() reload /> }
            }).collect_view()}
            {lead.then(|| view! { <RoleForm team_id=id flash=flash.clone() reload /> })}
        </section>
        {lead.then(|| view! { <PendingList pending=pending.clone() reload flash=flash.clone() /> })}
        <JoinBox team_id=id me=me.clone() flash=flash.clone() reload here=here.clone() />
        {(me.role.is_some()).then(|| view! { <LeaveForm team_id=id flash=flash.clone() /> })}
        {(lead && !member_options.is_empty()).then(|| view! { <p class="hint">{t!(i18n, team_make_lead_hint)}</p> })}
    }
}
