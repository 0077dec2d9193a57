use crate::common::ids::SegmentId;
use crate::common::FormFlash;
use crate::forums::api::{BringForumCase, RecordNextSteps};
use crate::forums::pro_action::{QUEST_MAX, STEPS_MAX};
use crate::forums::{Case, ForumPage};
use crate::i18n::*;
use crate::ui::content_lang::other_lang;
use crate::ui::forms::{FieldErrorFor, ServerForm, Submit, TextArea};
use leptos::prelude::*;

/// A Pro Action Café's cases, table by table; before it begins, the form to bring one (for
/// people taking part who have an idea of their own or their team's); once it has begun, the
/// holder's form for next steps, beside what their table harvested.
#[component]
pub(crate) fn CasesView(
    page: ForumPage,
    segment: SegmentId,
    flash: Option<FormFlash>,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = page.card.id;
    let begun = page.reached.contains(&segment);
    let cases: Vec<Case> = page
        .cases
        .iter()
        .filter(|c| c.segment == segment)
        .cloned()
        .collect();
    let mine = page
        .me
        .is_some_and(|me| cases.iter().any(|c| c.holder_id == me));
    let may_bring = !begun && !mine && !page.case_ideas.is_empty();
    let action = ServerAction::<BringForumCase>::new();
    let me = page.me;
    let harvest = page.harvest.clone();
    view! {
        <div class="cases" data-testid="fo-cases">
            <h3>{t!(i18n, fo_cases)} " " <span class="count">{cases.len()}</span></h3>
            {cases.is_empty().then(|| view! { <p class="empty">{t!(i18n, fo_cases_none)}</p> })}
            <ol class="case-list">
                {cases.into_iter().map(|c| {
                    let holder = me == Some(c.holder_id);
                    let has_team = c.has_team;
                    let notes: Vec<_> = harvest
                        .iter()
                        .filter(|n| n.segment == segment && n.table == Some(c.table))
                        .cloned()
                        .collect();
                    view! {
                        <li class="case" id=format!("case-{}", c.id)>
                            <p>{t!(i18n, fo_table)} " " {c.table} " · " <a href=format!("/ideas/{}", c.idea)>{c.idea_title.clone()}</a>
                                " · " {c.holder.clone()}</p>
                            <p class="case-quest" lang=other_lang(&c.lang)>{c.quest.clone()}</p>
                            {c.next_steps.clone().map(|steps| view! {
                                <p class="hint">{t!(i18n, fo_next_steps)}</p>
                                <ul class="next-steps" data-testid="fo-next-steps">
                                    {steps.lines().map(|s| view! { <li>{s.to_owned()}</li> }).collect_view()}
                                </ul>
                            })}
                            {(holder && begun && c.next_steps.is_none()).then(|| {
                                let action = ServerAction::<RecordNextSteps>::new();
                                view! {
                                    {(!notes.is_empty()).then(|| view! {
                                        <p class="hint">{t!(i18n, fo_your_table_said)}</p>
                                        <ul class="notes">
                                            {notes.iter().map(|n| view! { <li lang=other_lang(&n.lang)>{n.body.clone()}</li> }).collect_view()}
                                        </ul>
                                    })}
                                    <ServerForm action id="record_next_steps" flash=flash.clone() scope=format!("steps{}", c.id) class="steps-form">
                                        <input type="hidden" name="id" value=id />
                                        <input type="hidden" name="case" value=c.id />
                                        <TextArea name="steps" label=move || t_string!(i18n, fo_next_steps) hint=move || if has_team { format!("{} {}", t_string!(i18n, fo_steps_hint), t_string!(i18n, fo_steps_become_tasks)) } else { format!("{} (≤ {STEPS_MAX})", t_string!(i18n, fo_steps_hint)) } maxlength=2000 />
                                        <Submit label=move || t_string!(i18n, fo_record_steps) />
                                    </ServerForm>
                                }
                            })}
                        </li>
                    }
                }).collect_view()}
            </ol>
            {may_bring.then(|| {
                let select = format!("f-case{segment}-idea");
                view! {
                    <ServerForm action id="bring_forum_case" flash=flash.clone() scope=format!("case{segment}") class="case-form">
                        <h4>{t!(i18n, fo_bring_case)}</h4>
                        <p class="hint">{t!(i18n, fo_bring_case_hint)}</p>
                        <input type="hidden" name="id" value=id />
                        <input type="hidden" name="segment" value=segment />
                        <div class="field">
                            <label for=select.clone()>{t!(i18n, fo_case_idea)} <span class="required" aria-hidden="true">" *"</span></label>
                            <select id=select.clone() name="idea" required aria-describedby=format!("{select}-error")>
                                <option value="">{t!(i18n, ws_f_choose)}</option>
                                {page.case_ideas.iter().map(|(idea, title)| view! { <option value=*idea>{title.clone()}</option> }).collect_view()}
                            </select>
                            <FieldErrorFor name="idea" />
                        </div>
                        <TextArea name="quest" label=move || t_string!(i18n, fo_case_quest) hint=move || t_string!(i18n, fo_case_quest_hint) maxlength=QUEST_MAX />
                        <Submit label=move || t_string!(i18n, fo_bring_case) />
                    </ServerForm>
                }
            })}
        </div>
    }
}
