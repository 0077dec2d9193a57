use crate::common::FormFlash;
use crate::i18n::*;
use crate::ui::forms::{FieldErrorFor, ServerForm, Submit};
use crate::ui::sign_in::SignInToContinue;
use crate::workshops::api::{CancelWorkshopSeat, RegisterWorkshop};
use crate::workshops::{LedTeam, SeatStatus, WorkshopPage};
use leptos::prelude::*;

/// Where the viewer stands and what they can do: register (or join the waitlist), give up
/// their place, or register members of a team they lead.
#[component]
pub(crate) fn RegisterPanel(page: WorkshopPage, flash: Option<FormFlash>) -> impl IntoView {
    let i18n = use_i18n();
    let id = page.card.id;
    let full = page.card.free() == 0;
    let own = match (page.past, page.signed_in, page.mine) {
        (true, _, _) => view! { <p class="notice">{t!(i18n, ws_past)}</p> }.into_any(),
        (false, false, _) => {
            view! { <SignInToContinue next=format!("/workshops/{id}") /> }.into_any()
        }
        (false, true, Some((status, position))) => {
            let cancel = ServerAction::<CancelWorkshopSeat>::new();
            view! {
                <p class="notice notice-success" data-testid="ws-mine">
                    {if status == SeatStatus::Waiting {
                        view! { {t!(i18n, ws_you_wait)} " " <strong>{position.unwrap_or(1)}</strong> }.into_any()
                    } else {
                        view! { {t!(i18n, ws_you_registered)} }.into_any()
                    }}
                </p>
                <ServerForm action=cancel id="cancel_workshop_seat" flash=flash.clone() scope="own" class="inline-form">
                    <input type="hidden" name="id" value=id />
                    <Submit label=move || if status == SeatStatus::Waiting { t_string!(i18n, ws_leave_waitlist) } else { t_string!(i18n, ws_cancel) } secondary=true />
                </ServerForm>
            }
            .into_any()
        }
        (false, true, None) if !page.may_register => {
            view! { <p class="notice">{t!(i18n, ws_may_not_register)}</p> }.into_any()
        }
        (false, true, None) if !page.open => {
            view! { <p class="notice">{t!(i18n, ws_closed)} " " {page.card.closes_at.clone()}</p> }
                .into_any()
        }
        (false, true, None) => {
            let register = ServerAction::<RegisterWorkshop>::new();
            view! {
                <ServerForm action=register id="register_workshop" flash=flash.clone() scope="own">
                    <input type="hidden" name="id" value=id />
                    {full.then(|| view! { <p class="hint">{t!(i18n, ws_full_hint)}</p> })}
                    <Submit label=move || if full { t_string!(i18n, ws_join_waitlist) } else { t_string!(i18n, ws_register) } />
                </ServerForm>
            }
            .into_any()
        }
    };
    let teams = if !page.past && page.open && page.may_register {
        page.teams.clone()
    } else {
        Vec::new()
    };
    view! {
        <section class="panel register-panel" aria-labelledby="ws-register-title">
            <h2 id="ws-register-title">{t!(i18n, ws_registration)}</h2>
            <p class="hint">{t!(i18n, ws_closes)} " " {page.card.closes_at.clone()}</p>
            {own}
            {teams.into_iter().map(|team| view! { <TeamRegistration id team flash=flash.clone() /> }).collect_view()}
        </section>
    }
}

/// A team lead registers named members of their team; each takes a seat (or waits).
#[component]
fn TeamRegistration(
    id: crate::common::ids::WorkshopId,
    team: LedTeam,
    flash: Option<FormFlash>,
) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<RegisterWorkshop>::new();
    let scope = format!("team{}-", team.id);
    let free: Vec<_> = team
        .people
        .iter()
        .filter(|(_, s)| s.is_none())
        .cloned()
        .collect();
    let placed: Vec<_> = team
        .people
        .iter()
        .filter(|(_, s)| s.is_some())
        .cloned()
        .collect();
    view! {
        <ServerForm action id="register_workshop" flash scope=scope.clone() class="team-registration">
            <input type="hidden" name="id" value=id />
            <input type="hidden" name="team_id" value=team.id />
            <fieldset class="field checkbox-group" aria-describedby=format!("f-{scope}people-error")>
                <legend>{t!(i18n, ws_register_team)} " " <strong>{team.name.clone()}</strong></legend>
                {free.into_iter().map(|(person, _)| {
                    let box_id = format!("f-{scope}person-{}", person.id);
                    view! {
                        <label class="checkbox" for=box_id.clone()>
                            <input type="checkbox" id=box_id.clone() name="people[]" value=person.id.to_string() />
                            {person.name.clone().unwrap_or_default()}
                        </label>
                    }
                }).collect_view()}
                {placed.into_iter().map(|(person, status)| view! {
                    <p class="hint">{person.name.clone().unwrap_or_default()} ": "
                        {move || status.map(|s| s.label(i18n)).unwrap_or_default()}</p>
                }).collect_view()}
                <FieldErrorFor name="people" />
            </fieldset>
            <Submit label=move || t_string!(i18n, ws_register_chosen) secondary=true />
        </ServerForm>
    }
}
