//! `/steering/decisions`: the steering group's decision log (propose, see what is open and
//! what was decided) and `/steering/decisions/{id}`: one decision with every answer and the
//! form to answer it.
use crate::common::FormFlash;
use crate::i18n::*;
use crate::steering::api::{get_decision, list_decisions, AnswerDecision, ProposeDecision};
use crate::steering::components::tally_text;
use crate::steering::decisions::*;
use crate::ui::format::date_of;
use crate::ui::forms::{kept_value, Field, FieldErrorFor, ServerForm, Submit, TextArea};
use crate::ui::loader::{Loaded, Page};
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

/// The log and the form to propose.
#[component]
pub fn DecisionsPage() -> impl IntoView {
    let i18n = use_i18n();
    let log = Resource::new(|| (), |_| list_decisions());
    view! {
        <Page title=move || t_string!(i18n, dec_title) class="decisions-page">
            <p class="lead">{t!(i18n, dec_lead)}</p>
            <p><a href="/steering">{t!(i18n, dec_back_desk)}</a> " · " <a href="/steering/audit">{t!(i18n, aud_title)}</a></p>
            <Loaded resource=log view=log_view />
        </Page>
    }
}

fn log_view(log: DecisionLog, flash: Option<FormFlash>) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<ProposeDecision>::new();
    let open_count = log.open.len();
    view! {
        <section class="panel" aria-labelledby="dec-open">
            <h2 id="dec-open">{t!(i18n, dec_open)} " (" {open_count} ")"</h2>
            {if log.open.is_empty() {
                view! { <p class="empty">{t!(i18n, dec_open_none)}</p> }.into_any()
            } else {
                view! { <ul class="decision-list" data-testid="decisions-open">{log.open.into_iter().map(card_view).collect_view()}</ul> }.into_any()
            }}
        </section>
        <section class="panel" aria-labelledby="dec-propose">
            <h2 id="dec-propose">{t!(i18n, dec_propose)}</h2>
            <ServerForm action id="propose_decision" flash class="stack">
                <TextArea name="text" label=move || t_string!(i18n, dec_text) maxlength=TEXT_MAX
                    hint=move || t_string!(i18n, dec_text_hint) />
                <Field name="link" label=move || t_string!(i18n, dec_link) hint=move || t_string!(i18n, dec_link_hint) />
                <Field name="deadline" kind="date" label=move || t_string!(i18n, dec_deadline)
                    hint=move || t_string!(i18n, dec_deadline_hint) required=true />
                <Submit label=move || t_string!(i18n, dec_propose_send) />
            </ServerForm>
        </section>
        <section class="panel" aria-labelledby="dec-recorded">
            <h2 id="dec-recorded">{t!(i18n, dec_recorded)}</h2>
            {if log.recorded.is_empty() {
                view! { <p class="empty">{t!(i18n, dec_recorded_none)}</p> }.into_any()
            } else {
                view! { <ul class="decision-list" data-testid="decisions-recorded">{log.recorded.into_iter().map(card_view).collect_view()}</ul> }.into_any()
            }}
        </section>
    }
}

/// The outcome's words, or how far answering has come.
fn state_text(i18n: crate::common::codes::I18n, card: &DecisionCard) -> String {
    match card.outcome {
        Some(outcome) => format!(
            "{} · {}",
            outcome.label(i18n),
            date_of(card.decided_at.as_deref().unwrap_or(""))
        ),
        None => t_string!(i18n, dec_answered_of)
            .replace(
                "{n}",
                &(card.tally.agree + card.tally.disagree + card.tally.abstain).to_string(),
            )
            .replace("{m}", &card.members.to_string())
            .replace("{deadline}", &card.deadline),
    }
}

fn card_view(card: DecisionCard) -> impl IntoView {
    let i18n = use_i18n();
    let state = state_text(i18n, &card);
    let tally = tally_text(i18n, card.tally);
    let waiting = card.outcome.is_none() && card.mine.is_none();
    view! {
        <li class="decision-card" class:decision-waiting=waiting>
            <p class="decision-text"><a href=format!("/steering/decisions/{}", card.id)>{card.text.clone()}</a></p>
            {card.subject.clone().map(|s| view! {
                <p class="meta">{s.kind.label(i18n)} ": " <a href=s.kind.path(s.id)>{s.name.clone()}</a></p>
            })}
            <p class="meta">
                {t!(i18n, dec_proposed_by)} " " {card.proposer.clone()} " · " {date_of(&card.created_at)}
                " · " <strong>{state}</strong> " · " {tally}
            </p>
            {waiting.then(|| view! { <p class="badge">{t!(i18n, dec_waiting_for_you)}</p> })}
        </li>
    }
}

