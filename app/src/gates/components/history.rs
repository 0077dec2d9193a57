use crate::gates::{GateRequest, GateStatus};
use crate::i18n::*;
use crate::ui::content_lang::other_lang;
use crate::ui::format::date_of;
use crate::ui::person::PersonName;
use leptos::prelude::*;

/// Every request for sign-off and its decision, newest first, with the evidence given and the
/// reasons a request was returned for.
#[component]
pub(crate) fn GateHistory(history: Vec<GateRequest>) -> impl IntoView {
    let i18n = use_i18n();
    (!history.is_empty()).then(|| view! {
        <h3>{t!(i18n, gate_history)}</h3>
        <ol class="gate-history">
            {history.into_iter().map(|r| {
                let status = r.status;
                let to = r.to;
                view! {
                    <li class=format!("gate-request gate-{}", status.code()) data-testid="gate-request">
                        <p>
                            <span class=format!("badge badge-gate-{}", status.code())>{move || status.label(i18n)}</span>
                            " " {move || to.label(i18n)} " · " {t!(i18n, gate_asked_by)} " " <PersonName person=r.asked_by.clone() />
                            " · " {date_of(&r.asked_at)}
                        </p>
                        {(!r.note.is_empty()).then(|| view! { <p class="quote">{r.note.clone()}</p> })}
                        <dl class="gate-evidence">
                            {r.evidence.into_iter().map(|e| view! {
                                <dt lang=other_lang(&e.criterion.lang)>{e.criterion.text.clone()}</dt>
                                <dd>
                                    {(!e.text.is_empty()).then(|| view! { <p>{e.text.clone()}</p> })}
                                    {(!e.link.is_empty()).then(|| view! { <p><a href=e.link.clone() rel="nofollow ugc noopener">{e.link.clone()}</a></p> })}
                                    {e.outcome.map(|(_, workshop)| view! { <p class="meta">{t!(i18n, gate_outcome_of)} " " {workshop}</p> })}
                                    {(!e.reason.is_empty()).then(|| view! {
                                        <p class="gate-reason"><strong>{t!(i18n, gate_reason)}": "</strong>{e.reason.clone()}</p>
                                    })}
                                </dd>
                            }).collect_view()}
                        </dl>
                        {r.decided_by.map(|who| view! {
                            <p class="meta">{t!(i18n, gate_decided_by)} " " <PersonName person=who /> " · " {r.decided_at.as_deref().map(date_of)}</p>
                        })}
                        {(!r.decision.is_empty()).then(|| view! { <p class="quote">{r.decision.clone()}</p> })}
                        {(status == GateStatus::Requested).then(|| view! { <p class="hint">{t!(i18n, gate_waiting_short)}</p> })}
                    </li>
                }
            }).collect_view()}
        </ol>
    })
}
