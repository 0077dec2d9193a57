use crate::common::ids::WorkshopId;
use crate::common::FormFlash;
use crate::i18n::*;
use crate::ui::forms::{FieldErrorFor, ServerForm, Submit, TextArea};
use crate::workshops::api::RecordOutcome;
use crate::workshops::{LedTeam, Outcome, NOTES_MAX};
use leptos::prelude::*;

/// For facilitators: what each team took away, and a form per team to record it; each next
/// step becomes a task in the team's workspace.
#[component]
pub(crate) fn Outcomes(
    id: WorkshopId,
    teams: Vec<LedTeam>,
    outcomes: Vec<Outcome>,
    flash: Option<FormFlash>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="seat-list outcomes" id="outcomes" aria-labelledby="ws-outcomes-title">
            <h2 id="ws-outcomes-title">{t!(i18n, ws_outcomes)}</h2>
            <p class="hint">{t!(i18n, ws_outcomes_hint)}</p>
            {outcomes.into_iter().map(|o| view! {
                <article class="outcome" data-testid="ws-outcome">
                    <h3>{o.team.clone()}</h3>
                    <p>{o.notes.clone()}</p>
                    {(!o.ideas.is_empty()).then(|| view! {
                        <p class="meta">{t!(i18n, ws_outcome_ideas)} " "
                            {o.ideas.clone().into_iter().map(|(id, title)| view! { <a href=format!("/ideas/{id}")>{title}</a> " " }).collect_view()}
                        </p>
                    })}
                    {(!o.steps.is_empty()).then(|| view! {
                        <ul>
                            {o.steps.into_iter().map(|(title, owner, due)| view! {
                                <li>{title} {owner.map(|o| format!(" · {o}"))} {due.map(|d| format!(" · {d}"))}</li>
                            }).collect_view()}
                        </ul>
                    })}
                </article>
            }).collect_view()}
            {teams.is_empty().then(|| view! { <p class="empty">{t!(i18n, ws_no_teams)}</p> })}
            {teams.into_iter().map(|team| view! { <OutcomeForm id team flash=flash.clone() /> }).collect_view()}
        </section>
    }
}

#[component]
fn OutcomeForm(id: WorkshopId, team: LedTeam, flash: Option<FormFlash>) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<RecordOutcome>::new();
    let scope = format!("outcome{}-", team.id);
    let people = team.people.clone();
    view! {
        <details class="outcome-form">
            <summary>{t!(i18n, ws_record_outcome)} " " <strong>{team.name.clone()}</strong></summary>
            <ServerForm action id="record_outcome" flash scope=scope.clone()>
                <input type="hidden" name="id" value=id />
                <input type="hidden" name="team_id" value=team.id />
                <TextArea name="notes" label=move || t_string!(i18n, ws_outcome_notes) maxlength=NOTES_MAX />
                <fieldset class="field steps" aria-describedby=format!("f-{scope}steps-error")>
                    <legend>{t!(i18n, ws_next_steps)}</legend>
                    <p class="hint">{t!(i18n, ws_next_steps_hint)}</p>
                    {(1..=3).map(|n| {
                        let title_id = format!("f-{scope}step-{n}");
                        let owner_id = format!("f-{scope}owner-{n}");
                        let due_id = format!("f-{scope}due-{n}");
                        view! {
                            <div class="field-row">
                                <div class="field">
                                    <label for=title_id.clone()>{t!(i18n, ws_step)} " " {n}</label>
                                    <input id=title_id.clone() name="steps[]" type="text" maxlength="200" />
                                </div>
                                <div class="field">
                                    <label for=owner_id.clone()>{t!(i18n, ws_step_owner)} " " {n}</label>
                                    <select id=owner_id.clone() name="owners[]">
                                        <option value="">"—"</option>
                                        {people.iter().map(|(p, _)| view! {
                                            <option value=p.id.to_string()>{p.name.clone().unwrap_or_default()}</option>
                                        }).collect_view()}
                                    </select>
                                </div>
                                <div class="field">
                                    <label for=due_id.clone()>{t!(i18n, ws_step_due)} " " {n}</label>
                                    <input id=due_id.clone() name="dues[]" type="date" />
                                </div>
                            </div>
                        }
                    }).collect_view()}
                    <FieldErrorFor name="steps" />
                    <FieldErrorFor name="due" />
                    <FieldErrorFor name="owner" />
                </fieldset>
                <Submit label=move || t_string!(i18n, ws_save_outcome) />
            </ServerForm>
        </details>
    }
}
