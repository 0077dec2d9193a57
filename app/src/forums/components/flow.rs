use super::{hours, CasesView};
use crate::common::ids::ForumId;
use crate::common::FormFlash;
use crate::forums::api::{AddSegment, RemoveSegment};
use crate::forums::{ForumPage, SegmentKind, QUESTIONS_MAX, TABLES_MAX};
use crate::i18n::*;
use crate::ui::forms::{kept_value, Field, FieldErrorFor, ServerForm, Submit, TextArea};
use leptos::prelude::*;

/// The forum's flow, segment by segment; for hosts, a remove button on each that has not run
/// and the form that adds one.
#[component]
pub(crate) fn FlowView(page: ForumPage, flash: Option<FormFlash>) -> impl IntoView {
    let i18n = use_i18n();
    let id = page.card.id;
    let is_host = page.is_host;
    let flow = page.flow.clone();
    let page = StoredValue::new(page);
    let empty = flow.is_empty();
    view! {
        <section class="panel forum-flow" id="flow" aria-labelledby="fo-flow-title">
            <h2 id="fo-flow-title">{t!(i18n, fo_flow)}</h2>
            {empty.then(|| view! { <p class="empty">{t!(i18n, fo_flow_empty)}</p> })}
            <ol class="flow" data-testid="fo-flow">
                {flow.into_iter().map(|seg| {
                    let kind = seg.kind;
                    let rounds = seg.kind.has_rounds();
                    let remove = ServerAction::<RemoveSegment>::new();
                    let spaces = seg.spaces.clone();
                    let slots = seg.rounds();
                    let seg_id = seg.id;
                    view! {
                        <li class=format!("segment segment-{}", kind.code()) id=format!("seg-{}", seg.id)>
                            <p><strong>{hours(&seg)}</strong> " · " {move || kind.label(i18n)}
                                {rounds.then(|| view! {
                                    " · " {seg.questions.len()} " " {t!(i18n, fo_rounds_of)} " " {seg.round_min.unwrap_or(0)} " min"
                                    " · " {t!(i18n, fo_tables)} ": " {seg.tables.unwrap_or(0)}
                                })}
                            </p>
                            <ol class="questions">
                                {seg.questions.iter().map(|q| view! { <li>{q.clone()}</li> }).collect_view()}
                            </ol>
                            {(kind == SegmentKind::OpenSpace).then(|| view! {
                                <p class="hint">{t!(i18n, fo_slots)} ": " {slots} " × " {seg.round_min.unwrap_or(0)} " min · "
                                    {t!(i18n, fo_spaces)} ": "
                                    {spaces.iter().map(|s| format!("{} ({})", s.name, s.capacity)).collect::<Vec<_>>().join(", ")}</p>
                            })}
                            {(kind == SegmentKind::ProAction).then(|| view! {
                                <CasesView page=page.get_value() segment=seg_id flash=flash.clone() />
                            })}
                            {is_host.then(|| view! {
                                <ServerForm action=remove id="remove_segment" scope=format!("seg{}", seg.id) class="inline-form">
                                    <input type="hidden" name="id" value=id />
                                    <input type="hidden" name="segment" value=seg.id />
                                    <Submit label=move || t_string!(i18n, fo_remove_segment) secondary=true />
                                </ServerForm>
                            })}
                        </li>
                    }
                }).collect_view()}
            </ol>
            {is_host.then(|| view! { <SegmentFormView id flash=flash.clone() /> })}
        </section>
    }
}

/// A host adds a segment: its format, hours, questions (one per line; one per round), and for
/// the formats with rounds the round length and the number of tables.
#[component]
fn SegmentFormView(id: ForumId, flash: Option<FormFlash>) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<AddSegment>::new();
    let kind = kept_value(flash.as_ref(), "add_segment", "kind").unwrap_or_default();
    let conveners =
        kept_value(flash.as_ref(), "add_segment", "conveners_place").is_some_and(|v| v == "on");
    view! {
        <ServerForm action id="add_segment" flash=flash.clone() scope="seg" class="segment-form">
            <h3>{t!(i18n, fo_add_segment)}</h3>
            <input type="hidden" name="id" value=id />
            <div class="field">
                <label for="f-seg-kind">{t!(i18n, fo_f_kind)} <span class="required" aria-hidden="true">" *"</span></label>
                <select id="f-seg-kind" name="kind" required aria-describedby="f-seg-kind-error">
                    <option value="">{t!(i18n, ws_f_choose)}</option>
                    {SegmentKind::ALL.into_iter().map(|k| view! {
                        <option value=k.code() selected=kind == k.code()>{move || k.label(i18n)}</option>
                    }).collect_view()}
                </select>
                <FieldErrorFor name="kind" />
            </div>
            <div class="field-row">
                <Field name="starts" kind="time" label=move || t_string!(i18n, ws_f_starts) required=true />
                <Field name="ends" kind="time" label=move || t_string!(i18n, ws_f_ends) required=true />
            </div>
            <TextArea name="questions" label=move || t_string!(i18n, fo_f_questions) hint=move || t_string!(i18n, fo_f_questions_hint) maxlength=QUESTIONS_MAX />
            <div class="field-row">
                <Field name="round_min" kind="number" label=move || t_string!(i18n, fo_f_round_min) inputmode="numeric" hint=move || t_string!(i18n, fo_f_rounds_hint) />
                <Field name="tables" kind="number" label=move || t_string!(i18n, fo_tables) inputmode="numeric" hint=move || format!("{} 1–{TABLES_MAX}", t_string!(i18n, fo_f_tables_hint)) />
            </div>
            <TextArea name="spaces" label=move || t_string!(i18n, fo_f_spaces) hint=move || t_string!(i18n, fo_f_spaces_hint) maxlength=2000 />
            <label class="checkbox" for="f-seg-conveners_place">
                <input type="checkbox" id="f-seg-conveners_place" name="conveners_place" checked=conveners />
                {t!(i18n, fo_f_conveners_place)}
            </label>
            <Submit label=move || t_string!(i18n, fo_add_segment) />
        </ServerForm>
    }
}
