//! The pages of teams: the list, forming a team from an idea, a team's page (members, sector
//! balance, open roles with talent suggestions for leads, joining and invitations), and the
//! private workspace (thread and tasks) that updates live.
use super::api::*;
use super::matching::{Reason, Suggestion};
use super::*;
use crate::common::error::AppError;
use crate::common::FormFlash;
use crate::common::SessionInfo;
use crate::i18n::*;
use crate::ui::chips::SectorChips;
use crate::ui::error_view::ErrorMessage;
use crate::ui::format::date_of;
use crate::ui::forms::{Field, ServerForm, Submit, TextArea};
use crate::ui::navigate::go_to_result;
use crate::ui::person::PersonName;
use crate::ui::session::{use_session, Loading};
use crate::ui::sign_in::SignInToContinue;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::{Form, A};
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::common::codes::I18n;

fn team_id() -> Memo<i64> {
    let params = use_params_map();
    Memo::new(move |_| params.with(|p| p.get("id").and_then(|id| id.parse().ok()).unwrap_or(0)))
}

// ---------------------------------------------------------------------------------------
// The list
// ---------------------------------------------------------------------------------------

#[component]
pub fn TeamsPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let filter = Memo::new(move |_| query.with(|q| TeamFilter::from_params(|name| q.get(name))));
    let teams = Resource::new(
        move || filter.get(),
        |f| {
            list_teams(
                f.sector.map(|s| s.code().to_owned()).unwrap_or_default(),
                if f.looking { "1".into() } else { String::new() },
                f.page.to_string(),
            )
        },
    );
    view! {
        <Title text=move || t_string!(i18n, teams_title).to_owned() />
        <div class="container">
            <h1>{t!(i18n, teams_title)}</h1>
            <p class="lead">{t!(i18n, teams_lead)}</p>
            {move || {
                let f = filter.get();
                view! {
                    <Form method="GET" action="/teams" attr:class="filters" attr:role="search">
                        <div class="field">
                            <label for="team-sector">{t!(i18n, teams_filter_sector)}</label>
                            <select id="team-sector" name="sector">
                                <option value="">{t!(i18n, filter_any)}</option>
                                {crate::common::sectors::Sector::ALL.into_iter().map(|s| view! {
                                    <option value=s.code() selected=f.sector == Some(s)>{move || s.label(i18n)}</option>
                                }).collect_view()}
                            </select>
                        </div>
                        <div class="field field-check">
                            <input type="checkbox" id="team-looking" name="looking" value="1" checked=f.looking />
                            <label for="team-looking">{t!(i18n, teams_filter_looking)}</label>
                        </div>
                        <button type="submit" class="button button-secondary">{t!(i18n, teams_apply)}</button>
                    </Form>
                }
            }}
            <Transition fallback=|| view! { <Loading /> }>
                {move || Suspend::new(async move {
                    let f = filter.get_untracked();
                    match teams.await {
                        Ok(list) if list.teams.is_empty() => view! {
                            <p class="empty" role="status">{t!(i18n, teams_empty)}</p>
                        }.into_any(),
                        Ok(list) => {
                            let pages = (list.total + PAGE_SIZE - 1) / PAGE_SIZE;
                            let page = list.page;
                            view! {
                                <p class="result-count" role="status">{t!(i18n, teams_found)} ": " {list.total}</p>
                                <ul class="cards team-cards">
                                    {list.teams.into_iter().map(|team| view! { <TeamCardView team /> }).collect_view()}
                                </ul>
                                {(pages > 1).then(|| view! {
                                    <nav class="pager" aria-label=move || t_string!(i18n, page_label)>
                                        {(page > 1).then(|| view! { <A href=format!("/teams{}", f.to_query(page - 1))>{t!(i18n, page_prev)}</A> })}
                                        " " <span>{page} " / " {pages}</span> " "
                                        {(page < pages).then(|| view! { <A href=format!("/teams{}", f.to_query(page + 1))>{t!(i18n, page_next)}</A> })}
                                    </nav>
                                })}
                            }.into_any()
                        }
                        Err(error) => view! { <ErrorMessage error /> }.into_any(),
                    }
                })}
            </Transition>
        </div>
    }
}

