use crate::common::FormFlash;
use crate::gates::api::DecideSignOff;
use crate::gates::{reason_field, GateRequest, EVIDENCE_MAX, REASON_MAX};
use crate::i18n::*;
use crate::ui::content_lang::other_lang;
use crate::ui::forms::{kept_list, FieldErrorFor, ServerForm, Submit, TextArea};
use leptos::prelude::*;

/// For a mentor of the team (or the steering group): approve the request, or return it with a
/// reason for the criteria that need more.
#[component]
pub(crate) fn DecideForm(request: GateRequest, flash: Option<FormFlash>) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<DecideSignOff>::new();
    let kept = kept_list(flash.as_ref(), "decide_sign_off", "reasons[]").unwrap_or_default();
    view! {
        <div class="panel gate-decide">
            <h3>{t!(i18n, gate_decide)}</h3>
            <ServerForm action id="decide_sign_off" flash>
                <input type="hidden" name="request_id" value=request.id />
                <fieldset class="field verdict" aria-describedby="f-verdict-error">
                    <legend>{t!(i18n, gate_verdict)}</legend>
                    <label><input type="radio" name="verdict" value="approve" />" " {t!(i18n, gate_approve)}</label>
                    <label><input type="radio" name="verdict" value="return" />" " {t!(i18n, gate_return)}</label>
                    <FieldErrorFor name="verdict" />
                </fieldset>
                <p class="hint">{t!(i18n, gate_reasons_hint)}</p>
                {request.evidence.into_iter().enumerate().map(|(i, e)| {
                    let id = format!("f-{}", reason_field(e.criterion.id));
                    let typed = kept.get(i).cloned().unwrap_or_default();
                    view! {
                        <div class="field">
                            <input type="hidden" name="criteria[]" value=e.criterion.id />
                            <label for=id.clone()>{t!(i18n, gate_reason_for)} " " <span lang=other_lang(&e.criterion.lang)>{e.criterion.text.clone()}</span></label>
                            <textarea id=id.clone() name="reasons[]" rows="2" maxlength=REASON_MAX aria-describedby=format!("{id}-error")>{typed}</textarea>
                            <FieldErrorFor name=reason_field(e.criterion.id) />
                        </div>
                    }
                }).collect_view()}
                <TextArea name="decision" label=move || t_string!(i18n, gate_decision_word) maxlength=EVIDENCE_MAX />
                <Submit label=move || t_string!(i18n, gate_decide_send) />
            </ServerForm>
        </div>
    }
}
