use crate::gates::api::{get_gate_criteria, SaveGateCriteria};
use crate::gates::{GateCriteria, CRITERIA_MAX};
use crate::i18n::*;
use crate::ideas::stage::Stage;
use crate::ui::content_lang::{other_lang, LangMark};
use crate::ui::forms::{ServerForm, Submit, TextArea};
use crate::ui::loader::{Loaded, Page};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// The path of an idea, each gate past "team" with how it opens and what it asks; the steering
/// group edits the criteria here.
#[component]
pub fn StagesPage() -> impl IntoView {
    let i18n = use_i18n();
    let criteria = Resource::new(|| (), |_| get_gate_criteria());
    let query = use_query_map();
    let saved = move || query.with(|q| q.get("saved").is_some());
    view! {
        <Page title=move || t_string!(i18n, stages_title) class="stages-page">
            <p class="lead">{t!(i18n, stages_lead)}</p>
            {move || saved().then(|| view! { <div class="notice notice-success" role="status"><p>{t!(i18n, stages_saved)}</p></div> })}
            <ol class="stages-explained">
                <li><strong>{move || Stage::Spark.label(i18n)}</strong>" – " {t!(i18n, stages_spark)}</li>
                <li><strong>{move || Stage::Shaping.label(i18n)}</strong>" – " {t!(i18n, stages_shaping)}</li>
                <li><strong>{move || Stage::Team.label(i18n)}</strong>" – " {t!(i18n, stages_team)}</li>
                <li><strong>{move || Stage::Workshop.label(i18n)}</strong>" – " {t!(i18n, gate_by_attendance)}</li>
                <li><strong>{move || Stage::Ready.label(i18n)}</strong>" – " {t!(i18n, gate_by_mentor)}</li>
                <li><strong>{move || Stage::Realised.label(i18n)}</strong>" – " {t!(i18n, gate_by_steering)}</li>
            </ol>
            <Loaded resource=criteria view=criteria_view />
        </Page>
    }
}

/// Each gate's criteria, with the steering group's form to change them.
fn criteria_view(data: GateCriteria, flash: Option<crate::common::FormFlash>) -> impl IntoView {
    let i18n = use_i18n();
    let may_edit = data.may_edit;
    data.gates.into_iter().map(|(stage, criteria)| {
                    let lines = criteria.iter().map(|c| c.text.clone()).collect::<Vec<_>>().join("\n");
                    let heading = format!("gate-{}", stage.code());
                    let flash = flash.clone();
                    view! {
                        <section class="panel" id=heading.clone() aria-labelledby=format!("{heading}-title")>
                            <h2 id=format!("{heading}-title")>{t!(i18n, stages_gate_to)} " " {move || stage.label(i18n)}</h2>
                            <ol class="gate-criteria">
                                {criteria.into_iter().map(|c| view! {
                                    <li lang=other_lang(&c.lang)>{c.text} " " <LangMark lang=c.lang.clone() /></li>
                                }).collect_view()}
                            </ol>
                            {may_edit.then(|| {
                                let action = ServerAction::<SaveGateCriteria>::new();
                                view! {
                                    <ServerForm action id="save_gate_criteria" flash scope=stage.code()>
                                        <input type="hidden" name="stage" value=stage.code() />
                                        <TextArea name="criteria" value=lines
                                            label=move || t_string!(i18n, stages_edit)
                                            hint=move || t_string!(i18n, stages_edit_hint).replace("{max}", &CRITERIA_MAX.to_string()) />
                                        <Submit label=move || t_string!(i18n, stages_save) />
                                    </ServerForm>
                                }
                            })}
                        </section>
                    }
                }).collect_view()
}