#[component]
fn TeamCardView(team: TeamCard) -> impl IntoView {
    let i18n = use_i18n();
    let (_, lacking) = sector_balance(&team.covered);
    view! {
        <li class="card team-card">
            <h2><A href=format!("/teams/{}", team.id)>{team.name}</A></h2>
            <p class="meta">{t!(i18n, team_idea)} " " <A href=format!("/ideas/{}", team.idea_id)>{team.idea_title}</A></p>
            <p class="meta">
                {t!(i18n, team_people)} ": " {team.members}
                {(team.open_roles > 0).then(|| view! {
                    " · " <strong class="looking">{t!(i18n, team_open_roles)} ": " {team.open_roles}</strong>
                })}
            </p>
            <SectorChips sectors=team.covered />
            {(!lacking.is_empty()).then(|| view! {
                <p class="lacking">{t!(i18n, team_lacks)} ": "
                    {lacking.into_iter().map(|s| s.label(i18n)).collect::<Vec<_>>().join(", ")}
                </p>
            })}
        </li>
    }
}

// ---------------------------------------------------------------------------------------
// Forming a team
// ---------------------------------------------------------------------------------------

/// On an idea's page: its team, or the way to form one.
#[component]
pub fn IdeaTeamBox(idea_id: i64) -> impl IntoView {
    let i18n = use_i18n();
    let team = Resource::new(move || idea_id, team_of_idea);
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match team.await {
                    Ok(IdeaTeam { team: Some((id, name)), .. }) => view! {
                        <section class="idea-team" aria-labelledby="idea-team-title">
                            <h2 id="idea-team-title">{t!(i18n, team_heading)}</h2>
                            <p><A href=format!("/teams/{id}")>{name}</A></p>
                        </section>
                    }.into_any(),
                    Ok(IdeaTeam { team: None, may_form: true, .. }) => view! {
                        <section class="idea-team" aria-labelledby="idea-team-title">
                            <h2 id="idea-team-title">{t!(i18n, team_heading)}</h2>
                            <p>{t!(i18n, team_form_invite)}</p>
                            <p><a class="button" href=format!("/teams/new?idea={idea_id}")>{t!(i18n, team_form)}</a></p>
                        </section>
                    }.into_any(),
                    _ => ().into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
pub fn NewTeamPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let idea_id = Memo::new(move |_| {
        query.with(|q| {
            q.get("idea")
                .and_then(|v| v.parse::<i64>().ok())
                .unwrap_or(0)
        })
    });
    let session = use_session();
    let idea = Resource::new(move || idea_id.get(), team_of_idea);
    view! {
        <Title text=move || t_string!(i18n, team_form).to_owned() />
        <div class="container narrow">
            <h1>{t!(i18n, team_form)}</h1>
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
        </div>
    }
}

// ---------------------------------------------------------------------------------------
// A team's page
// ---------------------------------------------------------------------------------------

#[component]
pub fn TeamPage() -> impl IntoView {
    let id = team_id();
    let team = Resource::new(move || id.get(), get_team);
    let session = use_session();
    view! {
        <div class="container team-page">
            <Transition fallback=|| view! { <Loading /> }>
                {move || Suspend::new(async move {
                    let flash = session.await.ok().and_then(|s| s.flash);
                    match team.await {
                        Ok(detail) => view! { <TeamView detail flash reload=Callback::new(move |_: String| team.refetch()) /> }.into_any(),
                        Err(error) => view! { <ErrorMessage error /> }.into_any(),
                    }
                })}
            </Transition>
        </div>
    }
}

#[component]
fn TeamView(
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
        <h1>{name}</h1>
        <p class="meta">{t!(i18n, team_idea)} " " <A href=format!("/ideas/{idea_id}")>{idea_title}</A> " · " {t!(i18n, team_since)} " " {date_of(&created_at)}</p>
        {(!description.is_empty()).then(|| view! { <p class="lead">{description}</p> })}
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
            <ul class="member-list">
                {members.into_iter().map(|m| {
                    let role = m.role;
                    let promote = (lead && role == TeamRole::Member).then_some(m.person.id);
                    let who = m.person.name.clone().unwrap_or_default();
                    view! {
                        <li>
                            <PersonName person=m.person />
                            " " <span class=format!("badge badge-team-{}", role.code())>{move || role.label(i18n)}</span>
                            {promote.map(|user_id| view! { <MakeLead team_id=id user_id reload flash=flash.clone() who=who.clone() /> })}
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
        <section class="team-roles" aria-labelledby="roles-title">
            <h2 id="roles-title">{t!(i18n, team_open_roles)}</h2>
            {roles.is_empty().then(|| view! { <p class="empty">{t!(i18n, team_no_open_roles)}</p> })}
            {roles.into_iter().map(|role| view! { <RoleView role team_id=id me=me.clone() flash=flash.clone() reload /> }).collect_view()}
            {lead.then(|| view! { <RoleForm team_id=id flash=flash.clone() reload /> })}
        </section>
        {lead.then(|| view! { <PendingList pending=pending.clone() reload flash=flash.clone() /> })}
        <JoinBox team_id=id me=me.clone() flash=flash.clone() reload here=here.clone() />
        {(me.role.is_some()).then(|| view! { <LeaveForm team_id=id flash=flash.clone() /> })}
        {(lead && !member_options.is_empty()).then(|| view! { <p class="hint">{t!(i18n, team_make_lead_hint)}</p> })}
    }
}

#[component]
fn AnswerButtons(
    request_id: i64,
    reload: Callback<String>,
    flash: Option<FormFlash>,
    /// Whose request it is, for screen readers (the buttons repeat down the list).
    #[prop(optional, into)]
    who: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let accept = ServerAction::<AnswerRequest>::new();
    let who_accept = who.clone();
    let decline = ServerAction::<AnswerRequest>::new();
    view! {
        <div class="button-row">
            <ServerForm action=accept id="answer_request" class="inline-form" on_success=reload scope=format!("accept{request_id}") flash=flash.clone()>
                <input type="hidden" name="request_id" value=request_id />
                <input type="hidden" name="accept" value="true" />
                <button type="submit" class="button" data-testid="accept">{t!(i18n, team_accept)} <span class="visually-hidden">{who_accept}</span></button>
            </ServerForm>
            <ServerForm action=decline id="answer_request" class="inline-form" on_success=reload scope=format!("decline{request_id}")>
                <input type="hidden" name="request_id" value=request_id />
                <input type="hidden" name="accept" value="false" />
                <button type="submit" class="button button-secondary">{t!(i18n, team_decline)} <span class="visually-hidden">{who}</span></button>
            </ServerForm>
        </div>
    }
}

#[component]
fn MakeLead(
    team_id: i64,
    user_id: i64,
    reload: Callback<String>,
    flash: Option<FormFlash>,
    who: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let co_lead = ServerAction::<MakeLead>::new();
    let who_co = who.clone();
    let hand_over = ServerAction::<MakeLead>::new();
    view! {
        <ServerForm action=co_lead id="make_lead" class="inline-form" on_success=reload scope=format!("colead{user_id}") flash>
            <input type="hidden" name="team_id" value=team_id />
            <input type="hidden" name="user_id" value=user_id />
            <button type="submit" class="button button-small button-secondary">{t!(i18n, team_make_co_lead)} <span class="visually-hidden">{who_co}</span></button>
        </ServerForm>
        <ServerForm action=hand_over id="make_lead" class="inline-form" on_success=reload scope=format!("handover{user_id}")>
            <input type="hidden" name="team_id" value=team_id />
            <input type="hidden" name="user_id" value=user_id />
            <input type="hidden" name="step_down" value="on" />
            <button type="submit" class="button button-small button-secondary">{t!(i18n, team_hand_over)} <span class="visually-hidden">{who}</span></button>
        </ServerForm>
    }
}

fn reason_text(i18n: I18n, reason: &Reason) -> String {
    match reason {
        Reason::Skill(skill) => format!("{}: {skill}", t_string!(i18n, reason_skill)),
        Reason::RoleSector(s) => format!(
            "{}: {}",
            t_string!(i18n, reason_role_sector),
            (*s).label(i18n)
        ),
        Reason::LackingSector(s) => format!(
            "{}: {}",
            t_string!(i18n, reason_lacking_sector),
            (*s).label(i18n)
        ),
    }
}

#[component]
fn RoleView(
    role: OpenRole,
    team_id: i64,
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

#[component]
fn Suggestions(
    team_id: i64,
    role_id: i64,
    suggestions: Vec<Suggestion>,
    reload: Callback<String>,
    flash: Option<FormFlash>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="suggestions" data-testid="suggestions">
            <h4>{t!(i18n, suggestions_title)}</h4>
            {suggestions.is_empty().then(|| view! { <p class="empty">{t!(i18n, suggestions_empty)}</p> })}
            <ul>
                {suggestions.into_iter().map(|s| {
                    let invite = ServerAction::<InviteToTeam>::new();
                    let reasons = s.reasons.iter().map(|r| reason_text(i18n, r)).collect::<Vec<_>>().join("; ");
                    view! {
                        <li class="suggestion">
                            <a href=format!("/people/{}", s.id)>{s.name.clone()}</a>
                            " " <span class="score" title=move || t_string!(i18n, suggestion_score)>{s.score}</span>
                            <p class="reasons">{reasons}</p>
                            <ServerForm action=invite id="invite_to_team" class="inline-form" on_success=reload scope=format!("inv{role_id}-{}", s.id) flash=flash.clone()>
                                <input type="hidden" name="team_id" value=team_id />
                                <input type="hidden" name="user_id" value=s.id />
                                <input type="hidden" name="role_id" value=role_id />
                                <button type="submit" class="button button-small">{t!(i18n, suggestion_invite)} " " <span class="visually-hidden">{s.name.clone()}</span></button>
                            </ServerForm>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </div>
    }
}

#[component]
fn RoleForm(team_id: i64, flash: Option<FormFlash>, reload: Callback<String>) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<AddOpenRole>::new();
    view! {
        <details class="role-form">
            <summary>{t!(i18n, role_add)}</summary>
            <ServerForm action id="add_open_role" flash on_success=reload scope="role">
                <input type="hidden" name="team_id" value=team_id />
                <Field name="title" label=move || t_string!(i18n, role_title_field) required=true maxlength=ROLE_TITLE_MAX />
                <Field name="skills" label=move || t_string!(i18n, role_skills) hint=move || t_string!(i18n, role_skills_hint) maxlength=SKILLS_MAX />
                <div class="field">
                    <label for="f-role-sector">{t!(i18n, role_sector)}</label>
                    <select id="f-role-sector" name="sector">
                        <option value="">{t!(i18n, filter_any)}</option>
                        {crate::common::sectors::Sector::ALL.into_iter().map(|s| view! { <option value=s.code()>{move || s.label(i18n)}</option> }).collect_view()}
                    </select>
                </div>
                <Field name="hours" kind="number" label=move || t_string!(i18n, role_hours) value="4" inputmode="numeric" required=true />
                <TextArea name="description" label=move || t_string!(i18n, role_description) maxlength=DESCRIPTION_MAX />
                <Submit label=move || t_string!(i18n, role_add) />
            </ServerForm>
        </details>
    }
}

#[component]
fn PendingList(
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
                    <li class="card" data-testid="request">
                        <p><PersonName person=p.person /> " · "
                            {if p.invite { t!(i18n, team_invited_waiting).into_any() } else { t!(i18n, team_asks_to_join).into_any() }}
                            {p.role_title.map(|t| view! { " · " <em>{t}</em> })}
                            " · " {date_of(&p.created_at)}
                        </p>
                        {(!p.message.is_empty()).then(|| view! { <p class="quote">{p.message}</p> })}
                        {(!p.invite).then(|| view! { <AnswerButtons request_id=p.id reload flash=flash.clone() who=who.clone() /> })}
                    </li>
                }}).collect_view()}
            </ul>
        </section>
    }
}

#[component]
fn JoinForm(
    team_id: i64,
    role_id: Option<i64>,
    flash: Option<FormFlash>,
    reload: Callback<String>,
    mentor: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<RequestJoin>::new();
    let scope = format!(
        "join{}{}",
        role_id.unwrap_or(0),
        if mentor { "-mentor" } else { "" }
    );
    view! {
        <ServerForm action id="request_join" flash scope on_success=reload>
            <input type="hidden" name="team_id" value=team_id />
            {role_id.map(|r| view! { <input type="hidden" name="role_id" value=r /> })}
            {mentor.then(|| view! { <input type="hidden" name="as_mentor" value="on" /> })}
            <TextArea name="message" label=move || t_string!(i18n, join_message) maxlength=MESSAGE_MAX hint=move || t_string!(i18n, join_message_hint) />
            <Submit label=move || if mentor { t_string!(i18n, join_as_mentor) } else if role_id.is_some() { t_string!(i18n, role_answer) } else { t_string!(i18n, join_ask) } />
        </ServerForm>
    }
}

#[component]
fn JoinBox(
    team_id: i64,
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

#[component]
fn LeaveForm(team_id: i64, flash: Option<FormFlash>) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<LeaveTeam>::new();
    view! {
        <details class="leave-team">
            <summary>{t!(i18n, team_leave)}</summary>
            <ServerForm action id="leave_team" flash on_success=go_to_result() scope="leave">
                <input type="hidden" name="team_id" value=team_id />
                <p>{t!(i18n, team_leave_confirm)}</p>
                <Submit label=move || t_string!(i18n, team_leave) secondary=true />
            </ServerForm>
        </details>
    }
}

// ---------------------------------------------------------------------------------------
// The workspace
// ---------------------------------------------------------------------------------------

#[component]
pub fn WorkspacePage() -> impl IntoView {
    let i18n = use_i18n();
    let id = team_id();
    let workspace = Resource::new(move || id.get(), get_workspace);
    let session = use_session();
    // Whether the live channel is connected (only ever true in the browser).
    let live = RwSignal::new(false);
    #[cfg(feature = "hydrate")]
    Effect::new(move |_| {
        let team = id.get();
        live_updates(team, live, move || workspace.refetch());
    });
    let reload = Callback::new(move |_: String| workspace.refetch());
    view! {
        <div class="container workspace-page">
            <p class="live-status" role="status" aria-live="polite" data-live=move || if live.get() { "on" } else { "off" }>
                {move || if live.get() { t_string!(i18n, live_on) } else { t_string!(i18n, live_off) }}
            </p>
            <Transition fallback=|| view! { <Loading /> }>
                {move || Suspend::new(async move {
                    let flash = session.await.ok().and_then(|s| s.flash);
                    match workspace.await {
                        Ok(ws) => view! { <WorkspaceView ws flash reload /> }.into_any(),
                        Err(error) => view! { <ErrorMessage error /> }.into_any(),
                    }
                })}
            </Transition>
        </div>
    }
}

/// Listens to the team's server-sent events and calls `changed` on every one (the first comes
/// on connecting, so a reconnection catches up). The browser reconnects by itself.
#[cfg(feature = "hydrate")]
fn live_updates(team_id: i64, live: RwSignal<bool>, changed: impl Fn() + 'static) {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let Ok(source) = web_sys::EventSource::new(&format!("/live/teams/{team_id}")) else {
        return;
    };
    let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |_| {
        live.try_set(true);
        changed();
    });
    let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |_| {
        live.try_set(false);
    });
    source.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    source.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    let kept = send_wrapper::SendWrapper::new((source, on_message, on_error));
    on_cleanup(move || {
        let (source, _, _) = kept.take();
        source.close();
    });
}

