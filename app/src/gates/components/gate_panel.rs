use super::{AskForm, DecideForm, GateHistory};
use crate::common::ids::IdeaId;
use crate::gates::api::get_idea_gate;
use crate::gates::IdeaGate;
use crate::i18n::*;
use crate::ideas::stage::{Opening, Stage};
use crate::ui::content_lang::{other_lang, LangMark};
use crate::ui::format::date_of;
use crate::ui::loader::Loaded;
use crate::ui::person::PersonName;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// On an idea's page: where the idea stands on its path, what the next gate asks, the forms
/// to ask and to decide, and every request and decision so far.
#[component]
pub fn GatePanel(idea_id: IdeaId) -> impl IntoView {
    let gate = Resource::new(move || idea_id, get_idea_gate);
    view! {
        <Loaded resource=gate view=move |gate, flash| view! { <GateView gate flash /> } />
    }
}

/// [`GatePanel`] as a part of an idea's page.
pub fn idea_gate_part(idea_id: IdeaId) -> AnyView {
    view! { <GatePanel idea_id /> }.into_any()
}

#[component]
fn GateView(gate: IdeaGate, flash: Option<crate::common::FormFlash>) -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let notice = move |name: &str| query.with(|q| q.get(name));
    if gate.stage.step().is_none_or(|s| s < 2) && gate.history.is_empty() {
        // Before a team forms, the team box says what comes next.
        return ().into_any();
    }
    let open = gate.open_request().cloned();
    let returned = gate.last_returned().cloned();
    let next = gate.next;
    let stage = gate.stage;
    let mentors = gate.mentors.clone();
    let festival_day = gate.festival_day.clone();
    view! {
        <section class="gate-panel" id="gate" aria-labelledby="gate-title">
            <h2 id="gate-title">{t!(i18n, gate_heading)}</h2>
            {notice("asked").map(|_| view! { <div class="notice notice-success" role="status"><p>{t!(i18n, gate_asked_notice)}</p></div> })}
            {notice("decided").map(|v| view! { <div class="notice notice-success" role="status"><p>{
                if v == "approve" { t_string!(i18n, gate_approved_notice) } else { t_string!(i18n, gate_returned_notice) }
            }</p></div> })}
            <p class="gate-now" data-testid="gate-stage">{t!(i18n, gate_now)} " " <strong>{move || stage.label(i18n)}</strong></p>
            {match next {
                Some((to, Opening::Attendance)) => view! {
                    <p>{t!(i18n, gate_next)} " " <strong>{move || to.label(i18n)}</strong>": " {t!(i18n, gate_by_attendance)}
                        " " <a href="/workshops">{t!(i18n, gate_see_workshops)}</a></p>
                }.into_any(),
                Some((to, Opening::SignOff)) => view! {
                    <p>{t!(i18n, gate_next)} " " <strong>{move || to.label(i18n)}</strong>": " {t!(i18n, gate_by_mentor)}</p>
                    {if mentors.is_empty() {
                        view! { <p class="hint">{t!(i18n, gate_no_mentor)}</p> }.into_any()
                    } else {
                        view! { <p class="meta">{t!(i18n, gate_mentors)} " "
                            {mentors.into_iter().map(|m| view! { <PersonName person=m /> " " }).collect_view()}</p> }.into_any()
                    }}
                }.into_any(),
                Some((to, Opening::Done)) => view! {
                    <p>{t!(i18n, gate_next)} " " <strong>{move || to.label(i18n)}</strong>": " {t!(i18n, gate_by_steering)}</p>
                    {festival_day.map(|day| view! { <p class="hint">{t!(i18n, gate_after_festival)} " " {day}</p> })}
                }.into_any(),
                None if stage == Stage::Realised => view! { <p>{t!(i18n, gate_realised)}</p> }.into_any(),
                None => ().into_any(),
            }}
            {(!gate.criteria.is_empty()).then(|| view! {
                <h3>{t!(i18n, gate_asks)}</h3>
                <ol class="gate-criteria">
                    {gate.criteria.iter().map(|c| view! {
                        <li lang=other_lang(&c.lang)>{c.text.clone()} " " <LangMark lang=c.lang.clone() /></li>
                    }).collect_view()}
                </ol>
                <p class="hint"><a href="/stages">{t!(i18n, gate_all_criteria)}</a></p>
            })}
            {open.clone().map(|r| view! {
                <p class="notice" role="status" data-testid="gate-waiting">{t!(i18n, gate_waiting)} " " {date_of(&r.asked_at)}</p>
            })}
            {(gate.me.may_ask).then(|| view! {
                <AskForm idea_id=gate.idea_id criteria=gate.criteria.clone() outcomes=gate.outcomes.clone()
                    returned=returned.clone() flash=flash.clone() />
            })}
            {open.filter(|_| gate.me.may_decide).map(|r| view! { <DecideForm request=r flash=flash.clone() /> })}
            <GateHistory history=gate.history />
        </section>
    }
    .into_any()
}