/// One decision: its text and link, every answer with its reason, and the answer form.
#[component]
pub fn DecisionPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let id = move || params.with(|p| p.get("id").and_then(|v| v.parse::<i64>().ok()).unwrap_or(0));
    let decision = Resource::new(id, get_decision);
    view! {
        <Page title=move || t_string!(i18n, dec_one_title) class="decisions-page">
            <p><a href="/steering/decisions">{t!(i18n, dec_back)}</a></p>
            <Loaded resource=decision view=decision_view />
        </Page>
    }
}

fn decision_view(decision: Decision, flash: Option<FormFlash>) -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let said = move |key: &str| query.with_untracked(|q| q.get(key).is_some());
    let card = decision.card;
    let state = state_text(i18n, &card);
    let tally = tally_text(i18n, card.tally);
    let can_answer = card.outcome.is_none() && card.mine.is_none();
    let action = ServerAction::<AnswerDecision>::new();
    let kept_answer = kept_value(flash.as_ref(), "answer_decision", "answer");
    let id = card.id;
    view! {
        {said("proposed").then(|| view! { <div class="notice notice-success" role="status"><p>{t!(i18n, dec_proposed_done)}</p></div> })}
        {said("answered").then(|| view! { <div class="notice notice-success" role="status"><p>{t!(i18n, dec_answered_done)}</p></div> })}
        <article class="panel decision" data-testid="decision">
            <p class="decision-text">{card.text.clone()}</p>
            {card.subject.clone().map(|s| view! {
                <p class="meta">{s.kind.label(i18n)} ": " <a href=s.kind.path(s.id)>{s.name.clone()}</a></p>
            })}
            <dl class="facts">
                <dt>{t!(i18n, dec_proposed_by)}</dt><dd>{card.proposer.clone()} " · " {date_of(&card.created_at)}</dd>
                <dt>{t!(i18n, dec_deadline)}</dt><dd>{card.deadline.clone()}</dd>
                <dt>{t!(i18n, dec_state)}</dt><dd data-testid="decision-state"><strong>{state}</strong></dd>
                <dt>{t!(i18n, dec_answers)}</dt><dd data-testid="decision-tally">{tally}</dd>
            </dl>
        </article>
        {can_answer.then(|| view! {
            <section class="panel" aria-labelledby="dec-answer">
                <h2 id="dec-answer">{t!(i18n, dec_answer)}</h2>
                <ServerForm action id="answer_decision" flash class="stack">
                    <input type="hidden" name="id" value=id.to_string() />
                    <fieldset class="field" aria-describedby="f-answer-error">
                        <legend>{t!(i18n, dec_your_answer)}</legend>
                        {Answer::ALL.into_iter().map(|a| {
                            let input_id = format!("answer-{}", a.code());
                            let label_for = input_id.clone();
                            let checked = kept_answer.as_deref() == Some(a.code());
                            view! {
                                <label for=label_for class="radio">
                                    <input type="radio" id=input_id name="answer" value=a.code() checked=checked />
                                    " " {a.label(i18n)}
                                </label>
                            }
                        }).collect_view()}
                        <FieldErrorFor name="answer" />
                    </fieldset>
                    <TextArea name="reason" label=move || t_string!(i18n, dec_reason) maxlength=REASON_MAX
                        hint=move || t_string!(i18n, dec_reason_hint) />
                    <Submit label=move || t_string!(i18n, dec_answer_send) />
                </ServerForm>
            </section>
        })}
        <section class="panel" aria-labelledby="dec-answers">
            <h2 id="dec-answers">{t!(i18n, dec_answers)}</h2>
            {if decision.answers.is_empty() {
                view! { <p class="empty">{t!(i18n, dec_answers_none)}</p> }.into_any()
            } else {
                view! {
                    <ul class="answer-list" data-testid="decision-answers">
                        {decision.answers.into_iter().map(|a| view! {
                            <li>
                                <p><strong>{a.member.clone()}</strong> ": " {a.answer.label(i18n)} " · " {date_of(&a.answered_at)}</p>
                                <p class="answer-reason">{a.reason.clone()}</p>
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}