#[component]
fn WorkspaceView(
    ws: Workspace,
    flash: Option<FormFlash>,
    reload: Callback<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let Workspace {
        team_id,
        name,
        members,
        posts,
        tasks,
    } = ws;
    let post = ServerAction::<PostTeamMessage>::new();
    let add_task = ServerAction::<AddTeamTask>::new();
    view! {
        <Title text=format!("{name} · {}", t_string!(i18n, workspace_title)) />
        <h1>{name} <span class="subtitle">" · " {t!(i18n, workspace_title)}</span></h1>
        <p><A href=format!("/teams/{team_id}")>{t!(i18n, workspace_back)}</A></p>
        <div class="workspace-grid">
            <section class="thread" aria-labelledby="thread-title">
                <h2 id="thread-title">{t!(i18n, workspace_thread)}</h2>
                {posts.is_empty().then(|| view! { <p class="empty">{t!(i18n, workspace_thread_empty)}</p> })}
                <ol class="posts" data-testid="posts">
                    {posts.into_iter().map(|p| view! {
                        <li class="post" id=format!("post-{}", p.id)>
                            <p class="meta"><PersonName person=p.author /> " · " <time datetime=p.created_at.clone()>{p.created_at.chars().take(16).collect::<String>()}</time></p>
                            <p class="post-body">{p.body}</p>
                        </li>
                    }).collect_view()}
                </ol>
                <ServerForm action=post id="post_team_message" flash=flash.clone() on_success=reload scope="post">
                    <input type="hidden" name="team_id" value=team_id />
                    <TextArea name="body" label=move || t_string!(i18n, workspace_message) maxlength=POST_MAX />
                    <Submit label=move || t_string!(i18n, workspace_send) />
                </ServerForm>
            </section>
            <section class="tasks" id="tasks" aria-labelledby="tasks-title">
                <h2 id="tasks-title">{t!(i18n, workspace_tasks)}</h2>
                {tasks.is_empty().then(|| view! { <p class="empty">{t!(i18n, workspace_tasks_empty)}</p> })}
                <ul class="task-list" data-testid="tasks">
                    {tasks.into_iter().map(|task| {
                        let toggle = ServerAction::<SetTaskDone>::new();
                        view! {
                            <li class="task" class:task-done=task.done data-done=if task.done { "true" } else { "false" }>
                                <span class="task-title">{task.title.clone()}</span>
                                <span class="meta">
                                    {task.owner.map(|o| view! { " · " <PersonName person=o /> })}
                                    {task.due_on.map(|d| view! { " · " {t!(i18n, task_due)} " " {d} })}
                                </span>
                                <ServerForm action=toggle id="set_task_done" class="inline-form" on_success=reload scope=format!("task{}", task.id) flash=flash.clone()>
                                    <input type="hidden" name="task_id" value=task.id />
                                    <input type="hidden" name="done" value=if task.done { "false" } else { "true" } />
                                    <button type="submit" class="button button-small button-secondary" aria-pressed=if task.done { "true" } else { "false" }>
                                        {if task.done { t!(i18n, task_reopen).into_any() } else { t!(i18n, task_mark_done).into_any() }}
                                        <span class="visually-hidden">": " {task.title}</span>
                                    </button>
                                </ServerForm>
                            </li>
                        }
                    }).collect_view()}
                </ul>
                <ServerForm action=add_task id="add_team_task" flash on_success=reload scope="task">
                    <input type="hidden" name="team_id" value=team_id />
                    <Field name="title" label=move || t_string!(i18n, task_title) required=true maxlength=TASK_MAX />
                    <div class="field">
                        <label for="f-task-owner">{t!(i18n, task_owner)}</label>
                        <select id="f-task-owner" name="owner">
                            <option value="">{t!(i18n, task_no_owner)}</option>
                            {members.into_iter().map(|m| view! {
                                <option value=m.person.id>{m.person.name.unwrap_or_default()}</option>
                            }).collect_view()}
                        </select>
                    </div>
                    <Field name="due_on" kind="date" label=move || t_string!(i18n, task_due_field) />
                    <Submit label=move || t_string!(i18n, task_add) />
                </ServerForm>
            </section>
        </div>
    }
}

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

/// [`IdeaTeamBox`] as a part of an idea's page.
pub fn idea_team_part(idea_id: i64) -> AnyView {
    view! { <IdeaTeamBox idea_id /> }.into_any()
}

/// [`InviteToMyTeam`] as a part of a person's page.
pub fn invite_to_my_team_part((person_id, mentor): (i64, bool)) -> AnyView {
    view! { <InviteToMyTeam person_id mentor /> }.into_any()
}
