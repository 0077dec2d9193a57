use crate::common::ids::IdeaId;
use crate::common::FormFlash;
use crate::gates::api::AskSignOff;
use crate::gates::{evidence_field, link_field, Criterion, GateRequest, EVIDENCE_MAX, LINK_MAX};
use crate::i18n::*;
use crate::ui::content_lang::other_lang;
use crate::ui::forms::{kept_list, FieldErrorFor, ServerForm, Submit, TextArea};
use leptos::prelude::*;

/// The team's request for sign-off: evidence for each criterion (a few words, a link, or one
/// of the team's workshop outcomes) and a note. After a return, it starts from what was given.
#[component]
pub(crate) fn AskForm(
    idea_id: IdeaId,
    criteria: Vec<Criterion>,
    outcomes: Vec<(i64, String)>,
    returned: Option<GateRequest>,
    flash: Option<FormFlash>,
) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<AskSignOff>::new();
    let open = returned.is_some() || flash.as_ref().is_some_and(|f| f.form == "ask_sign_off");
    let kept_texts = kept_list(flash.as_ref(), "ask_sign_off", "texts[]");
    let kept_links = kept_list(flash.as_ref(), "ask_sign_off", "links[]");
    let kept_outcomes = kept_list(flash.as_ref(), "ask_sign_off", "outcomes[]");
    view! {
        <details class="gate-ask" open=open>
            <summary class="button">{t!(i18n, gate_ask)}</summary>
            <ServerForm action id="ask_sign_off" flash>
                <input type="hidden" name="idea_id" value=idea_id />
                <p class="hint">{t!(i18n, gate_ask_hint)}</p>
                <FieldErrorFor name="criteria" />
                {criteria.into_iter().enumerate().map(|(i, c)| {
                    let before = returned.as_ref().and_then(|r| r.evidence.iter().find(|e| e.criterion.id == c.id)).cloned();
                    let text = kept_texts.as_ref().and_then(|k| k.get(i).cloned())
                        .or_else(|| before.as_ref().map(|e| e.text.clone())).unwrap_or_default();
                    let link = kept_links.as_ref().and_then(|k| k.get(i).cloned())
                        .or_else(|| before.as_ref().map(|e| e.link.clone())).unwrap_or_default();
                    let chosen = kept_outcomes.as_ref().and_then(|k| k.get(i).cloned())
                        .or_else(|| before.as_ref().and_then(|e| e.outcome.as_ref().map(|o| o.0.to_string())))
                        .unwrap_or_default();
                    let reason = before.map(|e| e.reason).filter(|r| !r.is_empty());
                    let text_id = format!("f-{}", evidence_field(c.id));
                    let link_id = format!("f-{}", link_field(c.id));
                    let outcome_id = format!("f-outcome-{}", c.id);
                    let error_id = format!("{text_id}-error");
                    view! {
                        <fieldset class="field gate-criterion">
                            <legend lang=other_lang(&c.lang)>{c.text.clone()}</legend>
                            <input type="hidden" name="criteria[]" value=c.id />
                            {reason.map(|r| view! { <p class="gate-reason"><strong>{t!(i18n, gate_reason)}": "</strong>{r}</p> })}
                            <label for=text_id.clone()>{t!(i18n, gate_evidence)}</label>
                            <textarea id=text_id.clone() name="texts[]" rows="3" maxlength=EVIDENCE_MAX
                                aria-describedby=error_id>{text}</textarea>
                            <FieldErrorFor name=evidence_field(c.id) />
                            <label for=link_id.clone()>{t!(i18n, gate_link)}</label>
                            <input id=link_id.clone() name="links[]" type="url" inputmode="url" maxlength=LINK_MAX value=link
                                aria-describedby=format!("{link_id}-error") />
                            <FieldErrorFor name=link_field(c.id) />
                            {if outcomes.is_empty() {
                                view! { <input type="hidden" name="outcomes[]" value="" /> }.into_any()
                            } else {
                                view! {
                                    <label for=outcome_id.clone()>{t!(i18n, gate_outcome)}</label>
                                    <select id=outcome_id.clone() name="outcomes[]">
                                        <option value="">"—"</option>
                                        {outcomes.iter().map(|(id, title)| {
                                            let value = id.to_string();
                                            let selected = value == chosen;
                                            view! { <option value=value selected=selected>{title.clone()}</option> }
                                        }).collect_view()}
                                    </select>
                                }.into_any()
                            }}
                        </fieldset>
                    }
                }).collect_view()}
                <TextArea name="note" label=move || t_string!(i18n, gate_note) maxlength=EVIDENCE_MAX />
                <Submit label=move || t_string!(i18n, gate_send) />
            </ServerForm>
        </details>
    }
}
